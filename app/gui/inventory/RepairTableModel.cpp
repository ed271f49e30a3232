#include "RepairTableModel.h"

#include "InventoryController.h"

namespace sdx {

RepairTableModel::RepairTableModel(InventoryController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(controller, &InventoryController::structureChanged, this, reset);
    connect(controller, &InventoryController::dataRefreshed, this, reset);
}

void RepairTableModel::setEquipment(qint64 equipmentId)
{
    beginResetModel();
    m_equipmentId = equipmentId;
    endResetModel();
}

const QList<RepairEntry> *RepairTableModel::repairs() const
{
    for (const Room &room : m_controller->snapshot().rooms) {
        for (const EquipmentItem &item : room.equipment) {
            if (item.id == m_equipmentId)
                return &item.repairs;
        }
    }
    return nullptr;
}

const RepairEntry *RepairTableModel::repairAt(int row) const
{
    const QList<RepairEntry> *list = repairs();
    return list && row >= 0 && row < list->size() ? &list->at(row) : nullptr;
}

int RepairTableModel::rowCount(const QModelIndex &parent) const
{
    const QList<RepairEntry> *list = repairs();
    return parent.isValid() || !list ? 0 : int(list->size());
}

int RepairTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RepairTableModel::data(const QModelIndex &index, int role) const
{
    const RepairEntry *repair = repairAt(index.row());
    if (!repair || role != Qt::DisplayRole || index.column() >= ColumnCount)
        return QVariant();
    const QString format = QStringLiteral("dd/MM/yyyy");
    switch (index.column()) {
    case Opened: return repair->opened.toString(format);
    case Units: return repair->units;
    case Problem: return repair->problem;
    case Closed: return repair->closed.isValid() ? repair->closed.toString(format) : QString();
    case Outcome: return RepairOutcomes::label(repair->outcome);
    case Note: return repair->note;
    default: return QVariant();
    }
}

QVariant RepairTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Opened: return tr("Ngày báo hỏng");
    case Units: return tr("Số máy");
    case Problem: return tr("Hư hỏng");
    case Closed: return tr("Ngày xong");
    case Outcome: return tr("Kết quả");
    case Note: return tr("Ghi chú");
    default: return QVariant();
    }
}

} // namespace sdx
