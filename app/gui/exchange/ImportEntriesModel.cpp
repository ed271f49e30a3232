#include "ImportEntriesModel.h"

#include <QDir>
#include <QFileInfo>

namespace sdx::gui {

ImportEntriesModel::ImportEntriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportEntriesModel::setEntries(const QList<ImportReport::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int ImportEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ImportEntriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportEntriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ImportReport::Entry &entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole)
        return index.column() == FileColumn ? QDir::toNativeSeparators(entry.path) : entry.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FileColumn:
        return QFileInfo(entry.path).fileName();
    case SchoolColumn:
        return entry.schoolCode.isEmpty() ? QString() : tr("%1 (mã %2)").arg(entry.schoolName, entry.schoolCode);
    case YearColumn:
        return entry.schoolYear;
    case RevisionColumn:
        return entry.revision > 0 ? QVariant(entry.revision) : QVariant();
    case MessageColumn:
        return entry.message;
    }
    return {};
}

QVariant ImportEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("Tệp");
    case SchoolColumn:
        return tr("Trường");
    case YearColumn:
        return tr("Năm học");
    case RevisionColumn:
        return tr("Lần chốt");
    case MessageColumn:
        return tr("Ghi chú");
    }
    return {};
}

} // namespace sdx::gui
