#pragma once

#include "InventoryCatalog.h"
#include "InventorySnapshot.h"

#include <QStringList>

namespace sdx::InventoryValidator {

/**
 * What is wrong with a value before it is saved or imported, as full Vietnamese sentences
 * (the caller adds "Dòng 5: " or the room's name). Empty when the value is acceptable.
 * The database has CHECK constraints too; these messages are what the user reads.
 */
QStringList checkSoftware(const SoftwareRow &row, const InventoryCatalog &catalog);
QStringList checkRoom(const Room &room, const InventoryCatalog &catalog);
QStringList checkEquipment(const EquipmentItem &item, const InventoryCatalog &catalog);
QStringList checkCounts(const PeopleCounts &counts, const InventoryCatalog &catalog);
QStringList checkNeed(const EquipmentNeed &need, const InventoryCatalog &catalog);

/// One or more links, domains or e-mail addresses separated by ';' or spaces; empty is fine.
/// Returns the first malformed one's message, or an empty string.
QString checkLink(const QString &links);

} // namespace sdx::InventoryValidator
