#pragma once

#include "inventory/InventoryImport.h"

namespace sdx {

/// What the import dialog shows: the file as read, the plan against the year, the sheet in view.
struct ImportState
{
    ImportPreview preview;
    ImportPlan plan;
    int sheet = 0;

    const ImportSheet *currentSheet() const
    {
        return sheet >= 0 && sheet < preview.sheets.size() ? &preview.sheets.at(sheet) : nullptr;
    }
};

} // namespace sdx
