#include "IndexReadings.h"

#include "Points.h"

#include <QCoreApplication>

namespace sdx {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::IndexReadings)
};

/// Whether a criterion's total reaches the band (the same test as the scoring: from < x, or ≤).
bool reachesBand(const LevelBand &band, double points)
{
    const int order = Points::compare(points, band.from);
    return band.inclusive ? order >= 0 : order > 0;
}

} // namespace

QList<IndexReading> readingsForItem(const IndexDefinition &index, const ScoreReport &report, const QString &itemId)
{
    QList<IndexReading> readings;
    const IndexItem *item = index.item(itemId);
    if (!item)
        return readings;
    const ItemScore *score = report.item(itemId);
    const bool answered = score && score->answered;
    // An item's own flag may be about its wording or its points; it is shown, never marked as applied.
    if (item->check.unverified)
        readings << IndexReading{Text::tr("Mục %1").arg(item->id), item->check.note, false};
    const Criterion *criterion = index.criterion(item->criterionId);
    if (criterion && criterion->check.unverified && criterion->id != item->id)
        readings << IndexReading{Text::tr("Tiêu chí %1").arg(criterion->id), criterion->check.note, false};
    for (int i = 0; i < item->tiers.size(); ++i) {
        const Tier &tier = item->tiers.at(i);
        if (tier.check.unverified)
            readings << IndexReading{Text::tr("Bậc \"%1\" của mục %2").arg(tier.label, item->id), tier.check.note,
                                     answered && score->tierIndex == i};
    }
    if (criterion && !criterion->mandatory) {
        const CriterionScore *criterionScore = report.criterion(criterion->id);
        for (const LevelBand &band : criterion->levels) {
            if (!band.check.unverified)
                continue;
            // The band matters when the criterion's total sits in it.
            const bool applies = criterionScore && criterionScore->level == band.level
                                 && reachesBand(band, criterionScore->points);
            readings << IndexReading{Text::tr("%1 của tiêu chí %2").arg(index.levelShortName(band.level), criterion->id),
                                     band.check.note, applies};
        }
    }
    if (item->mandatory && index.mandatoryCap.enabled && index.mandatoryCap.check.unverified) {
        const GroupScore *group = report.group(item->groupId);
        readings << IndexReading{Text::tr("Điều kiện bắt buộc chưa đạt"), index.mandatoryCap.check.note,
                                 group && group->unmetMandatory.contains(criterion ? criterion->id : item->id)};
    }
    return readings;
}

} // namespace sdx
