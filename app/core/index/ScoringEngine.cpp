#include "ScoringEngine.h"

#include "ItemRules.h"
#include "Points.h"

#include <QCoreApplication>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::Scoring)
};

QString outOf(double points, double max)
{
    return Text::tr("%1/%2 điểm").arg(Points::format(points), Points::format(max));
}

bool hasValue(const Fact *fact)
{
    return fact && !fact->value.isNull() && !fact->value.isUndefined();
}

/// Scores the items of one index against one set of facts, collecting refusals.
class Scorer final
{
public:
    Scorer(const IndexDefinition &index, const Facts &facts, const Adjustments &adjustments, QList<InputError> &errors)
        : m_index(index)
        , m_facts(facts)
        , m_adjustments(adjustments)
        , m_errors(errors)
    {
    }

    ItemScore item(const IndexItem &item) const
    {
        ItemScore result;
        result.id = item.id;
        result.max = item.max;
        const Fact *fact = find(item.id);
        if (hasValue(fact)) {
            result.fact = *fact;
            const QString problem = ItemRules::check(item, fact->value);
            if (!problem.isEmpty()) {
                m_errors.append({item.id, problem});
                result.invalid = true;
                result.explanation = Text::tr("%1: giá trị không hợp lệ, chưa tính điểm (%2)").arg(item.id, problem);
                return result;
            }
            result.answered = true;
            ruleScore(item, result);
        } else {
            result.explanation = item.mandatory ? Text::tr("%1: chưa trả lời → Không đạt (điều kiện bắt buộc)").arg(item.id)
                                                : Text::tr("%1: chưa trả lời → %2").arg(item.id, outOf(0, item.max));
        }
        if (!item.prerequisite.isEmpty() && !prerequisiteMet(item.prerequisite)) {
            result.counted = false;
            result.rulePoints = 0;
            result.explanation = Text::tr("%1: không tính vì %2 (%3)").arg(item.id, item.prerequisiteReason, item.prerequisite);
        }
        result.points = result.rulePoints;
        adjust(item, result);
        return result;
    }

private:
    const Fact *find(const QString &itemId) const
    {
        const auto found = m_facts.constFind(itemId);
        return found == m_facts.cend() ? nullptr : &*found;
    }

    bool prerequisiteMet(const QString &itemId) const
    {
        const IndexItem *prerequisite = m_index.item(itemId);
        const Fact *fact = find(itemId);
        return prerequisite && hasValue(fact) && ItemRules::check(*prerequisite, fact->value).isEmpty()
               && ItemRules::isYes(fact->value);
    }

    void ruleScore(const IndexItem &item, ItemScore &result) const
    {
        const QJsonValue &value = result.fact.value;
        if (item.input == InputType::YesNo) {
            const bool yes = ItemRules::isYes(value);
            result.rulePoints = yes ? item.max : 0;
            result.explanation = yesNoExplanation(item, yes);
            return;
        }
        result.tierIndex = ItemRules::tierIndex(item, value);
        const Tier *tier = result.tierIndex >= 0 ? &item.tiers.at(result.tierIndex) : nullptr;
        result.rulePoints = tier ? tier->points : 0;
        const QString tierLabel = tier ? tier->label : Text::tr("không thuộc bậc nào");
        const QString points = outOf(result.rulePoints, item.max);
        switch (item.input) {
        case InputType::Count:
            result.explanation = Text::tr("%1: %2 (%3) → %4").arg(item.id, ItemRules::describe(item, value), tierLabel, points);
            break;
        case InputType::Share:
            result.explanation = Text::tr("%1: %2 %3 (%4) → %5")
                                     .arg(item.id, ItemRules::describe(item, value), item.shortLabel, tierLabel, points);
            break;
        case InputType::Level:
            result.explanation = Text::tr("%1: %2 ở mức độ %3 → %4")
                                     .arg(item.id, item.shortLabel)
                                     .arg(ItemRules::count(value))
                                     .arg(points);
            break;
        case InputType::YesNo:
            break;
        }
    }

