#pragma once

#include "Facts.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sdx {

/// A fact or adjustment the engine refused, with the sentence to show.
struct InputError
{
    QString itemId;
    QString message;
};

struct ItemScore
{
    QString id;
    double points = 0;       ///< what counts, after a manual adjustment
    double max = 0;
    double rulePoints = 0;   ///< what the rule gives for the fact (the tier's maximum)
    bool answered = false;   ///< a valid fact was given
    bool counted = true;     ///< false when its prerequisite (1.3.2) is not met
    bool invalid = false;    ///< the fact was refused (see ScoreReport::errors)
    bool adjusted = false;
    int tierIndex = -1;      ///< count/share/level: the tier reached
    Fact fact;               ///< the fact used, with its provenance
    Adjustment adjustment;   ///< when adjusted
    QString explanation;     ///< "1.6.1: 100% giáo viên có tài khoản (> 60%) → 7/7 điểm"
};

struct CriterionScore
{
    QString id;
    double points = 0;
    double max = 0;
    bool mandatory = false;
    bool met = false;        ///< mandatory criteria: the condition is answered "có"
    int level = 0;           ///< 1–3; 0 for a mandatory criterion (it is Đạt / Không đạt)
    QList<ItemScore> items;
    QString explanation;
};

struct GroupScore
{
    QString id;
    QString title;
    double points = 0;
    double max = 0;
    int level = 1;           ///< after the mandatory-condition cap
    int uncappedLevel = 1;   ///< from the points alone
    bool mandatoryMet = true;
    bool capped = false;     ///< level < uncappedLevel because of an unmet mandatory condition
    QStringList unmetMandatory;  ///< criterion ids
    int answered = 0;        ///< items with a valid fact
    int total = 0;
    QList<CriterionScore> criteria;
    QString explanation;     ///< "Nhóm 1: 32/100 điểm → Mức độ 1 (dưới 50)"
};

/// Everything the checklist, the results page, the documents and the CLI show of one scoring.
struct ScoreReport
{
    QString indexId;
    int indexVersion = 0;
    QList<GroupScore> groups;
    QList<InputError> errors;   ///< refused facts and adjustments; their items score 0

    /// False when any fact or adjustment was refused: such a report must not be published.
    bool isValid() const { return errors.isEmpty(); }
    QStringList errorMessages() const;

    const GroupScore *group(const QString &id) const;
    const CriterionScore *criterion(const QString &id) const;
    const ItemScore *item(const QString &id) const;
    /// Items without a valid fact, in index order.
    QStringList unansweredItems() const;
};

} // namespace sdx
