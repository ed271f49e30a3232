#include "InventoryOverview.h"

#include "InventoryDerivation.h"
#include "InventoryRepository.h"

namespace sdx {

InventoryOverview InventoryOverview::of(const InventorySnapshot &snapshot)
{
    InventoryOverview overview;
    overview.snapshot = snapshot;
    overview.totals = InventoryTotals::compute(snapshot);
    overview.facts = InventoryDerivation::derive(snapshot);
    return overview;
}

Expected<InventoryOverview> InventoryOverview::load(Database &database, qint64 yearId)
{
    Expected<InventorySnapshot> snapshot = InventoryRepository(database).load(yearId);
    if (!snapshot)
        return snapshot.status();
    return of(*snapshot);
}

QJsonObject InventoryOverview::factsJson() const
{
    QJsonObject values;
    QJsonObject provenance;
    for (const DerivedFact &fact : facts) {
        values.insert(fact.itemId, fact.value);
        provenance.insert(fact.itemId, fact.provenance);
    }
    return QJsonObject{{QStringLiteral("year"), snapshot.yearName},
                       {QStringLiteral("facts"), values},
                       {QStringLiteral("provenance"), provenance},
                       {QStringLiteral("totals"), totals.toJson()}};
}

Expected<DerivedFacts> deriveInventoryFacts(Database &database, qint64 yearId)
{
    Expected<InventorySnapshot> snapshot = InventoryRepository(database).load(yearId);
    if (!snapshot)
        return snapshot.status();
    return InventoryDerivation::derive(*snapshot);
}

} // namespace sdx
