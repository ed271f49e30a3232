#include "Improvements.h"

#include "ItemRules.h"
#include "Points.h"
#include "ScoringEngine.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::Improvements)
};

struct Step
{
    double gain = 0;
    QString target;
};

/// The first tier worth more than what the item scores now, and the top tier.
struct TierSteps
{
    Step next;
    Step full;
};

QString tierTarget(const IndexItem &item, const ItemScore &score, const Tier &tier)
{
    switch (item.input) {
    case InputType::Count:
        return Text::tr("ít nhất %1 %2 (%3)").arg(tier.from).arg(item.unit, tier.label);
    case InputType::Share:
        if (score.answered) {
            const ShareValue share = ItemRules::share(score.fact.value);
            return Text::tr("ít nhất %1/%2 (%3)").arg(ItemRules::minimumCount(tier, share.of)).arg(share.of).arg(tier.label);
        }
        return tier.label;
    case InputType::Level:
        return tier.label;
    case InputType::YesNo:
        break;
    }
    return QString();
}

TierSteps tierSteps(const IndexItem &item, const ItemScore &score)
{
    TierSteps steps;
    const Tier *next = nullptr;
    for (const Tier &tier : item.tiers) {
        if (Points::compare(tier.points, score.rulePoints) > 0) {
            next = &tier;
            break;
        }
    }
    const Tier &top = item.tiers.constLast();
    if (next)
        steps.next = {Points::normalized(next->points - score.points), tierTarget(item, score, *next)};
    steps.full = {Points::normalized(top.points - score.points), tierTarget(item, score, top)};
    return steps;
}

/// The group's level if it gained `gain` points and, when `meetsMandatory`, its last unmet condition.
int levelAfter(const IndexDefinition &index, const Group &group, const GroupScore &score, double gain,
               bool meetsMandatory)
{
    const int uncapped = ItemRules::levelFor(group.levels, score.points + gain);
    const bool mandatoryMet = score.mandatoryMet || (meetsMandatory && score.unmetMandatory.size() == 1);
    if (!mandatoryMet && index.mandatoryCap.enabled)
        return qMin(uncapped, index.mandatoryCap.level);
    return uncapped;
}

/// What switching a prerequisite (1.3.2) on would add at once: its dependents already answered "có".
double unlockedPoints(const IndexDefinition &index, const ScoreReport &report, const QString &itemId)
{
    qint64 sum = 0;
    for (const IndexItem *dependent : index.dependentsOf(itemId)) {
        const ItemScore *score = report.item(dependent->id);
        if (score && score->answered && ItemRules::isYes(score->fact.value))
            sum += Points::toHundredths(dependent->max);
    }
    return Points::fromHundredths(sum);
}

QString summaryLine(const Improvement &improvement, const IndexDefinition &index)
{
    if (improvement.mandatory)
        return Text::tr("%1: đáp ứng điều kiện bắt buộc → nhóm %2 được xếp %3")
            .arg(improvement.itemId, improvement.groupId, index.levelShortName(improvement.groupLevelAfterFull));
    QString line;
    if (Points::compare(improvement.nextGain, improvement.fullGain) != 0)
        line = Text::tr("%1: +%2 điểm khi đạt %3; +%4 điểm khi đạt %5")
                   .arg(improvement.itemId, Points::format(improvement.nextGain), improvement.nextTarget,
                        Points::format(improvement.fullGain), improvement.fullTarget);
    else if (!improvement.fullTarget.isEmpty())
        line = Text::tr("%1: +%2 điểm khi đạt %3")
                   .arg(improvement.itemId, Points::format(improvement.fullGain), improvement.fullTarget);
    else
        line = Text::tr("%1: +%2 điểm").arg(improvement.itemId, Points::format(improvement.fullGain));
    line += Text::tr(" → nhóm %1: %2 điểm, %3")
                .arg(improvement.groupId, Points::format(improvement.groupPointsAfterFull),
                     index.levelShortName(improvement.groupLevelAfterFull));
    if (!improvement.prerequisite.isEmpty())
        line += Text::tr(" (cần làm %1 trước)").arg(improvement.prerequisite);
    return line;
}

