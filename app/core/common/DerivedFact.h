#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace sdx {

/**
 * A fact of the index computed from the school's data rather than typed by the user, with where it
 * came from, so the checklist can show "từ kiểm kê: 11/21 phòng học có máy chiếu và Internet".
 *
 * `value` has the same JSON shape as a fact typed in the checklist or read from a facts file:
 * true/false for yes/no items, a number for counts, {"count": n, "of": m} for shares, 1–3 for levels.
 */
struct DerivedFact
{
    QString itemId;      ///< index item id: "1.7.1", "2.3.2", …
    QJsonValue value;
    QString provenance;  ///< one Vietnamese line naming the data it was computed from
};

using DerivedFacts = QList<DerivedFact>;

} // namespace sdx
