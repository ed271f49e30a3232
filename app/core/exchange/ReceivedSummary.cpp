#include "ReceivedSummary.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace sdx {
namespace {

QJsonObject findById(const QJsonArray &array, const QString &id)
{
    for (const QJsonValue &value : array) {
        if (value.toObject().value(QLatin1String("id")).toString() == id)
            return value.toObject();
    }
    return QJsonObject();
}

bool factIsYes(const ExchangeDocument &document, const QString &itemId)
{
    const auto it = document.assessment.facts.constFind(itemId);
    return it != document.assessment.facts.constEnd() && it->value.toBool();
}

/// A mandatory criterion is met when the score says so, or else when all its yes/no facts are "có".
bool mandatoryMet(const ExchangeDocument &document, const IndexOutline::Criterion &criterion,
                  const QJsonObject &scored)
{
    if (scored.contains(QLatin1String("met")))
        return scored.value(QLatin1String("met")).toBool();
    if (criterion.items.isEmpty())
        return factIsYes(document, criterion.id);
    return std::all_of(criterion.items.cbegin(), criterion.items.cend(),
                       [&](const IndexOutline::Item &item) { return factIsYes(document, item.id); });
}

SchoolSummaryRow rowFor(const SummaryBuilder::Input &input, const IndexOutline &outline)
{
    const ExchangeDocument &document = input.document;
    SchoolSummaryRow row;
    row.recordId = input.recordId;
    row.code = document.school.code;
    row.name = document.school.name;
    row.level = document.school.level;
    row.authority = document.school.authority;
    row.place = document.school.place;
    row.revision = document.revision;
    row.finalisedAt = document.finalisedAt.toUTC().toString(Qt::ISODate);
    row.indicators = document.indicators;
    row.evidenceCount = document.assessment.evidenceCount();
    const QJsonArray groups = document.score.value(QLatin1String("groups")).toArray();
    for (const IndexOutline::Group &group : outline.groups) {
        const QJsonObject scoredGroup = findById(groups, group.id);
        SchoolGroupResult result{group.id,
                                 scoredGroup.value(QLatin1String("points")).toDouble(),
                                 scoredGroup.value(QLatin1String("max")).toDouble(group.max),
                                 scoredGroup.value(QLatin1String("level")).toInt(1),
                                 scoredGroup.value(QLatin1String("uncappedLevel"))
                                     .toInt(scoredGroup.value(QLatin1String("level")).toInt(1)),
                                 scoredGroup.value(QLatin1String("mandatoryMet")).toBool(true)};
        row.groups.append(result);
        const QJsonArray criteria = scoredGroup.value(QLatin1String("criteria")).toArray();
        for (const IndexOutline::Criterion &criterion : group.criteria) {
            const QJsonObject scored = findById(criteria, criterion.id);
            SchoolCriterionResult cell;
            cell.points = scored.value(QLatin1String("points")).toDouble();
            cell.max = scored.value(QLatin1String("max")).toDouble(criterion.max);
            cell.level = scored.value(QLatin1String("level")).toInt();
            cell.mandatory = criterion.mandatory;
            cell.met = criterion.mandatory ? mandatoryMet(document, criterion, scored) : cell.points > 0;
            if (criterion.mandatory && !cell.met)
                row.unmetMandatory << criterion.id;
            row.criteria.insert(criterion.id, cell);
        }
    }
    return row;
}

double itemPoints(const ExchangeDocument &document, const QString &groupId, const QString &criterionId,
                  const QString &itemId)
{
    const QJsonObject group = findById(document.score.value(QLatin1String("groups")).toArray(), groupId);
    const QJsonObject criterion = findById(group.value(QLatin1String("criteria")).toArray(), criterionId);
    return findById(criterion.value(QLatin1String("items")).toArray(), itemId).value(QLatin1String("points")).toDouble();
}

void addStatistics(ReceivedSummary &summary, const QList<SummaryBuilder::Input> &inputs)
{
    const double schools = double(summary.schools.size());
    for (const IndexOutline::Group &group : summary.outline.groups) {
        GroupLevelCount count;
        count.groupId = group.id;
        count.title = group.title;
        double total = 0;
        for (const SchoolSummaryRow &row : summary.schools) {
            if (const SchoolGroupResult *result = row.group(group.id)) {
                count.counts[qBound(1, result->level, 3)] += 1;
                total += result->points;
            }
        }
        count.averagePoints = schools > 0 ? total / schools : 0;
        summary.levelCounts.append(count);
        for (const IndexOutline::Criterion &criterion : group.criteria) {
            CriterionAverage average{criterion.id, group.id, criterion.title, criterion.max, criterion.mandatory, 0, 0};
            double sum = 0;
            for (const SchoolSummaryRow &row : summary.schools) {
                const SchoolCriterionResult cell = row.criteria.value(criterion.id);
                sum += criterion.mandatory ? (cell.met ? 1 : 0) : cell.points;
                average.schoolsMeeting += cell.met ? 1 : 0;
            }
            average.average = schools > 0 ? sum / schools : 0;
            summary.criterionAverages.append(average);
            if (average.schoolsMeeting == 0 && !summary.schools.isEmpty())
                summary.criteriaNoSchoolMeets << criterion.id;
            for (const IndexOutline::Item &item : criterion.items) {
                if (item.max <= 0 || summary.schools.isEmpty())
                    continue;
                const bool anyone = std::any_of(inputs.cbegin(), inputs.cend(), [&](const SummaryBuilder::Input &in) {
                    return itemPoints(in.document, group.id, criterion.id, item.id) > 0;
                });
                if (!anyone)
                    summary.itemsNoSchoolMeets << item.id;
            }
        }
    }
}

void addMandatoryAndIndicators(ReceivedSummary &summary)
{
    for (const SchoolSummaryRow &row : summary.schools) {
        if (!row.unmetMandatory.isEmpty())
            summary.mandatoryMisses.append({row.code, row.name, row.unmetMandatory});
    }
    for (const QString &key : ExchangeIndicators::keys()) {
        IndicatorTotal total;
        total.key = key;
        total.label = ExchangeIndicators::label(key);
        total.denominatorKey = ExchangeIndicators::denominatorOf(key);
        for (const SchoolSummaryRow &row : summary.schools) {
            const std::optional<qint64> value = row.indicators.value(key);
            if (!value)
                continue;
            total.sum += *value;
            total.schoolsReporting += 1;
            if (total.denominatorKey.isEmpty())
                continue;
            if (const std::optional<qint64> of = row.indicators.value(total.denominatorKey)) {
                total.pairedSum += *value;
                total.pairedDenominator += *of;
            }
        }
        summary.indicators.append(total);
    }
}

ReceivedSummary summarise(const QList<SummaryBuilder::Input> &inputs, const ExchangeScorer *scorer)
{
    const ExchangeDocument &first = inputs.constFirst().document;
    ReceivedSummary summary;
    summary.schoolYear = first.schoolYear;
    summary.indexId = first.indexId;
    summary.indexVersion = first.indexVersion;
    Expected<IndexOutline> known = scorer ? scorer->outline(first.indexId, first.indexVersion)
                                          : Expected<IndexOutline>(Status::failure(QString()));
    summary.outline = known ? *known : IndexOutline::fromScore(first.score);
    for (const SummaryBuilder::Input &input : inputs)
        summary.schools.append(rowFor(input, summary.outline));
    std::sort(summary.schools.begin(), summary.schools.end(),
              [](const SchoolSummaryRow &a, const SchoolSummaryRow &b) { return a.code < b.code; });
    addStatistics(summary, inputs);
    addMandatoryAndIndicators(summary);
    return summary;
}

} // namespace

std::optional<double> IndicatorTotal::ratio() const
{
    if (denominatorKey.isEmpty() || pairedDenominator <= 0)
        return std::nullopt;
    return double(pairedSum) / double(pairedDenominator);
}

const SchoolGroupResult *SchoolSummaryRow::group(const QString &groupId) const
{
    for (const SchoolGroupResult &result : groups) {
        if (result.groupId == groupId)
            return &result;
    }
    return nullptr;
}

namespace SummaryBuilder {

QList<ReceivedSummary> build(const QList<Input> &documents, const ExchangeScorer *scorer)
{
    // Cohorts in a stable order: year, then index, then version.
    QMap<QString, QList<Input>> cohorts;
    for (const Input &input : documents) {
        const ExchangeDocument &d = input.document;
        cohorts[d.schoolYear + QChar(0x1f) + d.indexId + QChar(0x1f) + QString::number(d.indexVersion).rightJustified(4, QLatin1Char('0'))]
            .append(input);
    }
    QList<ReceivedSummary> result;
    for (const QList<Input> &cohort : cohorts)
        result.append(summarise(cohort, scorer));
    return result;
}

} // namespace SummaryBuilder
} // namespace sdx