std::optional<Improvement> improvementFor(const IndexDefinition &index, const ScoreReport &report,
                                          const IndexItem &item, const GroupScore &groupScore)
{
    const ItemScore *score = report.item(item.id);
    if (!score || score->invalid)
        return std::nullopt;
    Improvement improvement;
    improvement.itemId = item.id;
    improvement.criterionId = item.criterionId;
    improvement.groupId = item.groupId;
    improvement.cost = item.actionCost;
    improvement.guidance = item.guidance;
    improvement.currentPoints = score->points;
    improvement.groupLevelNow = groupScore.level;
    if (item.mandatory) {
        if (score->answered && ItemRules::isYes(score->fact.value))
            return std::nullopt;
        improvement.mandatory = true;
    } else if (Points::compare(item.max, 0) == 0) {
        // A prerequisite with no points of its own is worth what it unlocks.
        if (score->answered && ItemRules::isYes(score->fact.value))
            return std::nullopt;
        improvement.fullGain = improvement.nextGain = unlockedPoints(index, report, item.id);
        if (Points::compare(improvement.fullGain, 0) <= 0)
            return std::nullopt;
    } else if (item.input == InputType::YesNo) {
        if (score->counted && Points::compare(score->rulePoints, item.max) >= 0)
            return std::nullopt;
        improvement.fullGain = improvement.nextGain = Points::normalized(item.max - score->points);
        if (!score->counted)
            improvement.prerequisite = item.prerequisite;
    } else {
        if (Points::compare(score->rulePoints, item.max) >= 0)
            return std::nullopt;
        const TierSteps steps = tierSteps(item, *score);
        improvement.nextGain = steps.next.gain;
        improvement.nextTarget = steps.next.target;
        improvement.fullGain = steps.full.gain;
        improvement.fullTarget = steps.full.target;
    }
    const Group &group = *index.group(item.groupId);
    improvement.groupPointsAfterNext = Points::normalized(groupScore.points + improvement.nextGain);
    improvement.groupLevelAfterNext = levelAfter(index, group, groupScore, improvement.nextGain, improvement.mandatory);
    improvement.groupPointsAfterFull = Points::normalized(groupScore.points + improvement.fullGain);
    improvement.groupLevelAfterFull = levelAfter(index, group, groupScore, improvement.fullGain, improvement.mandatory);
    improvement.summary = summaryLine(improvement, index);
    return improvement;
}

