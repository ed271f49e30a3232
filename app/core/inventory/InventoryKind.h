#pragma once

#include <QList>
#include <QString>

namespace sdx {

/// The three tables of the inventory that are imported and exported as files.
enum class InventoryKind { Software, Rooms, Equipment };

namespace InventoryKinds {
QList<InventoryKind> all();
QString code(InventoryKind kind);                                ///< "software", "rooms", "equipment"
bool fromCode(const QString &code, InventoryKind *kind);
QString displayName(InventoryKind kind);                         ///< "Phần mềm và dịch vụ", …
QString sheetName(InventoryKind kind);                           ///< XLSX sheet: "Phần mềm", "Phòng", "Thiết bị"
} // namespace InventoryKinds

} // namespace sdx
