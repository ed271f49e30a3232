#pragma once

#include "common/DerivedFact.h"
#include "common/Status.h"

namespace sdx {

class Database;

/// Every fact the core can derive for a year from data other than the checklist (the inventory…).
/// One place, so the checklist, the CLI and the exchange file all see the same derived facts.
Expected<DerivedFacts> collectDerivedFacts(Database &database, qint64 yearId);

} // namespace sdx
