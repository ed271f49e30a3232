#include "ColumnMappingModel.h"

#include "ImportState.h"
#include "InventoryItemRoles.h"

#include "inventory/InventoryCatalog.h"

#include <QFont>

namespace sdx {

ColumnMappingModel::ColumnMappingModel(const ImportState *state, const InventoryCatalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
    , m_catalog(catalog)
{
}

void ColumnMappingModel::refresh()
{
    beginResetModel();
    endResetModel();
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    const ImportSheet *sheet = m_state->currentSheet();
    return parent.isValid() || !sheet || !sheet->recognised ? 0 : int(sheet->headers.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ColumnMappingModel::fieldLabel(const QString &field) const
{
    const ImportSheet *sheet = m_state->currentSheet();
    if (!sheet || field.isEmpty())
        return tr("(bỏ qua)");
    for (const ImportColumn &column : m_catalog.columns(sheet->kind)) {
        if (column.key == field)
            return column.header;
    }
    return field;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    const ImportSheet *sheet = m_state->currentSheet();
    if (!sheet || !index.isValid() || index.row() >= sheet->headers.size() || index.column() >= ColumnCount)
        return QVariant();
    const QString field = sheet->mapping.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == FileColumn)
            return sheet->headers.at(index.row());
        if (index.column() == Field)
            return fieldLabel(field);
        if (index.column() == Sample)
            return sheet->rows.isEmpty() ? QString() : sheet->rows.constFirst().cells.value(index.row());
        return QVariant();
    case InventoryItemRoles::ChoiceLabelsRole:
    case InventoryItemRoles::ChoiceKeysRole: {
        if (index.column() != Field)
            return QVariant();
        QStringList values{role == InventoryItemRoles::ChoiceLabelsRole ? tr("(bỏ qua)") : QString()};
        for (const ImportColumn &column : m_catalog.columns(sheet->kind))
            values.append(role == InventoryItemRoles::ChoiceLabelsRole ? column.header : column.key);
        return values;
    }
    case InventoryItemRoles::KeyRole:
        return index.column() == Field ? QVariant(field) : QVariant();
    case Qt::FontRole:
        if (index.column() == Field && field.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn: return tr("Cột trong tệp");
    case Field: return tr("Nhập vào");
    case Sample: return tr("Ví dụ");
    default: return QVariant();
    }
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == Field)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const ImportSheet *sheet = m_state->currentSheet();
    if (!sheet || !index.isValid() || index.column() != Field || role != Qt::EditRole)
        return false;
    QStringList mapping = sheet->mapping;
    while (mapping.size() < sheet->headers.size())
        mapping.append(QString());
    const QString field = value.toString();
    // A field fills one column: taking it here frees it elsewhere.
    if (!field.isEmpty()) {
        for (QString &other : mapping) {
            if (other == field)
                other.clear();
        }
    }
    mapping[index.row()] = field;
    emit mappingEdited(mapping);
    return true;
}

} // namespace sdx
