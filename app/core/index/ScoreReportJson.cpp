#include "ScoreReportJson.h"

#include "Points.h"

#include <QJsonArray>

namespace sdx::ScoreReportJson {
namespace {

QJsonValue points(double value)
{
    // Whole numbers print as 32, not 32.0; decimals keep their hundredths.
    const qint64 hundredths = Points::toHundredths(value);
    if (hundredths % 100 == 0)
        return QJsonValue(qint64(hundredths / 100));
    return QJsonValue(Points::fromHundredths(hundredths));
}

QJsonObject itemJson(const ItemScore &item)
{
    QJsonObject object{{QStringLiteral("id"), item.id},
                       {QStringLiteral("points"), points(item.points)},
                       {QStringLiteral("max"), points(item.max)},
                       {QStringLiteral("answered"), item.answered},
                       {QStringLiteral("explanation"), item.explanation}};
    if (item.answered || item.invalid) {
        object.insert(QStringLiteral("value"), item.fact.value);
        object.insert(QStringLiteral("source"), FactSources::code(item.fact.source));
    }
    if (!item.counted)
        object.insert(QStringLiteral("counted"), false);
    if (item.invalid)
        object.insert(QStringLiteral("invalid"), true);
    if (item.adjusted)
        object.insert(QStringLiteral("adjusted"), QJsonObject{{QStringLiteral("rulePoints"), points(item.rulePoints)},
                                                              {QStringLiteral("reason"), item.adjustment.reason},
                                                              {QStringLiteral("by"), item.adjustment.by}});
    return object;
}

QJsonObject criterionJson(const CriterionScore &criterion)
{
    QJsonArray items;
    for (const ItemScore &item : criterion.items)
        items.append(itemJson(item));
    QJsonObject object{{QStringLiteral("id"), criterion.id},
                       {QStringLiteral("points"), points(criterion.points)},
                       {QStringLiteral("max"), points(criterion.max)},
                       {QStringLiteral("level"), criterion.mandatory ? QJsonValue() : QJsonValue(criterion.level)},
                       {QStringLiteral("explanation"), criterion.explanation},
                       {QStringLiteral("items"), items}};
    if (criterion.mandatory) {
        object.insert(QStringLiteral("mandatory"), true);
        object.insert(QStringLiteral("met"), criterion.met);
    }
    return object;
}

QJsonObject groupJson(const GroupScore &group)
{
    QJsonArray criteria;
    for (const CriterionScore &criterion : group.criteria)
        criteria.append(criterionJson(criterion));
    return QJsonObject{{QStringLiteral("id"), group.id},
                       {QStringLiteral("title"), group.title},
                       {QStringLiteral("points"), points(group.points)},
                       {QStringLiteral("max"), points(group.max)},
                       {QStringLiteral("level"), group.level},
                       {QStringLiteral("uncappedLevel"), group.uncappedLevel},
                       {QStringLiteral("mandatoryMet"), group.mandatoryMet},
                       {QStringLiteral("capped"), group.capped},
                       {QStringLiteral("unmetMandatory"), QJsonArray::fromStringList(group.unmetMandatory)},
                       {QStringLiteral("answered"), group.answered},
                       {QStringLiteral("total"), group.total},
                       {QStringLiteral("explanation"), group.explanation},
                       {QStringLiteral("criteria"), criteria}};
}

} // namespace

QJsonObject toJson(const ScoreReport &report)
{
    QJsonArray groups;
    for (const GroupScore &group : report.groups)
        groups.append(groupJson(group));
    QJsonArray errors;
    for (const InputError &error : report.errors)
        errors.append(QJsonObject{{QStringLiteral("item"), error.itemId}, {QStringLiteral("message"), error.message}});
    QJsonObject object{{QStringLiteral("index"), report.indexId},
                       {QStringLiteral("indexVersion"), report.indexVersion},
                       {QStringLiteral("valid"), report.isValid()},
                       {QStringLiteral("groups"), groups},
                       {QStringLiteral("unanswered"), QJsonArray::fromStringList(report.unansweredItems())}};
    if (!errors.isEmpty())
        object.insert(QStringLiteral("errors"), errors);
    return object;
}

QJsonObject toJson(const ImprovementPlan &plan)
{
    QJsonArray improvements;
    for (const Improvement &improvement : plan.improvements) {
        QJsonObject object{{QStringLiteral("item"), improvement.itemId},
                           {QStringLiteral("group"), improvement.groupId},
                           {QStringLiteral("cost"), ActionCosts::code(improvement.cost)},
                           {QStringLiteral("mandatory"), improvement.mandatory},
                           {QStringLiteral("nextGain"), points(improvement.nextGain)},
                           {QStringLiteral("fullGain"), points(improvement.fullGain)},
                           {QStringLiteral("groupPointsAfterFull"), points(improvement.groupPointsAfterFull)},
                           {QStringLiteral("groupLevelAfterFull"), improvement.groupLevelAfterFull},
                           {QStringLiteral("summary"), improvement.summary}};
        if (!improvement.nextTarget.isEmpty())
            object.insert(QStringLiteral("nextTarget"), improvement.nextTarget);
        if (!improvement.fullTarget.isEmpty())
            object.insert(QStringLiteral("fullTarget"), improvement.fullTarget);
        if (!improvement.prerequisite.isEmpty())
            object.insert(QStringLiteral("prerequisite"), improvement.prerequisite);
        improvements.append(object);
    }
    QJsonArray lifts;
    for (const LevelLift &lift : plan.lifts)
        lifts.append(QJsonObject{{QStringLiteral("group"), lift.groupId},
                                 {QStringLiteral("currentLevel"), lift.currentLevel},
                                 {QStringLiteral("targetLevel"), lift.targetLevel},
                                 {QStringLiteral("pointsNeeded"), points(lift.pointsNeeded)},
                                 {QStringLiteral("strictlyMore"), lift.strictlyMore},
                                 {QStringLiteral("mandatoryFirst"), QJsonArray::fromStringList(lift.mandatoryFirst)},
                                 {QStringLiteral("items"), QJsonArray::fromStringList(lift.itemIds)},
                                 {QStringLiteral("reachable"), lift.reachable},
                                 {QStringLiteral("text"), lift.text}});
    return QJsonObject{{QStringLiteral("improvements"), improvements}, {QStringLiteral("lifts"), lifts}};
}

} // namespace sdx::ScoreReportJson
