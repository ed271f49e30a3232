#pragma once

#include "DocumentInput.h"
#include "common/Status.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sdx {

class Database;
class InventoryCatalog;
struct InventorySnapshot;
struct InventoryTotals;

/// One room of the annex's room list, as printed.
struct InventoryAnnexRoom
{
    QString name;             ///< "Phòng tin học"
    QString kindLabel;        ///< "Phòng tin học (phòng máy tính)"
    bool internet = false;
    QStringList equipment;    ///< one line per category: "Máy tính để bàn: 21 (17 hoạt động, 4 hỏng)"
};

/// One equipment category of the totals table.
struct InventoryAnnexCategory
{
    QString label;            ///< "Máy tính để bàn"
    int total = 0;
    int working = 0;
    int broken = 0;
    int protectedCount = -1;  ///< computers with anti-malware software; < 0 for a category that is not a computer
};

/// What the inventory annex prints: plain values, filled by InventoryAnnexAssembler or by tests.
struct InventoryAnnexInput
{
    SchoolIdentity school;
    QString yearName;                        ///< "2022 - 2023"
    DocumentMeta meta;                       ///< number and date (usually blank: the annex goes with a plan)
    QList<InventoryAnnexRoom> rooms;
    QList<InventoryAnnexCategory> categories;
    DocumentInventoryTotals totals;          ///< the four totals of seed 002 (InventoryTotals)
};

/**
 * Fills an InventoryAnnexInput from a year's inventory: rooms in register order with their
 * equipment summed per category, the categories in catalog order (only those the school holds).
 */
namespace InventoryAnnexAssembler {

InventoryAnnexInput fromInventory(const SchoolIdentity &school, const QString &yearName,
                                  const InventorySnapshot &snapshot, const InventoryTotals &totals,
                                  const InventoryCatalog &catalog);
/// From the store: the school's profile and the year's inventory; refuses a database without a school.
Expected<InventoryAnnexInput> fromStore(Database &database, qint64 yearId);

/// "Máy tính để bàn: 21 (17 hoạt động, 4 hỏng)", "Máy chiếu: 1".
QString equipmentLine(const QString &label, int total, int working);

} // namespace InventoryAnnexAssembler
} // namespace sdx
