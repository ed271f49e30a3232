#include "NeedsTableModel.h"

#include "InventoryController.h"
#include "InventoryItemRoles.h"

namespace sdx {

NeedsTableModel::NeedsTableModel(InventoryController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    connect(controller, &InventoryController::structureChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(controller, &InventoryController::dataRefreshed, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

int NeedsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_controller->snapshot().needs.size());
}

int NeedsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

/// Room kinds first (a multipurpose room, a studio), then equipment categories.
QStringList NeedsTableModel::keys() const
{
    QStringList result;
    for (const RoomKind &kind : m_controller->catalog().roomKinds()) {
        if (kind.countsAsUnit)
            result.append(kind.key);
    }
    for (const EquipmentCategory &category : m_controller->catalog().categories())
        result.append(category.key);
    return result;
}

QStringList NeedsTableModel::labels() const
{
    QStringList result;
    for (const QString &key : keys())
        result.append(m_controller->catalog().labelOf(key));
    return result;
}

QVariant NeedsTableModel::data(const QModelIndex &index, int role) const
{
    const QList<EquipmentNeed> &needs = m_controller->snapshot().needs;
    if (!index.isValid() || index.row() >= needs.size() || index.column() >= ColumnCount)
        return QVariant();
    const EquipmentNeed &need = needs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Item: return m_controller->catalog().labelOf(need.key);
        case Quantity: return need.quantity;
        case Note: return need.note;
        default: return QVariant();
        }
    case InventoryItemRoles::ChoiceLabelsRole:
        return index.column() == Item ? QVariant(labels()) : QVariant();
    case InventoryItemRoles::ChoiceKeysRole:
        return index.column() == Item ? QVariant(keys()) : QVariant();
    case InventoryItemRoles::KeyRole:
        return index.column() == Item ? QVariant(need.key) : QVariant();
    default:
        return QVariant();
    }
}

QVariant NeedsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Item: return tr("Còn thiếu, cần bổ sung");
    case Quantity: return tr("Số lượng");
    case Note: return tr("Ghi chú");
    default: return QVariant();
    }
}

Qt::ItemFlags NeedsTableModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable : Qt::NoItemFlags;
}

bool NeedsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    QList<EquipmentNeed> needs = m_controller->snapshot().needs;
    if (!index.isValid() || index.row() >= needs.size() || role != Qt::EditRole)
        return false;
    EquipmentNeed &need = needs[index.row()];
    bool ok = true;
    switch (index.column()) {
    case Item: need.key = value.toString(); break;
    case Quantity: need.quantity = value.toInt(&ok); break;
    case Note: need.note = value.toString(); break;
    default: return false;
    }
    return ok && m_controller->saveNeeds(needs).isOk();
}

bool NeedsTableModel::addNeed()
{
    QList<EquipmentNeed> needs = m_controller->snapshot().needs;
    for (const QString &key : keys()) {
        const bool listed = std::any_of(needs.cbegin(), needs.cend(), [&key](const EquipmentNeed &n) { return n.key == key; });
        if (!listed) {
            needs.append({0, key, 1, QString()});
            return m_controller->saveNeeds(needs).isOk();
        }
    }
    return false;
}

bool NeedsTableModel::removeNeed(int row)
{
    QList<EquipmentNeed> needs = m_controller->snapshot().needs;
    if (row < 0 || row >= needs.size())
        return false;
    needs.removeAt(row);
    return m_controller->saveNeeds(needs).isOk();
}

} // namespace sdx
