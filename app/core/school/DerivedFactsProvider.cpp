#include "DerivedFactsProvider.h"

#include "inventory/InventoryOverview.h"

namespace sdx {

Expected<DerivedFacts> collectDerivedFacts(Database &database, qint64 yearId)
{
    // Parts of the core that derive facts add their contribution here.
    return deriveInventoryFacts(database, yearId);
}

} // namespace sdx
