#pragma once

#include <Qt>

namespace sdx::InventoryItemRoles {

/// Roles the inventory models add to Qt's: a cell edited by picking one of several values
/// answers ChoiceLabelsRole (what the user reads) and ChoiceKeysRole (what setData() takes).
enum Role {
    ChoiceLabelsRole = Qt::UserRole + 1,
    ChoiceKeysRole,
    KeyRole,            ///< the cell's current key (for choices)
    IdRole,             ///< database id of the row
};

} // namespace sdx::InventoryItemRoles
