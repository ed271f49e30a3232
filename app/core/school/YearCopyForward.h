#pragma once

#include "common/Status.h"

namespace sdx {

class Database;

/**
 * Copying a year forward: each part of the core that keeps per-year data contributes one step
 * (texts here; inventory, answers and evidence in their own parts). The caller holds the
 * transaction, so the steps need none of their own.
 */
namespace YearCopyForward {

Status copyAll(Database &database, qint64 fromYearId, qint64 toYearId);

/// The foundation's own step: the year's texts (narratives, notes).
Status copyYearTexts(Database &database, qint64 fromYearId, qint64 toYearId);

} // namespace YearCopyForward
} // namespace sdx
