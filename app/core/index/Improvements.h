#pragma once

#include "IndexDefinition.h"
#include "ScoreReport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sdx {

/// One item not at its maximum: what it would add, to its group, and what it takes.
struct Improvement
{
    QString itemId;
    QString criterionId;
    QString groupId;
    ActionCost cost = ActionCost::Regulation;
    bool mandatory = false;          ///< an unmet mandatory condition: no points, but lifts the cap
    QString prerequisite;            ///< an item to do first (1.3.2) for this one to count
    double currentPoints = 0;
    double nextGain = 0;             ///< to the next tier (the full gain for yes/no items)
    QString nextTarget;              ///< "ít nhất 20 học liệu", "ít nhất 5/15 (từ 30% đến 60%)"
    double fullGain = 0;             ///< to the item's maximum
    QString fullTarget;
    int groupLevelNow = 1;
    double groupPointsAfterNext = 0;
    int groupLevelAfterNext = 1;
    double groupPointsAfterFull = 0;
    int groupLevelAfterFull = 1;
    QString guidance;                ///< from the index: what to do
    QString summary;                 ///< one Vietnamese line for lists
};

/// What would lift a group to its next level, cheapest actions first.
struct LevelLift
{
    QString groupId;
    int currentLevel = 1;
    int targetLevel = 2;
    double pointsNeeded = 0;         ///< at least this many (or more than, when `strictlyMore`)
    bool strictlyMore = false;       ///< the band is "trên X": the total must exceed it
    QStringList mandatoryFirst;      ///< unmet mandatory conditions to meet before anything counts
    QStringList itemIds;             ///< the cheapest items that together reach the target
    bool reachable = false;
    QString text;
};

struct ImprovementPlan
{
    QList<Improvement> improvements;  ///< cheapest action first, then most points
    QList<LevelLift> lifts;           ///< one per group below its top level
    QList<Improvement> forGroup(const QString &groupId) const;
};

/// Pure: from a score report (which carries the facts used) to the improvements and level lifts.
ImprovementPlan planImprovements(const IndexDefinition &index, const ScoreReport &report);

} // namespace sdx
