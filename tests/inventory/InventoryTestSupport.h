#pragma once

// Small builders shared by the inventory tests: a snapshot described by short strings, so
// data tables stay readable ("tv+net" = a classroom with a working TV and Internet).

#include "common/DerivedFact.h"
#include "inventory/InventorySnapshot.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace sdx::test {

/// "a,b,c" → {"a", "b", "c"}: string lists in data tables without implicit casts.
inline QStringList words(const char *commaSeparated)
{
    return QString::fromUtf8(commaSeparated).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

inline EquipmentItem item(const QString &category, int quantity, int working)
{
    EquipmentItem result;
    result.category = category;
    result.quantity = quantity;
    result.working = working;
    return result;
}

/// "tv+net", "projector!+net" (broken), "board", "net", "" — one classroom per token.
inline Room classroom(const QString &spec, int index)
{
    Room room;
    room.name = QStringLiteral("Lớp %1").arg(index + 1);
    room.kind = QStringLiteral("classroom");
    const QStringList parts = spec.split(QLatin1Char('+'), Qt::SkipEmptyParts);
    for (QString part : parts) {
        if (part == QLatin1String("net")) {
            room.hasInternet = true;
            continue;
        }
        const bool broken = part.endsWith(QLatin1Char('!'));
        if (broken)
            part.chop(1);
        const QString category = part == QLatin1String("board") ? QStringLiteral("interactive-board") : part;
        room.equipment.append(item(category, 1, broken ? 0 : 1));
    }
    return room;
}

inline QList<Room> classrooms(const QString &specs)
{
    QList<Room> rooms;
    const QStringList tokens = specs.split(QLatin1Char(','));
    for (int i = 0; i < tokens.size(); ++i)
        rooms.append(classroom(tokens.at(i).trimmed(), i));
    return rooms;
}

/// "21/17" = a computer lab of 21 desktops, 17 working; several labs separated by ','.
inline QList<Room> labs(const QString &specs)
{
    QList<Room> rooms;
    const QStringList tokens = specs.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (int i = 0; i < tokens.size(); ++i) {
        Room room;
        room.name = QStringLiteral("Phòng tin học %1").arg(i + 1);
        room.kind = QStringLiteral("computer-lab");
        room.hasInternet = true;
        const QStringList numbers = tokens.at(i).split(QLatin1Char('/'));
        room.equipment.append(item(QStringLiteral("desktop-computer"), numbers.at(0).toInt(), numbers.at(1).toInt()));
        rooms.append(room);
    }
    return rooms;
}

inline SoftwareRow software(const QString &role, SoftwareStatus status, SoftwareGroup group = SoftwareGroup::Teaching)
{
    SoftwareRow row;
    row.role = role;
    row.group = group;
    row.name = QStringLiteral("Ứng dụng %1").arg(role);
    row.status = status;
    return row;
}

inline SoftwareStatus status(const QString &code)
{
    SoftwareStatus result = SoftwareStatus::Unset;
    SoftwareCodes::statusFromCode(code, &result);
    return result;
}

inline std::optional<DerivedFact> fact(const DerivedFacts &facts, const QString &id)
{
    for (const DerivedFact &candidate : facts) {
        if (candidate.itemId == id)
            return candidate;
    }
    return std::nullopt;
}

/// "absent", "true", "false", "2" (a number or level) or "8/15" (a share): a fact as text for tables.
inline QString factText(const DerivedFacts &facts, const QString &id)
{
    const std::optional<DerivedFact> found = fact(facts, id);
    if (!found)
        return QStringLiteral("absent");
    const QJsonValue &value = found->value;
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    const QJsonObject object = value.toObject();
    return QStringLiteral("%1/%2").arg(object.value(QStringLiteral("count")).toInt()).arg(object.value(QStringLiteral("of")).toInt());
}

} // namespace sdx::test
