#include "RepositoryAssessmentPort.h"

#include "ExchangeFacts.h"
#include "index/AssessmentRepository.h"

namespace sdx {
namespace {

Status clearYear(AssessmentRepository &repository, qint64 yearId)
{
    const Expected<Facts> answers = repository.loadAnswers(yearId);
    if (!answers)
        return answers.status();
    for (auto it = answers->constBegin(); it != answers->constEnd(); ++it) {
        if (Status status = repository.removeAnswer(yearId, it.key()); !status)
            return status;
    }
    const Expected<Facts> overrides = repository.loadOverrides(yearId);
    if (!overrides)
        return overrides.status();
    for (auto it = overrides->constBegin(); it != overrides->constEnd(); ++it) {
        if (Status status = repository.removeOverride(yearId, it.key()); !status)
            return status;
    }
    const Expected<Adjustments> adjustments = repository.loadAdjustments(yearId);
    if (!adjustments)
        return adjustments.status();
    for (auto it = adjustments->constBegin(); it != adjustments->constEnd(); ++it) {
        if (Status status = repository.removeAdjustment(yearId, it.key()); !status)
            return status;
    }
    const Expected<EvidenceMap> evidence = repository.loadEvidence(yearId);
    if (!evidence)
        return evidence.status();
    for (auto it = evidence->constBegin(); it != evidence->constEnd(); ++it) {
        if (Status status = repository.replaceEvidence(yearId, it.key(), {}); !status)
            return status;
    }
    return Status::success();
}

Status saveFact(AssessmentRepository &repository, qint64 yearId, const QString &itemId, const ExchangeFact &fact)
{
    if (fact.source == QLatin1String("overridden")) {
        const DerivedFact replaced{itemId, fact.derivedValue, fact.derivedProvenance};
        return repository.saveOverride(yearId, itemId, fact.value, replaced, fact.by);
    }
    return repository.saveAnswer(yearId, itemId, fact.value, fact.by);
}

} // namespace

Expected<ExchangeAssessment> RepositoryAssessmentPort::load(Database &database, qint64 yearId) const
{
    AssessmentRepository repository(database);
    ExchangeAssessment result;
    const Expected<Facts> answers = repository.loadAnswers(yearId);
    if (!answers)
        return answers.status();
    for (auto it = answers->constBegin(); it != answers->constEnd(); ++it)
        result.facts.insert(it.key(), ExchangeFacts::fromFact(*it));
    const Expected<Facts> overrides = repository.loadOverrides(yearId);
    if (!overrides)
        return overrides.status();
    for (auto it = overrides->constBegin(); it != overrides->constEnd(); ++it) {
        ExchangeFact fact = ExchangeFacts::fromFact(*it);
        fact.source = QStringLiteral("overridden");
        result.facts.insert(it.key(), fact);
    }
    const Expected<Adjustments> adjustments = repository.loadAdjustments(yearId);
    if (!adjustments)
        return adjustments.status();
    for (auto it = adjustments->constBegin(); it != adjustments->constEnd(); ++it)
        result.adjustments.insert(it.key(), ExchangeFacts::fromAdjustment(*it));
    const Expected<EvidenceMap> evidence = repository.loadEvidence(yearId);
    if (!evidence)
        return evidence.status();
    for (auto it = evidence->constBegin(); it != evidence->constEnd(); ++it) {
        QList<ExchangeEvidence> list;
        for (const EvidenceEntry &entry : *it)
            list.append(ExchangeFacts::fromEvidence(entry));
        if (!list.isEmpty())
            result.evidence.insert(it.key(), list);
    }
    return result;
}

Status RepositoryAssessmentPort::replace(Database &database, qint64 yearId, const ExchangeAssessment &assessment) const
{
    AssessmentRepository repository(database);
    if (Status status = clearYear(repository, yearId); !status)
        return status;
    for (auto it = assessment.facts.constBegin(); it != assessment.facts.constEnd(); ++it) {
        if (it->source == QLatin1String("derived"))
            continue;  // derived facts come from the inventory, not from the checklist tables
        if (Status status = saveFact(repository, yearId, it.key(), *it); !status)
            return status;
    }
    for (auto it = assessment.adjustments.constBegin(); it != assessment.adjustments.constEnd(); ++it) {
        if (Status status = repository.saveAdjustment(yearId, it.key(), {it->points, it->reason, it->by}); !status)
            return status;
    }
    for (auto it = assessment.evidence.constBegin(); it != assessment.evidence.constEnd(); ++it) {
        QList<EvidenceEntry> entries;
        for (const ExchangeEvidence &evidence : *it)
            entries.append(ExchangeFacts::toEvidence(it.key(), evidence));
        if (Status status = repository.replaceEvidence(yearId, it.key(), entries); !status)
            return status;
    }
    return Status::success();
}

} // namespace sdx