    static QString yesNoExplanation(const IndexItem &item, bool yes)
    {
        const QString what = yes ? Text::tr("có %1").arg(item.shortLabel) : Text::tr("chưa có %1").arg(item.shortLabel);
        if (item.mandatory)
            return yes ? Text::tr("%1: %2 → Đạt (điều kiện bắt buộc)").arg(item.id, what)
                       : Text::tr("%1: %2 → Không đạt (điều kiện bắt buộc)").arg(item.id, what);
        if (Points::compare(item.max, 0) == 0 && !item.explainNote.isEmpty())
            return Text::tr("%1: %2 (%3)").arg(item.id, what, item.explainNote);
        return Text::tr("%1: %2 → %3").arg(item.id, what, outOf(yes ? item.max : 0, item.max));
    }

    void adjust(const IndexItem &item, ItemScore &result) const
    {
        const auto found = m_adjustments.constFind(item.id);
        if (found == m_adjustments.cend() || result.invalid)
            return;
        const Adjustment &adjustment = *found;
        const QString refused = adjustmentProblem(item, result, adjustment);
        if (!refused.isEmpty()) {
            m_errors.append({item.id, refused});
            return;
        }
        result.adjusted = true;
        result.adjustment = adjustment;
        result.points = Points::normalized(adjustment.points);
        result.explanation += Text::tr("; điều chỉnh còn %1 (lý do: %2; người điều chỉnh: %3)")
                                  .arg(outOf(result.points, item.max), adjustment.reason.trimmed(),
                                       adjustment.by.trimmed().isEmpty() ? Text::tr("không ghi") : adjustment.by.trimmed());
    }

    static QString adjustmentProblem(const IndexItem &item, const ItemScore &result, const Adjustment &adjustment)
    {
        if (adjustment.reason.trimmed().isEmpty())
            return Text::tr("Mục %1: điều chỉnh điểm phải ghi lý do.").arg(item.id);
        if (!Points::hasAtMostTwoDecimals(adjustment.points) || adjustment.points < 0)
            return Text::tr("Mục %1: điểm điều chỉnh %2 không hợp lệ (cần một số không âm, tối đa hai chữ số thập phân).")
                .arg(item.id, QString::number(adjustment.points, 'g', 15));
        if (Points::compare(adjustment.points, result.rulePoints) > 0)
            return Text::tr("Mục %1: chỉ được điều chỉnh giảm; %2 điểm cao hơn mức tối đa của bậc đạt được (%3 điểm).")
                .arg(item.id, Points::format(adjustment.points), Points::format(result.rulePoints));
        return QString();
    }

    const IndexDefinition &m_index;
    const Facts &m_facts;
    const Adjustments &m_adjustments;
    QList<InputError> &m_errors;
};

CriterionScore scoreCriterion(const Criterion &criterion, const Scorer &scorer)
{
    CriterionScore result;
    result.id = criterion.id;
    result.max = criterion.max;
    result.mandatory = criterion.mandatory;
    qint64 sum = 0;
    bool allYes = true;
    for (const IndexItem &item : criterion.items) {
        ItemScore itemScore = scorer.item(item);
        sum += Points::toHundredths(itemScore.points);
        allYes = allYes && itemScore.answered && ItemRules::isYes(itemScore.fact.value);
        result.items.append(itemScore);
    }
    result.points = Points::fromHundredths(sum);
    if (criterion.mandatory) {
        result.met = allYes;
        result.explanation = allYes ? Text::tr("%1: Đạt (điều kiện bắt buộc)").arg(criterion.id)
                                    : Text::tr("%1: Không đạt (điều kiện bắt buộc)").arg(criterion.id);
        return result;
    }
    result.level = ItemRules::levelFor(criterion.levels, result.points);
    result.explanation = Text::tr("%1: %2 → Mức độ %3 (%4)")
                             .arg(criterion.id, outOf(result.points, result.max))
                             .arg(result.level)
                             .arg(ScoringText::levelRange(criterion.levels, result.level));
    return result;
}

