#pragma once

#include "ExchangeDocument.h"
#include "index/Evidence.h"
#include "index/Facts.h"

namespace sdx {

/// Conversions between the exchange file's values and the index part's types.
namespace ExchangeFacts {

Facts toFacts(const QMap<QString, ExchangeFact> &facts);
Adjustments toAdjustments(const QMap<QString, ExchangeAdjustment> &adjustments);
ExchangeFact fromFact(const Fact &fact);
ExchangeAdjustment fromAdjustment(const Adjustment &adjustment);
ExchangeEvidence fromEvidence(const EvidenceEntry &entry);
EvidenceEntry toEvidence(const QString &itemId, const ExchangeEvidence &evidence);

} // namespace ExchangeFacts
} // namespace sdx
