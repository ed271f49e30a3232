#pragma once

#include "Facts.h"
#include "IndexDefinition.h"

#include <QList>
#include <QStringList>

namespace sdx {

/// What happened to one item when answers moved to a newer index version.
enum class MigrationChange {
    Unchanged,     ///< same wording and rule: the answer is kept as it was
    Reworded,      ///< same rule, other wording: kept, to be re-read
    RuleChanged,   ///< other points, tiers or prerequisite: kept, to be reviewed
    InputChanged,  ///< another kind of answer: dropped, to be answered again
    Invalid,       ///< the old value is not valid for the new item: dropped
    Removed,       ///< the item is gone from the new version: dropped
    Added,         ///< new in the new version: unanswered
};

struct MigrationNote
{
    QString itemId;
    MigrationChange change = MigrationChange::Unchanged;
    QString message;  ///< Vietnamese, for the review list
    bool needsReview() const { return change != MigrationChange::Unchanged; }
};

struct AnswerMigrationResult
{
    Facts facts;               ///< the answers carried over
    Adjustments adjustments;   ///< only those of items whose rule did not change
    QList<MigrationNote> notes;
    QStringList reviewItems() const;
};

/**
 * Carries a year's answers from one version of an index to a newer one, matching items by id.
 * A year keeps the version it was assessed with; this is only run when the user moves a year on,
 * and everything that may have changed meaning is flagged for review rather than trusted.
 */
AnswerMigrationResult migrateAnswers(const IndexDefinition &from, const IndexDefinition &to, const Facts &answers,
                                     const Adjustments &adjustments = {});

} // namespace sdx
