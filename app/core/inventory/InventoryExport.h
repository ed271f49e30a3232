#pragma once

#include "InventoryCatalog.h"
#include "InventoryKind.h"
#include "InventorySnapshot.h"
#include "common/Status.h"

#include <optional>

namespace sdx::InventoryExport {

/// CSV of one table: UTF-8 with a BOM (so Excel shows Vietnamese), CRLF, Vietnamese headers.
Status writeCsv(const QString &path, InventoryKind kind, const InventorySnapshot &snapshot,
                const InventoryCatalog &catalog = InventoryCatalog::builtIn());
/// XLSX with one sheet per table ("Phần mềm", "Phòng", "Thiết bị").
Status writeXlsx(const QString &path, const QList<InventoryKind> &kinds, const InventorySnapshot &snapshot,
                 const InventoryCatalog &catalog = InventoryCatalog::builtIn());
/// By the file's suffix: .xlsx holds the given table or all three; .csv needs one table.
Status write(const QString &path, std::optional<InventoryKind> kind, const InventorySnapshot &snapshot,
             const InventoryCatalog &catalog = InventoryCatalog::builtIn());

} // namespace sdx::InventoryExport
