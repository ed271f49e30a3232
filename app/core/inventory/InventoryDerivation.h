#pragma once

#include "InventoryCatalog.h"
#include "InventorySnapshot.h"
#include "common/DerivedFact.h"

namespace sdx::InventoryDerivation {

/**
 * The index facts the inventory answers, each with one Vietnamese line saying where it comes
 * from. A pure function of the snapshot: a broken computer lowers the facts on the next call.
 * A fact the data cannot support (no rooms recorded, a role never answered, a count left empty)
 * is left out rather than reported as "không": the checklist then asks the user.
 */
DerivedFacts derive(const InventorySnapshot &snapshot, const InventoryCatalog &catalog = InventoryCatalog::builtIn());

/// Students per working computer in the computer labs, the basis of 1.7.2 (docs/inventory.md);
/// nothing when a count it needs is unknown or there is no working lab computer.
std::optional<double> studentsPerLabComputer(const InventorySnapshot &snapshot, const InventoryCatalog &catalog);

/// The 1.7.2 level for a ratio, by the catalog's thresholds.
int labLevel(double studentsPerComputer, const InventoryCatalog &catalog);

} // namespace sdx::InventoryDerivation
