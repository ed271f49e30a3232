#include "InventorySnapshot.h"

#include "TextKey.h"

namespace sdx {

bool EquipmentNeed::operator==(const EquipmentNeed &other) const
{
    return id == other.id && key == other.key && quantity == other.quantity && note == other.note;
}

bool InventorySnapshot::operator==(const InventorySnapshot &other) const
{
    return yearName == other.yearName && software == other.software && rooms == other.rooms
           && people == other.people && needs == other.needs;
}

const Room *InventorySnapshot::findRoom(const QString &name) const
{
    const QString key = TextKey::nameKey(name);
    for (const Room &room : rooms) {
        if (TextKey::nameKey(room.name) == key)
            return &room;
    }
    return nullptr;
}

const Room *InventorySnapshot::findRoom(qint64 id) const
{
    for (const Room &room : rooms) {
        if (room.id == id)
            return &room;
    }
    return nullptr;
}

QList<const SoftwareRow *> InventorySnapshot::rowsWithRole(const QString &role) const
{
    QList<const SoftwareRow *> result;
    for (const SoftwareRow &row : software) {
        if (row.role == role)
            result.append(&row);
    }
    return result;
}

} // namespace sdx
