#include "Room.h"

namespace sdx {

bool Room::operator==(const Room &other) const
{
    return id == other.id && name == other.name && kind == other.kind && hasInternet == other.hasInternet
           && checkedOn == other.checkedOn && note == other.note && equipment == other.equipment;
}

int Room::count(const QString &category) const
{
    int total = 0;
    for (const EquipmentItem &item : equipment) {
        if (item.category == category)
            total += item.quantity;
    }
    return total;
}

int Room::workingCount(const QString &category) const
{
    int total = 0;
    for (const EquipmentItem &item : equipment) {
        if (item.category == category)
            total += item.working;
    }
    return total;
}

} // namespace sdx
