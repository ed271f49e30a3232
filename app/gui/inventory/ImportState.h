#pragma once

#include "inventory/InventoryImporter.h"

namespace sdx {

/// What the import dialog shows: the file as read, the plan against the year, the sheet in view.
struct ImportState
{
    ImportPreview preview;
    ImportPlan plan;
    int sheet = 0;

    /// The sheet in view, or nullptr when the file had none.
    const ImportSheet *currentSheet() const;
};

} // namespace sdx
