#include "ImportState.h"

namespace sdx {

const ImportSheet *ImportState::currentSheet() const
{
    return sheet >= 0 && sheet < preview.sheets.size() ? &preview.sheets.at(sheet) : nullptr;
}

} // namespace sdx
