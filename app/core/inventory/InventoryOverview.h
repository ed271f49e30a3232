#pragma once

#include "InventorySnapshot.h"
#include "InventoryTotals.h"
#include "common/DerivedFact.h"
#include "common/Status.h"

#include <QJsonObject>

namespace sdx {

class Database;

/**
 * The read API of the inventory for the other parts (the checklist, the documents' inventory
 * annex, the CLI, the exchange file): one year's rows, totals and derived facts, as values.
 */
struct InventoryOverview
{
    InventorySnapshot snapshot;     ///< software rows, rooms with their equipment, counts, needs
    InventoryTotals totals;
    DerivedFacts facts;

    static InventoryOverview of(const InventorySnapshot &snapshot);
    static Expected<InventoryOverview> load(Database &database, qint64 yearId);

    /// {"year": …, "facts": {id: value}, "provenance": {id: text}, "totals": {…}} (schooldx-cli inventory facts).
    QJsonObject factsJson() const;
};

/// The derived facts of a year straight from the database (DerivedFactsProvider calls this).
Expected<DerivedFacts> deriveInventoryFacts(Database &database, qint64 yearId);

} // namespace sdx
