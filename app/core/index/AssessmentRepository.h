#pragma once

#include "Evidence.h"
#include "Facts.h"
#include "common/DerivedFact.h"
#include "common/Status.h"

#include <QDate>
#include <QJsonValue>
#include <QList>

namespace sdx {

class Database;

/**
 * The stored self-assessment of each year: answers, overrides of derived facts, manual
 * adjustments and evidence. Every write is one transaction. Values are stored as given: checking
 * them against the index is the Assessment service's job, before it calls this.
 */
class AssessmentRepository final
{
public:
    explicit AssessmentRepository(Database &database) : m_database(database) {}

    /// Typed answers, as Entered facts ("nhập tay bởi … lúc …").
    Expected<Facts> loadAnswers(qint64 yearId);
    /// Values typed over derived facts; merge them over the derived ones (mergeFacts).
    Expected<Facts> loadOverrides(qint64 yearId);
    Expected<Adjustments> loadAdjustments(qint64 yearId);
    Expected<EvidenceMap> loadEvidence(qint64 yearId);

    /// Inserts or replaces one answer; a null value removes it.
    Status saveAnswer(qint64 yearId, const QString &itemId, const QJsonValue &value, const QString &by);
    /// Several answers at once (an import), all or nothing.
    Status saveAnswers(qint64 yearId, const Facts &answers, const QString &by);
    Status removeAnswer(qint64 yearId, const QString &itemId);

    /// Keeps the derived value being replaced, so the checklist can show both.
    Status saveOverride(qint64 yearId, const QString &itemId, const QJsonValue &value, const DerivedFact &replaced,
                        const QString &by);
    Status removeOverride(qint64 yearId, const QString &itemId);

    Status saveAdjustment(qint64 yearId, const QString &itemId, const Adjustment &adjustment);
    Status removeAdjustment(qint64 yearId, const QString &itemId);

    /// Appends an entry to its item's list; returns its id.
    Expected<qint64> addEvidence(qint64 yearId, const EvidenceEntry &entry);
    Status updateEvidence(const EvidenceEntry &entry);
    Status removeEvidence(qint64 entryId);
    /// Replaces an item's whole list (the evidence editor's "save"), keeping the given order.
    Status replaceEvidence(qint64 yearId, const QString &itemId, const QList<EvidenceEntry> &entries);
    Status recordLinkCheck(qint64 entryId, const QDate &checkedOn, const QString &result);

    /// The copy-forward step of this part: answers and evidence go to the new year. Overrides and
    /// adjustments do not: a new year's inventory and review decide those afresh.
    static Status copyForward(Database &database, qint64 fromYearId, qint64 toYearId);

private:
    Status insertEvidence(qint64 yearId, const EvidenceEntry &entry, int position, qint64 *newId);
    Database &m_database;
};

} // namespace sdx
