#include "DocumentAssessmentRows.h"

#include "DocumentSentences.h"
#include "DocumentText.h"
#include "index/Improvements.h"
#include "index/IndexDefinition.h"
#include "index/ItemRules.h"
#include "index/ScoreReport.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace sdx::DocumentAssessmentRows {
namespace {

/// Most improvement sentences a plan lists: the cheapest actions that lift a targeted group.
constexpr int kMaxImprovements = 4;

QString pointsText(double value)
{
    return DocumentText::points(value);
}

/// The scale as the seed's table prints it: one line per step, "Tối đa N điểm" for a yes/no item.
QString tierText(const IndexItem &item)
{
    QString text = item.tierText.trimmed();
    if (text.isEmpty())
        return item.input == InputType::YesNo && item.max > 0 ? QStringLiteral("Tối đa %1 điểm").arg(pointsText(item.max))
                                                              : QString();
    text.replace(QStringLiteral(". - "), QStringLiteral(".\n- "));
    return text;
}

ScoreRow groupRow(const Group &group, const GroupScore *score)
{
    ScoreRow row;
    row.kind = ScoreRowKind::Group;
    row.id = group.id;
    row.wording = group.title;
    row.maxPoints = pointsText(group.max);
    row.points = score ? pointsText(score->points) : QString();
    return row;
}

QString criterionLevel(const CriterionScore *score)
{
    if (!score)
        return {};
    if (score->mandatory)
        return score->met ? QStringLiteral("Đạt") : QStringLiteral("Không đạt");
    // Seed 002 says "Không đạt" for a criterion without a point, "Đạt mức độ N" otherwise.
    if (score->points <= 0)
        return QStringLiteral("Không đạt");
    return QStringLiteral("Đạt mức độ %1").arg(qMax(1, score->level));
}

QList<EvidenceEntry> evidenceOf(const Criterion &criterion, const EvidenceMap &evidence)
{
    QList<EvidenceEntry> entries = evidence.value(criterion.id);
    for (const IndexItem &item : criterion.items) {
        if (item.id != criterion.id)
            entries += evidence.value(item.id);
    }
    return entries;
}

/// A criterion measured by one item of its own id (1.1, 1.4) is printed as one row.
bool isSingleRow(const Criterion &criterion)
{
    return criterion.items.size() == 1 && criterion.items.constFirst().id == criterion.id;
}

ScoreRow criterionRow(const Criterion &criterion, const CriterionScore *score, const EvidenceMap &evidence)
{
    ScoreRow row;
    row.kind = ScoreRowKind::Criterion;
    row.id = criterion.id;
    row.wording = criterion.text;
    row.mandatory = criterion.mandatory;
    row.mandatoryMet = score && score->met;
    row.maxPoints = criterion.mandatory ? QString() : pointsText(criterion.max);
    row.thresholdsText = criterion.levelText;
    if (score)
        row.points = criterion.mandatory ? (score->met ? QStringLiteral("có") : QStringLiteral("không"))
                                         : pointsText(score->points);
    row.levelText = criterionLevel(score);
    const QString schoolEvidence = evidenceText(evidenceOf(criterion, evidence));
    // The official "Ghi chú, minh chứng" says what to show when the school recorded nothing yet.
    row.evidence = !schoolEvidence.isEmpty() || criterion.mandatory ? schoolEvidence : criterion.evidence;
    if (isSingleRow(criterion))
        row.tierText = tierText(criterion.items.constFirst());
    return row;
}

ScoreRow itemRow(const IndexItem &item, const ItemScore *score)
{
    ScoreRow row;
    row.kind = ScoreRowKind::Item;
    const QString text = item.text.trimmed();
    // Items are printed as a list ("- Có triển khai …"), except the numbered functions "(1) …".
    row.wording = text.startsWith(QLatin1Char('(')) || text.startsWith(QLatin1Char('-')) ? text : QStringLiteral("- ") + text;
    row.tierText = tierText(item);
    if (score)
        row.points = pointsText(score->points);
    return row;
}

ScoreRow leadRow(const QString &lead)
{
    ScoreRow row;
    row.kind = ScoreRowKind::Item;
    row.wording = QStringLiteral("- ") + lead;
    return row;
}

void appendCriterion(const Criterion &criterion, const ScoreReport &report, const EvidenceMap &evidence,
                     QList<ScoreRow> &rows)
{
    rows << criterionRow(criterion, report.criterion(criterion.id), evidence);
    if (isSingleRow(criterion))
        return;
    QString lastLead;
    for (const IndexItem &item : criterion.items) {
        if (!item.lead.isEmpty() && item.lead != lastLead)
            rows << leadRow(item.lead);
        lastLead = item.lead;
        rows << itemRow(item, report.item(item.id));
    }
}

GroupResult groupResult(const Group &group, const GroupScore *score)
{
    GroupResult result;
    result.id = group.id;
    result.name = group.title;
    result.maxPoints = group.max;
    if (score) {
        result.points = score->points;
        result.level = score->level;
        result.targetLevel = DocumentSentences::suggestedTargetLevel(score->level);
    }
    return result;
}

/// The official wording as a target: "Có triển khai X (ghi tên)" → "Triển khai X"; the form's
/// instructions in brackets ("cung cấp thông tin: …", "ghi tên") are left out.
QString targetWording(const QString &text)
{
    static const QRegularExpression instructions(QStringLiteral("\\s*\\((?:[^()]*(?:thông tin|ghi tên)[^()]*)\\)"));
    static const QRegularExpression numbering(QStringLiteral("^\\(\\d+\\)\\s*"));
    QString wording = text.simplified();
    wording.remove(instructions);
    wording.remove(numbering);
    while (wording.endsWith(QLatin1Char('.')) || wording.endsWith(QLatin1Char(';')) || wording.endsWith(QLatin1Char(':')))
        wording.chop(1);
    if (wording.startsWith(QStringLiteral("Có ")))
        wording = wording.mid(3);
    return wording.left(1).toUpper() + wording.mid(1);
}

/// One sentence of the plan's targets for an item the school has not earned yet.
QString improvementSentence(const IndexItem &item, const QString &target)
{
    QString sentence = targetWording(item.text);
    if (!item.lead.isEmpty())  // the LMS functions read as "Hệ thống LMS/LCMS …: giáo viên giao bài …"
        sentence = targetWording(item.lead) + QStringLiteral(": ") + DocumentText::lowerFirst(sentence);
    if (item.input != InputType::YesNo && !target.isEmpty())
        sentence += QStringLiteral(": đạt ") + target;
    if (sentence.isEmpty())
        return {};
    return sentence + QStringLiteral(" (tiêu chí %1).").arg(item.id);
}

/// A prerequisite (1.3.2 for the LMS functions) not met yet comes first.
bool prerequisiteMissing(const IndexItem &item, const ScoreReport &report)
{
    if (item.prerequisite.isEmpty())
        return false;
    const ItemScore *score = report.item(item.prerequisite);
    return !score || !score->answered || !ItemRules::isYes(score->fact.value);
}

QStringList improvements(const IndexDefinition &index, const ScoreReport &report, const QList<GroupResult> &groups)
{
    const ImprovementPlan plan = planImprovements(index, report);
    QHash<QString, QString> targets;  // item → the next tier to reach ("ít nhất 20 học liệu")
    for (const Improvement &improvement : plan.improvements)
        targets.insert(improvement.itemId, improvement.nextTarget);
    QStringList sentences;
    auto add = [&sentences](const QString &sentence) {
        if (!sentence.isEmpty() && !sentences.contains(sentence) && sentences.size() < kMaxImprovements)
            sentences << sentence;
    };
    for (const LevelLift &lift : plan.lifts) {
        const bool targeted = std::any_of(groups.cbegin(), groups.cend(), [&lift](const GroupResult &group) {
            return group.id == lift.groupId && group.targetLevel > 0;
        });
        if (!targeted)
            continue;
        for (const QString &itemId : lift.mandatoryFirst + lift.itemIds) {
            const IndexItem *item = index.item(itemId);
            if (!item)
                continue;
            const IndexItem *prerequisite = prerequisiteMissing(*item, report) ? index.item(item->prerequisite) : nullptr;
            if (prerequisite)
                add(improvementSentence(*prerequisite, {}));
            add(improvementSentence(*item, targets.value(itemId)));
        }
    }
    return sentences;
}

} // namespace

