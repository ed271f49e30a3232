#pragma once

#include "InventorySnapshot.h"
#include "common/Status.h"

#include <memory>

namespace sdx {

class Database;
class SqlQuery;

/**
 * The raw writes of the inventory tables, with statements prepared once and reused, so an
 * import of ten thousand rows does not prepare ten thousand statements. It validates nothing and
 * opens no transaction: its callers (InventoryRepository, the importer, copy-forward) validate
 * first and hold the transaction.
 */
class InventoryWriter final
{
public:
    explicit InventoryWriter(Database &database);
    ~InventoryWriter();
    InventoryWriter(const InventoryWriter &) = delete;
    InventoryWriter &operator=(const InventoryWriter &) = delete;

    Expected<qint64> insertSoftware(qint64 yearId, const SoftwareRow &row, int position);
    Status updateSoftware(const SoftwareRow &row);
    Expected<qint64> insertRoom(qint64 yearId, const Room &room, int position);
    Status updateRoom(const Room &room);
    Expected<qint64> insertEquipment(qint64 roomId, const EquipmentItem &item, int position);
    Status updateEquipment(const EquipmentItem &item);
    Expected<qint64> insertRepair(qint64 equipmentId, const RepairEntry &entry);
    Status updateRepair(const RepairEntry &entry);
    Status replaceCounts(qint64 yearId, const PeopleCounts &counts);
    Status replaceNeeds(qint64 yearId, const QList<EquipmentNeed> &needs);
    /// Writes a whole room with its equipment and repair log.
    Expected<qint64> insertRoomTree(qint64 yearId, const Room &room, int position);
    /// Removes every inventory row of the year (the year itself stays).
    Status clearYear(qint64 yearId);
    Status markPrefilled(qint64 yearId);
    /// Next free position at the end of a year's software or rooms, or of a room's equipment.
    Expected<int> nextPosition(const QString &table, const QString &ownerColumn, qint64 ownerId);

private:
    SqlQuery &prepared(std::unique_ptr<SqlQuery> &slot, const QString &sql);
    Status writeFeatures(qint64 softwareId, const SoftwareRow &row);
    void bindSoftware(SqlQuery &query, const SoftwareRow &row);
    void bindRoom(SqlQuery &query, const Room &room);
    void bindEquipment(SqlQuery &query, const EquipmentItem &item);

    Database &m_database;
    std::unique_ptr<SqlQuery> m_insertSoftware;
    std::unique_ptr<SqlQuery> m_updateSoftware;
    std::unique_ptr<SqlQuery> m_deleteFeatures;
    std::unique_ptr<SqlQuery> m_insertFeature;
    std::unique_ptr<SqlQuery> m_insertRoom;
    std::unique_ptr<SqlQuery> m_updateRoom;
    std::unique_ptr<SqlQuery> m_insertEquipment;
    std::unique_ptr<SqlQuery> m_updateEquipment;
    std::unique_ptr<SqlQuery> m_insertRepair;
};

} // namespace sdx