void capGroup(const IndexDefinition &index, const Group &group, GroupScore &result)
{
    result.uncappedLevel = ItemRules::levelFor(group.levels, result.points);
    result.level = result.uncappedLevel;
    const QString range = ScoringText::levelRange(group.levels, result.uncappedLevel);
    const QString total = outOf(result.points, result.max);
    if (!result.mandatoryMet && index.mandatoryCap.enabled && result.uncappedLevel > index.mandatoryCap.level) {
        result.level = index.mandatoryCap.level;
        result.capped = true;
        result.explanation = Text::tr("Nhóm %1: %2 (Mức độ %3 theo điểm) → Mức độ %4 vì chưa đạt điều kiện bắt buộc %5")
                                 .arg(group.id, total)
                                 .arg(result.uncappedLevel)
                                 .arg(result.level)
                                 .arg(result.unmetMandatory.join(QStringLiteral(", ")));
        return;
    }
    result.explanation = Text::tr("Nhóm %1: %2 → Mức độ %3 (%4)").arg(group.id, total).arg(result.level).arg(range);
    if (!result.mandatoryMet)
        result.explanation += Text::tr("; chưa đạt điều kiện bắt buộc %1").arg(result.unmetMandatory.join(QStringLiteral(", ")));
}

void reportUnknownIds(const IndexDefinition &index, const Facts &facts, const Adjustments &adjustments,
                      QList<InputError> &errors)
{
    for (auto it = facts.cbegin(); it != facts.cend(); ++it) {
        if (!index.item(it.key()))
            errors.append({it.key(), Text::tr("Mục \"%1\" không có trong bộ chỉ số %2.").arg(it.key(), index.displayName())});
    }
    for (auto it = adjustments.cbegin(); it != adjustments.cend(); ++it) {
        if (!index.item(it.key()))
            errors.append({it.key(), Text::tr("Điều chỉnh điểm cho mục \"%1\" không có trong bộ chỉ số %2.")
                                         .arg(it.key(), index.displayName())});
    }
}

QString boundText(double from)
{
    return Points::format(from);
}

} // namespace

QString ScoringText::levelRange(const QList<LevelBand> &bands, int level)
{
    const LevelBand *lower = nullptr;
    const LevelBand *upper = nullptr;
    for (const LevelBand &band : bands) {
        if (band.level == level)
            lower = &band;
        if (band.level == level + 1)
            upper = &band;
    }
    QString from;
    if (lower)
        from = lower->inclusive ? Text::tr("từ %1").arg(boundText(lower->from)) : Text::tr("trên %1").arg(boundText(lower->from));
    if (!upper)
        return lower ? (lower->inclusive ? Text::tr("từ %1 điểm trở lên").arg(boundText(lower->from))
                                         : Text::tr("trên %1 điểm").arg(boundText(lower->from)))
                     : QString();
    const QString to = upper->inclusive ? Text::tr("dưới %1 điểm").arg(boundText(upper->from))
                                        : Text::tr("đến %1 điểm").arg(boundText(upper->from));
    if (!lower)
        return upper->inclusive ? to : Text::tr("không quá %1 điểm").arg(boundText(upper->from));
    return from + QLatin1Char(' ') + to;
}

ScoreReport score(const IndexDefinition &index, const Facts &facts, const Adjustments &adjustments)
{
    ScoreReport report;
    report.indexId = index.id;
    report.indexVersion = index.version;
    reportUnknownIds(index, facts, adjustments, report.errors);
    const Scorer scorer(index, facts, adjustments, report.errors);
    for (const Group &group : index.groups) {
        GroupScore result;
        result.id = group.id;
        result.title = group.title;
        result.max = group.max;
        qint64 sum = 0;
        for (const Criterion &criterion : group.criteria) {
            CriterionScore criterionScore = scoreCriterion(criterion, scorer);
            sum += Points::toHundredths(criterionScore.points);
            if (criterion.mandatory && !criterionScore.met) {
                result.mandatoryMet = false;
                result.unmetMandatory << criterion.id;
            }
            for (const ItemScore &item : criterionScore.items) {
                ++result.total;
                result.answered += item.answered ? 1 : 0;
            }
            result.criteria.append(criterionScore);
        }
        result.points = Points::fromHundredths(sum);
        capGroup(index, group, result);
        report.groups.append(result);
    }
    return report;
}

} // namespace sdx
