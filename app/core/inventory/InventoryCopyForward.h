#pragma once

#include "common/Status.h"

namespace sdx {

class Database;

namespace InventoryCopyForward {

/**
 * The inventory's step of YearCopyForward: the new year starts with last year's register, rooms,
 * equipment, counts and needs, to be reviewed rather than typed again. Closed repairs stay with
 * the year they belong to; open ones follow their equipment. Rows are copied as stored, without
 * validation against today's catalog, so an old year never blocks a new one.
 */
Status copy(Database &database, qint64 fromYearId, qint64 toYearId);

} // namespace InventoryCopyForward
} // namespace sdx
