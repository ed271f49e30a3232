#pragma once

#include "InventoryCatalog.h"
#include "InventoryKind.h"
#include "InventorySnapshot.h"
#include "XlsxExport.h"

#include <QList>
#include <QStringList>

namespace sdx::InventoryTableFormat {

/**
 * The inventory as the tables a spreadsheet holds: the columns of resources/inventory/
 * import-columns.json, Vietnamese headers, labels rather than keys (except the role, a stable
 * key), so an exported file can be read by people and imported back unchanged.
 */
QStringList header(InventoryKind kind, const InventoryCatalog &catalog);
QList<QStringList> rows(InventoryKind kind, const InventorySnapshot &snapshot, const InventoryCatalog &catalog);
ExportSheet sheet(InventoryKind kind, const InventorySnapshot &snapshot, const InventoryCatalog &catalog);

} // namespace sdx::InventoryTableFormat
