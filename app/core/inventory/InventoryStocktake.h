#pragma once

#include "EquipmentItem.h"
#include "InventoryCatalog.h"
#include "common/Status.h"

#include <QDate>
#include <QList>

namespace sdx {

class Database;

/// What the person counting a room found for one equipment entry.
struct StocktakeCount
{
    qint64 equipmentId = 0;
    int quantity = 0;
    int working = 0;
};

/**
 * The room-by-room stocktake and the repair log. Each operation is one transaction: it is done
 * completely or not at all, and a count that would become impossible (more working than owned,
 * a move across school years) is refused with a message naming the entry.
 */
class InventoryStocktake final
{
public:
    explicit InventoryStocktake(Database &database, const InventoryCatalog &catalog = InventoryCatalog::builtIn());

    /// Sets the counts found in a room and records the date of the stocktake.
    Status confirmRoom(qint64 roomId, const QList<StocktakeCount> &counts, const QDate &date);
    /// `units` working units are found broken; a repair entry is opened for them.
    Status markBroken(qint64 equipmentId, int units, const QString &problem, const QDate &date);
    /// `units` units are gone (lost, taken away). Broken ones are taken first: a broken machine is
    /// the likelier to have been removed, and this keeps the working count the user just confirmed.
    Status markMissing(qint64 equipmentId, int units, const QString &note);
    /// Moves working and broken units to another room of the same year. They join an entry of the
    /// same category, description and year there, or make a new one. Returns the target entry.
    Expected<qint64> move(qint64 equipmentId, qint64 toRoomId, int working, int broken);

    Expected<qint64> openRepair(qint64 equipmentId, int units, const QString &problem, const QDate &date);
    /// Closes a repair: "repaired" returns its units to working, "written-off" removes them.
    Status closeRepair(qint64 repairId, const QDate &date, RepairOutcome outcome, const QString &note);

private:
    Expected<EquipmentItem> item(qint64 equipmentId);
    Status store(const EquipmentItem &item);

    Database &m_database;
    const InventoryCatalog &m_catalog;
};

} // namespace sdx
