#pragma once

#include "IndexDefinition.h"
#include "ScoreReport.h"

#include <QList>
#include <QString>

namespace sdx {

/// One value of the index that SchoolDX had to interpret (flagged `unverified` in the data).
struct IndexReading
{
    QString subject;       ///< what it is about: "Mục 1.3.3.1", "Bậc \"từ 40 trở lên\" của mục 1.4"
    QString note;          ///< the reading chosen, from the index file
    bool applies = false;  ///< the current score falls in it: the tier reached, the criterion's band, the cap
};

/**
 * The readings that matter for one item, so the checklist can show "Cách hiểu của SchoolDX: …"
 * beside the answer: the item's own flag, its criterion's, the flagged tiers of its scale, the
 * flagged level bands of its criterion and, for a mandatory condition, the cap. `report` tells which
 * tier, band or cap the current score falls in (an item's own flag may concern only its wording, so
 * it is never marked).
 */
QList<IndexReading> readingsForItem(const IndexDefinition &index, const ScoreReport &report, const QString &itemId);

} // namespace sdx
