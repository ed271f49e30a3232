#include "StocktakeCountsModel.h"

#include "InventoryController.h"

#include <QColor>

namespace sdx {

StocktakeCountsModel::StocktakeCountsModel(InventoryController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    connect(controller, &InventoryController::structureChanged, this, &StocktakeCountsModel::reloadDraft);
    connect(controller, &InventoryController::dataRefreshed, this, &StocktakeCountsModel::reloadDraft);
}

void StocktakeCountsModel::setRoom(qint64 roomId)
{
    m_roomId = roomId;
    reloadDraft();
}

void StocktakeCountsModel::reloadDraft()
{
    beginResetModel();
    m_draft.clear();
    if (const Room *room = m_controller->snapshot().findRoom(m_roomId)) {
        for (const EquipmentItem &item : room->equipment)
            m_draft.append({item.id, item.quantity, item.working});
    }
    endResetModel();
}

bool StocktakeCountsModel::isChanged() const
{
    const Room *room = m_controller->snapshot().findRoom(m_roomId);
    if (!room)
        return false;
    for (int i = 0; i < m_draft.size() && i < room->equipment.size(); ++i) {
        if (m_draft.at(i).quantity != room->equipment.at(i).quantity || m_draft.at(i).working != room->equipment.at(i).working)
            return true;
    }
    return false;
}

qint64 StocktakeCountsModel::equipmentIdAt(int row) const
{
    return row >= 0 && row < m_draft.size() ? m_draft.at(row).equipmentId : 0;
}

int StocktakeCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_draft.size());
}

int StocktakeCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StocktakeCountsModel::data(const QModelIndex &index, int role) const
{
    const Room *room = m_controller->snapshot().findRoom(m_roomId);
    if (!room || !index.isValid() || index.row() >= m_draft.size() || index.row() >= room->equipment.size())
        return QVariant();
    const EquipmentItem &item = room->equipment.at(index.row());
    const StocktakeCount &count = m_draft.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Category: return m_controller->catalog().labelOf(item.category);
        case Description: return item.description;
        case Recorded: return tr("%1 (%2 hoạt động)").arg(item.quantity).arg(item.working);
        case Quantity: return count.quantity;
        case Working: return count.working;
        case Broken: return count.quantity - count.working;
        default: return QVariant();
        }
    }
    if (role == Qt::BackgroundRole && (index.column() == Quantity || index.column() == Working)) {
        const bool changed = index.column() == Quantity ? count.quantity != item.quantity : count.working != item.working;
        return changed ? QVariant(QColor(0xfd, 0xf3, 0xc4)) : QVariant();
    }
    return QVariant();
}

QVariant StocktakeCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Category: return tr("Loại thiết bị");
    case Description: return tr("Mô tả");
    case Recorded: return tr("Sổ đang ghi");
    case Quantity: return tr("Đếm được");
    case Working: return tr("Hoạt động");
    case Broken: return tr("Hỏng");
    default: return QVariant();
    }
}

Qt::ItemFlags StocktakeCountsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == Quantity || index.column() == Working)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool StocktakeCountsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_draft.size() || role != Qt::EditRole)
        return false;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok)
        return false;
    StocktakeCount &count = m_draft[index.row()];
    if (index.column() == Quantity)
        count.quantity = number;
    else if (index.column() == Working)
        count.working = number;
    else
        return false;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

} // namespace sdx
