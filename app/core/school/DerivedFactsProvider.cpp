#include "DerivedFactsProvider.h"

namespace sdx {

Expected<DerivedFacts> collectDerivedFacts(Database &database, qint64 yearId)
{
    Q_UNUSED(database)
    Q_UNUSED(yearId)
    // Parts of the core that derive facts add their contribution here.
    return DerivedFacts();
}

} // namespace sdx
