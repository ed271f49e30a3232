#include "ImportPreviewModel.h"

#include "ImportState.h"

#include <QColor>

namespace sdx {

ImportPreviewModel::ImportPreviewModel(const ImportState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
}

void ImportPreviewModel::refresh()
{
    beginResetModel();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    const ImportSheet *sheet = m_state->currentSheet();
    return parent.isValid() || !sheet ? 0 : int(sheet->rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    const ImportSheet *sheet = m_state->currentSheet();
    if (parent.isValid() || !sheet)
        return 0;
    qsizetype columns = sheet->headers.size();
    for (const SheetRow &row : sheet->rows)
        columns = qMax(columns, row.cells.size());
    return int(columns) + 1;
}

QStringList ImportPreviewModel::messagesFor(int line) const
{
    const ImportSheet *sheet = m_state->currentSheet();
    QStringList messages;
    if (!sheet)
        return messages;
    for (const ImportIssue &issue : m_state->plan.issues) {
        const bool sameSheet = issue.sheet.isEmpty() ? !m_state->preview.spreadsheet : issue.sheet == sheet->name;
        if (sameSheet && issue.line == line && issue.blocking)
            messages.append(issue.message);
    }
    return messages;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    const ImportSheet *sheet = m_state->currentSheet();
    if (!sheet || !index.isValid() || index.row() >= sheet->rows.size() || index.column() >= columnCount())
        return QVariant();
    const SheetRow &row = sheet->rows.at(index.row());
    const QStringList messages = messagesFor(row.number);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == 0 ? messages.join(QLatin1Char(' ')) : row.cells.value(index.column() - 1);
    case Qt::ToolTipRole:
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(QLatin1Char('\n')));
    case Qt::BackgroundRole:
        return messages.isEmpty() ? QVariant() : QVariant(QColor(0xfd, 0xe2, 0xdf));
    default:
        return QVariant();
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const ImportSheet *sheet = m_state->currentSheet();
    if (!sheet || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section < sheet->rows.size() ? QVariant(tr("Dòng %1").arg(sheet->rows.at(section).number)) : QVariant();
    if (section == 0)
        return tr("Lỗi");
    return sheet->headers.value(section - 1);
}

} // namespace sdx
