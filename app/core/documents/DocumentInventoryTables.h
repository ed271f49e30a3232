#pragma once

#include "DocumentInput.h"

namespace sdx {

struct InventorySnapshot;
struct InventoryTotals;
class InventoryCatalog;

/**
 * The inventory annex of a plan (seed 002 §II.1.2) from a year's inventory: the software register
 * in its two groups (rows in use or missing; rows "không cần" or not yet answered are not printed),
 * the equipment owned and missing, and the four totals counted by InventoryTotals.
 */
namespace DocumentInventoryTables {

DocumentInventorySummary fromInventory(const InventorySnapshot &snapshot, const InventoryTotals &totals,
                                       const InventoryCatalog &catalog);
/// The built-in catalog.
DocumentInventorySummary fromInventory(const InventorySnapshot &snapshot, const InventoryTotals &totals);

/// Printed group titles (official wording, not translated).
QString softwareGroupTitle(int groupIndex);

} // namespace DocumentInventoryTables
} // namespace sdx
