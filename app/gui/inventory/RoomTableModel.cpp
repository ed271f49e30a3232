#include "RoomTableModel.h"

#include "InventoryController.h"
#include "InventoryItemRoles.h"
#include "inventory/RoomRules.h"

#include <QLocale>

namespace sdx {

RoomTableModel::RoomTableModel(InventoryController *controller, QObject *parent)
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

int RoomTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_controller->snapshot().rooms.size());
}

int RoomTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Room *RoomTableModel::roomAt(int row) const
{
    const QList<Room> &rooms = m_controller->snapshot().rooms;
    return row >= 0 && row < rooms.size() ? &rooms.at(row) : nullptr;
}

int RoomTableModel::rowOfRoom(qint64 roomId) const
{
    const QList<Room> &rooms = m_controller->snapshot().rooms;
    for (int i = 0; i < rooms.size(); ++i) {
        if (rooms.at(i).id == roomId)
            return i;
    }
    return -1;
}

QString RoomTableModel::equipmentSummary(const Room &room) const
{
    QStringList parts;
    for (const EquipmentItem &item : room.equipment) {
        const QString label = m_controller->catalog().labelOf(item.category);
        parts.append(item.broken() > 0 ? tr("%1 %2 (%3 hỏng)").arg(item.quantity).arg(label).arg(item.broken())
                                       : tr("%1 %2").arg(item.quantity).arg(label));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant RoomTableModel::display(const Room &room, int column) const
{
    const InventoryCatalog &catalog = m_controller->catalog();
    switch (column) {
    case Name: return room.name;
    case Kind: return catalog.labelOf(room.kind);
    case Equipment: return equipmentSummary(room);
    case Equipped:
        if (!RoomRules::isClassroom(room, catalog))
            return QString();
        return RoomRules::isEquippedClassroom(room, catalog) ? tr("Đạt") : tr("Chưa");
    case CheckedOn:
        return room.checkedOn.isValid() ? QLocale(QLocale::Vietnamese).toString(room.checkedOn, QStringLiteral("dd/MM/yyyy"))
                                        : QString();
    case Note: return room.note;
    default: return QVariant();
    }
}

QVariant RoomTableModel::data(const QModelIndex &index, int role) const
{
    const Room *room = roomAt(index.row());
    if (!room || index.column() < 0 || index.column() >= ColumnCount)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return index.column() == Internet ? QVariant() : display(*room, index.column());
    case Qt::CheckStateRole:
        return index.column() == Internet ? QVariant(room->hasInternet ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Equipped)
            return tr("Phòng học có thiết bị trình chiếu đang hoạt động và kết nối Internet (chỉ số 1.7.1)");
        return index.column() == Equipment ? display(*room, index.column()) : QVariant();
    case InventoryItemRoles::ChoiceLabelsRole:
    case InventoryItemRoles::ChoiceKeysRole: {
        if (index.column() != Kind)
            return QVariant();
        QStringList values;
        for (const RoomKind &kind : m_controller->catalog().roomKinds())
            values.append(role == InventoryItemRoles::ChoiceLabelsRole ? kind.label : kind.key);
        return values;
    }
    case InventoryItemRoles::KeyRole:
        return index.column() == Kind ? room->kind : QVariant();
    case InventoryItemRoles::IdRole:
        return room->id;
    default:
        return QVariant();
    }
}

QVariant RoomTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Phòng");
    case Kind: return tr("Loại phòng");
    case Internet: return tr("Internet");
    case Equipment: return tr("Thiết bị");
    case Equipped: return tr("Trình chiếu + Internet");
    case CheckedOn: return tr("Kiểm kê lần cuối");
    case Note: return tr("Ghi chú");
    default: return QVariant();
    }
}

Qt::ItemFlags RoomTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == Internet)
        flags |= Qt::ItemIsUserCheckable;
    else if (index.column() == Name || index.column() == Kind || index.column() == Note)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool RoomTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Room *current = roomAt(index.row());
    if (!current)
        return false;
    Room room = *current;
    room.equipment.clear();
    if (index.column() == Internet && role == Qt::CheckStateRole)
        room.hasInternet = value.toInt() == Qt::Checked;
    else if (role != Qt::EditRole)
        return false;
    else if (index.column() == Name)
        room.name = value.toString().trimmed();
    else if (index.column() == Kind)
        room.kind = value.toString();
    else if (index.column() == Note)
        room.note = value.toString();
    else
        return false;
    return m_controller->saveRoom(room).isOk();
}

} // namespace sdx
