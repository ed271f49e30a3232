#pragma once

#include "PeopleCounts.h"
#include "Room.h"
#include "SoftwareRow.h"

#include <QList>
#include <QString>

namespace sdx {

/// Something the school lacks and needs ("còn thiếu cần bổ sung"): a category or a kind of room.
struct EquipmentNeed
{
    qint64 id = 0;
    QString key;             ///< an equipment category key or a room kind key
    int quantity = 1;
    QString note;

    bool operator==(const EquipmentNeed &other) const;
};

/**
 * Everything the inventory holds for one year, as plain values. Derivation and totals are pure
 * functions of this: no database, so they are tested by tables and run on every edit.
 */
struct InventorySnapshot
{
    QString yearName;        ///< "2022-2023"
    QList<SoftwareRow> software;
    QList<Room> rooms;
    PeopleCounts people;
    QList<EquipmentNeed> needs;

    bool operator==(const InventorySnapshot &other) const;
    const Room *findRoom(const QString &name) const;
    const Room *findRoom(qint64 id) const;
    /// The rows of a role, in register order.
    QList<const SoftwareRow *> rowsWithRole(const QString &role) const;
};

} // namespace sdx