QString indexCitation(const IndexDefinition &index)
{
    QString text = index.decision.trimmed();
    if (text.isEmpty())
        return {};
    // The documents write dates in words ("ngày 30 tháng 12 năm 2022"), Nghị định 30/2020.
    static const QRegularExpression shortDate(QStringLiteral("ngày \\d{1,2}/\\d{1,2}/\\d{4}"));
    if (index.date.isValid())
        text.replace(shortDate, DocumentText::longDate(index.date));
    return text;
}

QString evidenceText(const QList<EvidenceEntry> &entries)
{
    QStringList lines;
    for (const EvidenceEntry &entry : entries) {
        const QString title = entry.title.simplified();
        const QString location = entry.location.simplified();
        switch (entry.kind) {
        case EvidenceKind::Document:
            lines << (location.isEmpty() ? title : location);
            break;
        case EvidenceKind::Link:
            lines << (title.isEmpty() ? location : title + QStringLiteral(": ") + location);
            break;
        case EvidenceKind::File:
            lines << (title.isEmpty() ? location.section(QLatin1Char('/'), -1) : title);
            break;
        }
    }
    lines.removeAll(QString());
    lines.removeDuplicates();
    return lines.join(QLatin1Char('\n'));
}

AssessmentSummary summarize(const IndexDefinition &index, const ScoreReport &report, const EvidenceMap &evidence)
{
    AssessmentSummary summary;
    summary.indexCitation = indexCitation(index);
    for (const Group &group : index.groups) {
        const GroupScore *score = report.group(group.id);
        summary.rows << groupRow(group, score);
        for (const Criterion &criterion : group.criteria)
            appendCriterion(criterion, report, evidence, summary.rows);
        summary.groups << groupResult(group, score);
    }
    summary.improvements = improvements(index, report, summary.groups);
    return summary;
}

} // namespace sdx::DocumentAssessmentRows
