#pragma once

#include "InventoryCatalog.h"
#include "InventorySnapshot.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace sdx {

/// One of the managing authority's indicators (seed 003 appendix) as a share.
struct AuthorityIndicator
{
    int number = 0;                 ///< its row in the authority's table (3 … 8)
    QString key;
    QString label;
    std::optional<int> count;
    std::optional<int> of;

    bool isKnown() const { return count.has_value() && of.has_value() && *of > 0; }
};

/**
 * The totals printed under the inventory tables of a plan (seed 002: "Tổng số phần mềm và ứng
 * dụng đang sử dụng: 19 …"), counted by the rules of docs/inventory.md:
 * - software in use = sum of the quantities of the rows "đang dùng" (two school mailboxes are 2);
 * - software missing = number of rows "còn thiếu, cần trang bị";
 * - equipment owned = units (working or broken) of the categories counted in totals, except that a
 *   room whose kind counts as a unit (computer lab, multipurpose room, studio) counts as one;
 * - equipment missing = sum of the quantities of the year's needs ("còn thiếu cần bổ sung").
 */
struct InventoryTotals
{
    int softwareInUse = 0;
    int softwareMissing = 0;
    int softwareNotNeeded = 0;
    int softwareUnset = 0;
    int equipmentOwned = 0;
    int equipmentMissing = 0;
    int unitsWorking = 0;           ///< every unit of every category, for the stocktake summary
    int unitsBroken = 0;
    int rooms = 0;
    int classrooms = 0;
    int classroomsEquipped = 0;
    int computerLabs = 0;
    int labComputers = 0;
    int labComputersWorking = 0;
    int computers = 0;              ///< computers of every kind (anti-malware indicator)
    int computersProtected = 0;
    int openRepairs = 0;
    QList<AuthorityIndicator> indicators;

    static InventoryTotals compute(const InventorySnapshot &snapshot,
                                   const InventoryCatalog &catalog = InventoryCatalog::builtIn());
    QJsonObject toJson() const;
    /// The four sentences a plan prints under its tables, numbers on two digits as in seed 002
    /// ("Tổng số phần mềm và ứng dụng đang sử dụng: 19", "… còn thiếu: 05", …).
    QStringList planLines() const;
};

} // namespace sdx
