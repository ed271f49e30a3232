#include "RoomRules.h"

namespace sdx::RoomRules {
namespace {

template<typename Predicate, typename Value>
int sumWhere(const Room &room, const InventoryCatalog &catalog, Predicate predicate, Value value)
{
    int total = 0;
    for (const EquipmentItem &item : room.equipment) {
        const EquipmentCategory *category = catalog.category(item.category);
        if (category && predicate(*category))
            total += value(item);
    }
    return total;
}

const RoomKind *kindOf(const Room &room, const InventoryCatalog &catalog)
{
    return catalog.roomKind(room.kind);
}

} // namespace

int workingProjection(const Room &room, const InventoryCatalog &catalog)
{
    return sumWhere(room, catalog, [](const EquipmentCategory &c) { return c.projection; },
                    [](const EquipmentItem &item) { return item.working; });
}

int workingStudentComputers(const Room &room, const InventoryCatalog &catalog)
{
    return sumWhere(room, catalog, [](const EquipmentCategory &c) { return c.studentComputer; },
                    [](const EquipmentItem &item) { return item.working; });
}

int studentComputers(const Room &room, const InventoryCatalog &catalog)
{
    return sumWhere(room, catalog, [](const EquipmentCategory &c) { return c.studentComputer; },
                    [](const EquipmentItem &item) { return item.quantity; });
}

bool isEquippedClassroom(const Room &room, const InventoryCatalog &catalog)
{
    return isClassroom(room, catalog) && room.hasInternet && workingProjection(room, catalog) > 0;
}

bool isClassroom(const Room &room, const InventoryCatalog &catalog)
{
    const RoomKind *kind = kindOf(room, catalog);
    return kind && kind->classroom;
}

bool isComputerLab(const Room &room, const InventoryCatalog &catalog)
{
    const RoomKind *kind = kindOf(room, catalog);
    return kind && kind->computerLab;
}

bool isStudio(const Room &room, const InventoryCatalog &catalog)
{
    const RoomKind *kind = kindOf(room, catalog);
    return kind && kind->studio;
}

} // namespace sdx::RoomRules
