#include "ExchangeFacts.h"

namespace sdx::ExchangeFacts {
namespace {

FactSource sourceFromCode(const QString &code)
{
    if (code == QLatin1String("derived"))
        return FactSource::Derived;
    if (code == QLatin1String("overridden"))
        return FactSource::Overridden;
    return FactSource::Entered;
}

} // namespace

Facts toFacts(const QMap<QString, ExchangeFact> &facts)
{
    Facts result;
    for (auto it = facts.constBegin(); it != facts.constEnd(); ++it) {
        Fact fact;
        fact.value = it->value;
        fact.source = sourceFromCode(it->source);
        fact.provenance = it->provenance;
        fact.by = it->by;
        fact.derivedValue = it->derivedValue;
        fact.derivedProvenance = it->derivedProvenance;
        result.insert(it.key(), fact);
    }
    return result;
}

Adjustments toAdjustments(const QMap<QString, ExchangeAdjustment> &adjustments)
{
    Adjustments result;
    for (auto it = adjustments.constBegin(); it != adjustments.constEnd(); ++it)
        result.insert(it.key(), Adjustment{it->points, it->reason, it->by});
    return result;
}

ExchangeFact fromFact(const Fact &fact)
{
    ExchangeFact result;
    result.value = fact.value;
    result.source = FactSources::code(fact.source);
    result.provenance = fact.provenance;
    result.by = fact.by;
    result.derivedValue = fact.derivedValue;
    result.derivedProvenance = fact.derivedProvenance;
    return result;
}

ExchangeAdjustment fromAdjustment(const Adjustment &adjustment)
{
    return {adjustment.points, adjustment.reason, adjustment.by};
}

ExchangeEvidence fromEvidence(const EvidenceEntry &entry)
{
    ExchangeEvidence result;
    result.title = entry.title;
    result.kind = EvidenceKinds::code(entry.kind);
    result.location = entry.location;
    result.issuer = entry.issuer;
    result.notes = entry.notes;
    result.checkedOn = entry.lastChecked;
    result.checkResult = entry.lastResult;
    return result;
}

EvidenceEntry toEvidence(const QString &itemId, const ExchangeEvidence &evidence)
{
    EvidenceEntry entry;
    entry.itemId = itemId;
    entry.title = evidence.title;
    entry.kind = EvidenceKinds::fromCode(evidence.kind).value_or(EvidenceKind::Link);
    entry.location = evidence.location;
    entry.issuer = evidence.issuer;
    entry.notes = evidence.notes;
    entry.lastChecked = evidence.checkedOn;
    entry.lastResult = evidence.checkResult;
    return entry;
}

} // namespace sdx::ExchangeFacts
