#pragma once

#include "IndexDefinition.h"

#include <QJsonValue>

#include <optional>

namespace sdx {

/// {"count": n, "of": m}, read only after ItemRules::check() accepted it.
struct ShareValue
{
    qint64 count = 0;
    qint64 of = 0;
};

/**
 * The rules that turn one answer into a tier: exact integer comparisons (100·count against
 * from·of), so 30/100 is exactly 30% and never 29.999…%.
 */
namespace ItemRules {

/// Empty when `value` is a valid answer to `item`; otherwise a Vietnamese sentence naming the item,
/// what was expected and what was received.
QString check(const IndexItem &item, const QJsonValue &value);

bool isYes(const QJsonValue &value);
ShareValue share(const QJsonValue &value);
qint64 count(const QJsonValue &value);

/// Whether a share reaches a tier's lower edge.
bool reaches(const Tier &tier, const ShareValue &value);
/// Whether a count or level reaches a tier's lower edge.
bool reaches(const Tier &tier, qint64 value);
/// The highest tier the (valid) value reaches, or -1.
int tierIndex(const IndexItem &item, const QJsonValue &value);
/// The smallest count out of `of` that reaches `tier`.
qint64 minimumCount(const Tier &tier, qint64 of);

/// The level a total reaches: 1 below the first band.
int levelFor(const QList<LevelBand> &bands, double points);

/// The answer as a person reads it: "có", "25 học liệu", "53,3% (8/15)", "Mức độ 2".
QString describe(const IndexItem &item, const QJsonValue &value);
/// "53,3%": a share as a percentage with at most one decimal.
QString percentText(const ShareValue &value);

} // namespace ItemRules
} // namespace sdx
