#pragma once

#include "InventoryCatalog.h"
#include "InventorySnapshot.h"
#include "common/Status.h"

namespace sdx {

class Database;

/**
 * Reads a year's inventory as one InventorySnapshot and writes it back row by row. Every write
 * validates first (InventoryValidator), runs in one transaction and fails with a Vietnamese
 * message that names the row; nothing is half-written.
 */
class InventoryRepository final
{
public:
    explicit InventoryRepository(Database &database, const InventoryCatalog &catalog = InventoryCatalog::builtIn());

    Expected<InventorySnapshot> load(qint64 yearId);

    /// Inserts (id 0) or updates the row; returns its id.
    Expected<qint64> saveSoftware(qint64 yearId, const SoftwareRow &row);
    Status removeSoftware(qint64 softwareId);
    /// Inserts or updates the room's own fields (its equipment is saved entry by entry).
    Expected<qint64> saveRoom(qint64 yearId, const Room &room);
    Status removeRoom(qint64 roomId);
    Expected<qint64> saveEquipment(qint64 roomId, const EquipmentItem &item);
    Status removeEquipment(qint64 equipmentId);
    Status saveCounts(qint64 yearId, const PeopleCounts &counts);
    Status saveNeeds(qint64 yearId, const QList<EquipmentNeed> &needs);

    /// Replaces everything the year holds by `snapshot` (the sample school, copy-forward).
    Status replaceYear(qint64 yearId, const InventorySnapshot &snapshot);
    /// Fills the register of a year that never had one with the catalog's default rows, once:
    /// a user who later deletes them all does not see them come back.
    Status prefillIfNew(qint64 yearId, bool *prefilled = nullptr);

    /// The year an inventory row belongs to, to keep operations inside one year.
    Expected<qint64> yearOfRoom(qint64 roomId);
    Expected<qint64> roomOfEquipment(qint64 equipmentId);

    /// Every problem of a whole snapshot (values and duplicates), each naming its row.
    static QStringList checkSnapshot(const InventorySnapshot &snapshot, const InventoryCatalog &catalog);

private:
    Status loadSoftware(qint64 yearId, InventorySnapshot *snapshot);
    Status loadRooms(qint64 yearId, InventorySnapshot *snapshot);
    Status loadRepairs(qint64 yearId, InventorySnapshot *snapshot);
    Status loadCountsAndNeeds(qint64 yearId, InventorySnapshot *snapshot);
    Status checkSoftwareName(qint64 yearId, const SoftwareRow &row);
    Status checkRoomName(qint64 yearId, const Room &room);

    Database &m_database;
    const InventoryCatalog &m_catalog;
};

} // namespace sdx
