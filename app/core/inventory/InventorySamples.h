#pragma once

#include "InventorySnapshot.h"

namespace sdx::InventorySamples {

/**
 * The inventory of seed 002 (Trường Tiểu học Chu Văn An, 2022-2023, §II.1.2): its software rows
 * with their links and statuses, 15 classrooms of which 8 have projection and Internet, one
 * computer room of 21 computers with 4 broken, 12 TVs, 2 projectors, 2 office desktops and
 * 3 laptops, 3 Internet lines, no studio, and the 3 needs it lists. The people counts the seed
 * gives only as percentages (100%, 100%, 10%) are given here as 20/20, 20/20 and 2/20 teachers;
 * 540 pupils in 15 classes are assumed (the seed says "2 - 3 em/1 máy"). Totals: 19 software in
 * use, 5 missing, 23 equipment owned, 3 missing, as the seed prints them.
 */
InventorySnapshot seed002();

} // namespace sdx::InventorySamples
