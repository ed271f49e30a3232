#pragma once

#include "Improvements.h"
#include "ScoreReport.h"

#include <QJsonObject>

namespace sdx {

/**
 * The JSON form of a score report printed by `schooldx-cli score` (docs/cli.md): groups, criteria
 * and items with points as JSON numbers, levels after the cap beside the uncapped ones.
 */
namespace ScoreReportJson {

QJsonObject toJson(const ScoreReport &report);
QJsonObject toJson(const ImprovementPlan &plan);

} // namespace ScoreReportJson
} // namespace sdx
