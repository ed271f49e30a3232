#pragma once

#include "Evidence.h"
#include "Facts.h"
#include "FactsFile.h"
#include "IndexRegistry.h"
#include "ScoreReport.h"
#include "common/DerivedFact.h"
#include "common/Status.h"

namespace sdx {

class Database;

/// Everything about one year's assessment, read together.
struct AssessmentSnapshot
{
    qint64 yearId = 0;
    IndexDefinitionPtr index;   ///< the version the year is assessed with
    Facts answers;              ///< typed in the checklist
    Facts overrides;            ///< typed over derived facts
    DerivedFacts derived;       ///< from the inventory (collectDerivedFacts)
    Facts facts;                ///< merged: derived, then answers and overrides on top
    Adjustments adjustments;
    EvidenceMap evidence;
    ScoreReport report;

    /// The derived fact for an item, or nullptr.
    const DerivedFact *derivedFact(const QString &itemId) const;
    /// Puts an answer in memory the way Assessment::setAnswer stores it: over a derived fact it is
    /// an override; null clears both. Call rescore() afterwards.
    void applyAnswer(const QString &itemId, const QJsonValue &value, const QString &by);
    /// Merges the facts again and rescores (pure): the checklist's live update.
    void rescore();
};

/**
 * The use cases of the checklist and the CLI on a stored year: load and score, answer (checking
 * the value against the year's index first, so nothing invalid is ever saved), adjust, import.
 */
class Assessment final
{
public:
    explicit Assessment(Database &database, const IndexRegistry &registry = IndexRegistry::builtIn());

    Expected<IndexDefinitionPtr> indexForYear(qint64 yearId);
    Expected<AssessmentSnapshot> load(qint64 yearId);

    /// Checks `value` against the item, then stores it: as an override when the item is derived.
    /// A null value clears the answer (and any override), giving the derived value back.
    Status setAnswer(qint64 yearId, const QString &itemId, const QJsonValue &value, const QString &by);
    /// Refuses a higher score than the rule gives, or no reason, with the scoring's message.
    Status setAdjustment(qint64 yearId, const QString &itemId, const Adjustment &adjustment);
    Status clearAdjustment(qint64 yearId, const QString &itemId);
    /// Checks every fact of a facts file first; saves them all in one transaction or none.
    Status importFacts(qint64 yearId, const FactsFileContent &content, const QString &by);

private:
    Database &m_database;
    const IndexRegistry &m_registry;
};

} // namespace sdx
