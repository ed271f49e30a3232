#include "EquipmentTableModel.h"

#include "InventoryController.h"
#include "InventoryItemRoles.h"

#include <QColor>
#include <QLocale>

namespace sdx {

EquipmentTableModel::EquipmentTableModel(InventoryController *controller, QObject *parent)
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

void EquipmentTableModel::setRoom(qint64 roomId)
{
    if (roomId == m_roomId)
        return;
    beginResetModel();
    m_roomId = roomId;
    endResetModel();
}

const Room *EquipmentTableModel::room() const
{
    return m_controller->snapshot().findRoom(m_roomId);
}

const EquipmentItem *EquipmentTableModel::itemAt(int row) const
{
    const Room *current = room();
    return current && row >= 0 && row < current->equipment.size() ? &current->equipment.at(row) : nullptr;
}

int EquipmentTableModel::rowCount(const QModelIndex &parent) const
{
    const Room *current = room();
    return parent.isValid() || !current ? 0 : int(current->equipment.size());
}

int EquipmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EquipmentTableModel::display(const EquipmentItem &item, int column) const
{
    const EquipmentCategory *category = m_controller->catalog().category(item.category);
    switch (column) {
    case Category: return category ? category->label : item.category;
    case Description: return item.description;
    case Quantity: return item.quantity;
    case Working: return item.working;
    case Broken: return item.broken();
    case Year: return item.yearAcquired > 0 ? QVariant(item.yearAcquired) : QVariant(QString());
    case Protected: return category && category->computer ? QVariant(item.protectedCount) : QVariant(QString());
    case Provider: return item.provider;
    case Speed:
        return category && category->internetLine && item.speedMbps > 0
                   ? QVariant(QLocale(QLocale::Vietnamese).toString(item.speedMbps))
                   : QVariant(QString());
    case Repairs: {
        int open = 0;
        for (const RepairEntry &repair : item.repairs)
            open += repair.isOpen() ? repair.units : 0;
        return open > 0 ? tr("%1 đang sửa").arg(open) : QString();
    }
    case Note: return item.note;
    default: return QVariant();
    }
}

QVariant EquipmentTableModel::data(const QModelIndex &index, int role) const
{
    const EquipmentItem *item = itemAt(index.row());
    if (!item || index.column() < 0 || index.column() >= ColumnCount)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return display(*item, index.column());
    case Qt::EditRole:
        if (index.column() == Speed)
            return item->speedMbps;
        if (index.column() == Year)
            return item->yearAcquired;
        if (index.column() == Protected)
            return item->protectedCount;
        return display(*item, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= Quantity && index.column() <= Speed && index.column() != Provider
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Broken && item->broken() > 0 ? QVariant(QColor(0xb0, 0x3a, 0x2e)) : QVariant();
    case InventoryItemRoles::ChoiceLabelsRole:
    case InventoryItemRoles::ChoiceKeysRole: {
        if (index.column() != Category)
            return QVariant();
        QStringList values;
        for (const EquipmentCategory &category : m_controller->catalog().categories())
            values.append(role == InventoryItemRoles::ChoiceLabelsRole ? category.label : category.key);
        return values;
    }
    case InventoryItemRoles::KeyRole:
        return index.column() == Category ? item->category : QVariant();
    case InventoryItemRoles::IdRole:
        return item->id;
    default:
        return QVariant();
    }
}

QVariant EquipmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Protected)
        return tr("Số máy tính đã cài phần mềm phòng, chống mã độc (chỉ tiêu 5 của cấp quản lý)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Category: return tr("Loại thiết bị");
    case Description: return tr("Mô tả");
    case Quantity: return tr("Số lượng");
    case Working: return tr("Hoạt động");
    case Broken: return tr("Hỏng");
    case Year: return tr("Năm trang bị");
    case Protected: return tr("Diệt mã độc");
    case Provider: return tr("Nhà cung cấp");
    case Speed: return tr("Tốc độ (Mbps)");
    case Repairs: return tr("Sửa chữa");
    case Note: return tr("Ghi chú");
    default: return QVariant();
    }
}

Qt::ItemFlags EquipmentTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() != Repairs)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool EquipmentTableModel::apply(EquipmentItem &item, int column, const QVariant &value) const
{
    bool ok = true;
    switch (column) {
    case Category: item.category = value.toString(); break;
    case Description: item.description = value.toString().trimmed(); break;
    case Quantity: {
        const int quantity = value.toInt(&ok);
        // More units owned are taken as working; fewer drop working ones only if needed.
        item.working = quantity >= item.quantity ? item.working + (quantity - item.quantity) : qMin(item.working, quantity);
        item.quantity = quantity;
        item.protectedCount = qMin(item.protectedCount, qMax(0, quantity));
        break;
    }
    case Working: item.working = value.toInt(&ok); break;
    case Broken: item.working = item.quantity - value.toInt(&ok); break;
    case Year: item.yearAcquired = value.toString().isEmpty() ? 0 : value.toInt(&ok); break;
    case Protected: item.protectedCount = value.toString().isEmpty() ? 0 : value.toInt(&ok); break;
    case Provider: item.provider = value.toString().trimmed(); break;
    case Speed: item.speedMbps = value.toString().isEmpty() ? 0 : QLocale(QLocale::Vietnamese).toDouble(value.toString(), &ok);
        if (!ok)
            item.speedMbps = value.toDouble(&ok);
        break;
    case Note: item.note = value.toString(); break;
    default: return false;
    }
    return ok;
}

bool EquipmentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const EquipmentItem *current = itemAt(index.row());
    if (!current || role != Qt::EditRole)
        return false;
    EquipmentItem item = *current;
    item.repairs.clear();
    if (!apply(item, index.column(), value))
        return false;
    return m_controller->saveEquipment(m_roomId, item).isOk();
}

} // namespace sdx
