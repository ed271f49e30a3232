#pragma once

#include "common/DerivedFact.h"

#include <QDateTime>
#include <QJsonValue>
#include <QMap>
#include <QString>

namespace sdx {

/// Where the value of a fact comes from, for the checklist's "nguồn" column and the reports.
enum class FactSource {
    Entered,     ///< typed in the checklist or read from a facts file
    Derived,     ///< computed from the inventory
    Overridden,  ///< typed over a derived value: the typed value wins, the derived one is kept
};

/**
 * One answer of the index in its JSON shape: true/false, a count, {"count": n, "of": m}, or a
 * level. JSON null means "not answered".
 */
struct Fact
{
    QJsonValue value;
    FactSource source = FactSource::Entered;
    QString provenance;         ///< one Vietnamese line: "từ kiểm kê: …", "nhập tay bởi …"
    QString by;                 ///< who typed it (Entered, Overridden)
    QDateTime at;               ///< when it was typed (UTC), when known: an override shows "by whom and when"
    QJsonValue derivedValue;    ///< Overridden: the inventory's value that was replaced
    QString derivedProvenance;  ///< Overridden: where that value came from
};

/// Facts by item id ("1.6.1").
using Facts = QMap<QString, Fact>;

/// A manual LOWER score within the tier's maximum, with the written reason required by review.
struct Adjustment
{
    double points = 0;
    QString reason;
    QString by;
};

using Adjustments = QMap<QString, Adjustment>;

namespace FactSources {
QString code(FactSource source);  ///< "entered", "derived", "overridden"
} // namespace FactSources

/// An entered fact with its provenance line ("nhập tay bởi <by>").
Fact enteredFact(const QJsonValue &value, const QString &by = QString());

/**
 * Derived facts first, then what the user typed on top: a typed value overrides the derived one
 * and says so ("nhập tay, ghi đè số liệu kiểm kê bởi <user>"), keeping the derived value beside it.
 * Null entered values do not override (they mean "not answered").
 */
Facts mergeFacts(const DerivedFacts &derived, const Facts &entered);

} // namespace sdx
