#include "SummaryJson.h"

#include "ExchangeFormat.h"
#include "common/Version.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>

namespace sdx::SummaryJson {
namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject schoolToJson(const SchoolSummaryRow &row)
{
    QJsonArray groups;
    for (const SchoolGroupResult &group : row.groups)
        groups.append(QJsonObject{{QStringLiteral("id"), group.groupId},
                                  {QStringLiteral("points"), group.points},
                                  {QStringLiteral("max"), group.max},
                                  {QStringLiteral("level"), group.level},
                                  {QStringLiteral("uncappedLevel"), group.uncappedLevel},
                                  {QStringLiteral("mandatoryMet"), group.mandatoryMet}});
    QJsonObject criteria;
    for (auto it = row.criteria.constBegin(); it != row.criteria.constEnd(); ++it) {
        QJsonObject cell{{QStringLiteral("points"), it->points}, {QStringLiteral("max"), it->max},
                         {QStringLiteral("met"), it->met}};
        if (!it->mandatory)
            cell.insert(QStringLiteral("level"), it->level);
        criteria.insert(it.key(), cell);
    }
    QJsonObject indicators;
    for (auto it = row.indicators.values.constBegin(); it != row.indicators.values.constEnd(); ++it)
        indicators.insert(it.key(), double(*it));
    return QJsonObject{{QStringLiteral("code"), row.code},
                       {QStringLiteral("name"), row.name},
                       {QStringLiteral("level"), row.level},
                       {QStringLiteral("authority"), row.authority},
                       {QStringLiteral("revision"), row.revision},
                       {QStringLiteral("finalisedAt"), row.finalisedAt},
                       {QStringLiteral("groups"), groups},
                       {QStringLiteral("criteria"), criteria},
                       {QStringLiteral("unmetMandatory"), strings(row.unmetMandatory)},
                       {QStringLiteral("indicators"), indicators},
                       {QStringLiteral("evidenceCount"), row.evidenceCount}};
}

QJsonArray levelCountsToJson(const QList<GroupLevelCount> &counts)
{
    QJsonArray array;
    for (const GroupLevelCount &count : counts)
        array.append(QJsonObject{{QStringLiteral("group"), count.groupId},
                                 {QStringLiteral("title"), count.title},
                                 {QStringLiteral("level1"), count.counts[1]},
                                 {QStringLiteral("level2"), count.counts[2]},
                                 {QStringLiteral("level3"), count.counts[3]},
                                 {QStringLiteral("averagePoints"), count.averagePoints}});
    return array;
}

QJsonArray averagesToJson(const QList<CriterionAverage> &averages)
{
    QJsonArray array;
    for (const CriterionAverage &average : averages) {
        QJsonObject object{{QStringLiteral("id"), average.criterionId},
                           {QStringLiteral("group"), average.groupId},
                           {QStringLiteral("title"), average.title},
                           {QStringLiteral("max"), average.max},
                           {QStringLiteral("mandatory"), average.mandatory},
                           {QStringLiteral("schoolsMeeting"), average.schoolsMeeting}};
        object.insert(average.mandatory ? QStringLiteral("shareMeeting") : QStringLiteral("averagePoints"),
                      average.average);
        array.append(object);
    }
    return array;
}

QJsonArray indicatorsToJson(const QList<IndicatorTotal> &totals)
{
    QJsonArray array;
    for (const IndicatorTotal &total : totals) {
        QJsonObject object{{QStringLiteral("key"), total.key},
                           {QStringLiteral("label"), total.label},
                           {QStringLiteral("sum"), double(total.sum)},
                           {QStringLiteral("schoolsReporting"), total.schoolsReporting}};
        if (const std::optional<double> ratio = total.ratio()) {
            object.insert(QStringLiteral("of"), total.denominatorKey);
            object.insert(QStringLiteral("ratio"), *ratio);
        }
        array.append(object);
    }
    return array;
}

QJsonArray entriesToJson(const QList<ImportReport::Entry> &entries)
{
    QJsonArray array;
    for (const ImportReport::Entry &entry : entries) {
        QJsonObject object{{QStringLiteral("file"), QDir::toNativeSeparators(entry.path)},
                           {QStringLiteral("reason"), entry.message}};
        if (!entry.schoolCode.isEmpty()) {
            object.insert(QStringLiteral("schoolCode"), entry.schoolCode);
            object.insert(QStringLiteral("schoolName"), entry.schoolName);
            object.insert(QStringLiteral("schoolYear"), entry.schoolYear);
            object.insert(QStringLiteral("revision"), entry.revision);
        }
        array.append(object);
    }
    return array;
}

} // namespace

QJsonObject summaryToJson(const ReceivedSummary &summary)
{
    QJsonArray schools;
    for (const SchoolSummaryRow &row : summary.schools)
        schools.append(schoolToJson(row));
    QJsonArray misses;
    for (const MandatoryMiss &miss : summary.mandatoryMisses)
        misses.append(QJsonObject{{QStringLiteral("code"), miss.code},
                                  {QStringLiteral("name"), miss.name},
                                  {QStringLiteral("criteria"), strings(miss.criteria)}});
    return QJsonObject{{QStringLiteral("schoolYear"), summary.schoolYear},
                       {QStringLiteral("index"), summary.indexId},
                       {QStringLiteral("indexVersion"), summary.indexVersion},
                       {QStringLiteral("schoolCount"), int(summary.schools.size())},
                       {QStringLiteral("schools"), schools},
                       {QStringLiteral("levelCounts"), levelCountsToJson(summary.levelCounts)},
                       {QStringLiteral("criterionAverages"), averagesToJson(summary.criterionAverages)},
                       {QStringLiteral("criteriaNoSchoolMeets"), strings(summary.criteriaNoSchoolMeets)},
                       {QStringLiteral("itemsNoSchoolMeets"), strings(summary.itemsNoSchoolMeets)},
                       {QStringLiteral("schoolsMissingMandatory"), misses},
                       {QStringLiteral("indicators"), indicatorsToJson(summary.indicators)}};
}

QJsonObject toJson(const QList<ReceivedSummary> &summaries, const ImportReport &report)
{
    QJsonArray list;
    for (const ReceivedSummary &summary : summaries)
        list.append(summaryToJson(summary));
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("schooldx-summary")},
                       {QStringLiteral("formatVersion"), 1},
                       {QStringLiteral("generatedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                       {QStringLiteral("software"), QString(QStringLiteral("SchoolDX ") + Version::text())},
                       {QStringLiteral("filesRead"), report.total},
                       {QStringLiteral("summaries"), list},
                       {QStringLiteral("accepted"), entriesToJson(report.accepted)},
                       {QStringLiteral("rejected"), entriesToJson(report.rejected)},
                       {QStringLiteral("superseded"), entriesToJson(report.superseded)}};
}

} // namespace sdx::SummaryJson
