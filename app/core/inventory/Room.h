#pragma once

#include "EquipmentItem.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sdx {

/// A room of the school with the equipment it holds.
struct Room
{
    qint64 id = 0;
    QString name;            ///< "Lớp 1A", "Phòng tin học"
    QString kind;            ///< catalog key: "classroom", "computer-lab", "studio"…
    bool hasInternet = false;
    QDate checkedOn;         ///< date of the last room-by-room stocktake; invalid if never
    QString note;
    QList<EquipmentItem> equipment;

    bool operator==(const Room &other) const;
    /// Units of a category in this room, working or all.
    int count(const QString &category) const;
    int workingCount(const QString &category) const;
};

} // namespace sdx
