#pragma once

#include "common/Status.h"

namespace sdx {

class Database;

namespace DocumentYearCopy {

/// Copy-forward step: the edited texts and the chosen căn cứ carry over to the new year, so the
/// school starts from last year's wording; numbers, dates and signers do not (each year's documents
/// are new documents). The caller holds the transaction.
Status copy(Database &database, qint64 fromYearId, qint64 toYearId);

} // namespace DocumentYearCopy
} // namespace sdx