LevelLift liftFor(const IndexDefinition &index, const Group &group, const GroupScore &score,
                  const QList<Improvement> &ordered)
{
    LevelLift lift;
    lift.groupId = group.id;
    lift.currentLevel = score.level;
    lift.targetLevel = score.uncappedLevel + 1;
    lift.mandatoryFirst = score.mandatoryMet ? QStringList() : score.unmetMandatory;
    const LevelBand *band = nullptr;
    for (const LevelBand &candidate : group.levels) {
        if (candidate.level == lift.targetLevel)
            band = &candidate;
    }
    QStringList parts;
    if (score.capped)
        parts << Text::tr("Nhóm %1 đang bị xếp %2 vì chưa đạt điều kiện bắt buộc %3; đạt các điều kiện này thì nhóm được %4 "
                    "theo điểm (%5 điểm).")
                     .arg(group.id, index.levelShortName(score.level), lift.mandatoryFirst.join(QStringLiteral(", ")),
                          index.levelShortName(score.uncappedLevel), Points::format(score.points));
    else if (!lift.mandatoryFirst.isEmpty())
        parts << Text::tr("Nhóm %1 cần đạt điều kiện bắt buộc %2 trước.")
                     .arg(group.id, lift.mandatoryFirst.join(QStringLiteral(", ")));
    if (!band) {
        lift.targetLevel = score.uncappedLevel;
        lift.reachable = lift.mandatoryFirst.isEmpty();
        if (lift.mandatoryFirst.isEmpty())
            parts << Text::tr("Nhóm %1 đã ở mức cao nhất theo điểm.").arg(group.id);
        lift.text = parts.join(QLatin1Char(' '));
        return lift;
    }
    lift.strictlyMore = !band->inclusive;
    lift.pointsNeeded = Points::normalized(band->from - score.points);
    const qint64 needed = Points::toHundredths(lift.pointsNeeded);
    qint64 gained = 0;
    QStringList chosen;
    for (const Improvement &improvement : ordered) {
        if (improvement.groupId != group.id || improvement.mandatory || improvement.fullGain <= 0)
            continue;
        if (lift.strictlyMore ? gained > needed : gained >= needed)
            break;
        gained += Points::toHundredths(improvement.fullGain);
        lift.itemIds << improvement.itemId;
        chosen << (improvement.prerequisite.isEmpty()
                       ? Text::tr("%1 (+%2)").arg(improvement.itemId, Points::format(improvement.fullGain))
                       : Text::tr("%1 (+%2, cần %3 trước)")
                             .arg(improvement.itemId, Points::format(improvement.fullGain), improvement.prerequisite));
    }
    lift.reachable = lift.strictlyMore ? gained > needed : gained >= needed;
    const QString need = lift.strictlyMore ? Text::tr("hơn %1 điểm").arg(Points::format(lift.pointsNeeded))
                                           : Text::tr("ít nhất %1 điểm").arg(Points::format(lift.pointsNeeded));
    parts << Text::tr("Để nhóm %1 đạt %2 (%3) cần thêm %4 (hiện có %5/%6).")
                 .arg(group.id, index.levelShortName(lift.targetLevel),
                      ScoringText::levelRange(group.levels, lift.targetLevel), need, Points::format(score.points),
                      Points::format(score.max));
    parts << (lift.reachable ? Text::tr("Cách ít tốn kém nhất: %1.").arg(chosen.join(QStringLiteral(", ")))
                             : Text::tr("Các mục còn lại không đủ điểm để đạt mức này."));
    lift.text = parts.join(QLatin1Char(' '));
    return lift;
}

} // namespace

QList<Improvement> ImprovementPlan::forGroup(const QString &groupId) const
{
    QList<Improvement> result;
    for (const Improvement &improvement : improvements) {
        if (improvement.groupId == groupId)
            result.append(improvement);
    }
    return result;
}

ImprovementPlan planImprovements(const IndexDefinition &index, const ScoreReport &report)
{
    ImprovementPlan plan;
    QHash<QString, int> order;
    for (const IndexItem *item : index.items()) {
        order.insert(item->id, int(order.size()));
        const GroupScore *groupScore = report.group(item->groupId);
        if (!groupScore)
            continue;
        if (std::optional<Improvement> improvement = improvementFor(index, report, *item, *groupScore))
            plan.improvements.append(*improvement);
    }
    std::stable_sort(plan.improvements.begin(), plan.improvements.end(),
                     [&order](const Improvement &a, const Improvement &b) {
                         if (a.cost != b.cost)
                             return int(a.cost) < int(b.cost);
                         if (a.mandatory != b.mandatory)
                             return a.mandatory;
                         if (const int byGain = Points::compare(a.fullGain, b.fullGain); byGain != 0)
                             return byGain > 0;
                         return order.value(a.itemId) < order.value(b.itemId);
                     });
    for (const Group &group : index.groups) {
        const GroupScore *score = report.group(group.id);
        const int topLevel = group.levels.isEmpty() ? 1 : group.levels.constLast().level;
        if (score && (score->uncappedLevel < topLevel || !score->mandatoryMet))
            plan.lifts.append(liftFor(index, group, *score, plan.improvements));
    }
    return plan;
}

} // namespace sdx
