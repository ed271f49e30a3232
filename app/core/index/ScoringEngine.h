#pragma once

#include "Facts.h"
#include "IndexDefinition.h"
#include "ScoreReport.h"

namespace sdx {

/**
 * The scoring: a pure function of the index, the facts and the manual adjustments (no database,
 * no widgets, no clock), cheap enough to run on every keystroke.
 *
 * Each item gets its rule's points (the maximum of the tier reached), or less when a manual
 * adjustment with a reason lowers it; criteria and groups sum their items and get a level from
 * their bands; a group whose mandatory conditions are not all "có" is capped (if the index version
 * says so) with the uncapped level kept beside it. Missing facts are "not answered" and score 0;
 * refused facts and adjustments are listed in ScoreReport::errors and score 0, never guessed.
 */
ScoreReport score(const IndexDefinition &index, const Facts &facts, const Adjustments &adjustments = {});

namespace ScoringText {
/// The range of a level in words: "dưới 50 điểm", "từ 50 đến 75 điểm", "trên 75 điểm".
QString levelRange(const QList<LevelBand> &bands, int level);
} // namespace ScoringText

} // namespace sdx
