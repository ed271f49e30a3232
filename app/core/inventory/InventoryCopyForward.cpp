#include "InventoryCopyForward.h"

#include "InventoryRepository.h"
#include "InventoryWriter.h"

namespace sdx::InventoryCopyForward {

Status copy(Database &database, qint64 fromYearId, qint64 toYearId)
{
    Expected<InventorySnapshot> source = InventoryRepository(database).load(fromYearId);
    if (!source)
        return source.status();
    InventorySnapshot &snapshot = source.value();
    for (Room &room : snapshot.rooms) {
        for (EquipmentItem &item : room.equipment) {
            QList<RepairEntry> open;
            for (const RepairEntry &repair : std::as_const(item.repairs)) {
                if (repair.isOpen())
                    open.append(repair);
            }
            item.repairs = open;
        }
    }
    InventoryWriter writer(database);
    Status status = writer.clearYear(toYearId);
    for (qsizetype i = 0; status && i < snapshot.software.size(); ++i)
        status = writer.insertSoftware(toYearId, snapshot.software.at(i), int(i)).status();
    for (qsizetype i = 0; status && i < snapshot.rooms.size(); ++i)
        status = writer.insertRoomTree(toYearId, snapshot.rooms.at(i), int(i)).status();
    if (status)
        status = writer.replaceCounts(toYearId, snapshot.people);
    if (status)
        status = writer.replaceNeeds(toYearId, snapshot.needs);
    if (status)
        status = writer.markPrefilled(toYearId);
    return status;
}

} // namespace sdx::InventoryCopyForward
