#pragma once

#include "ExchangeDocument.h"
#include "common/Status.h"

namespace sdx {

class Database;

/**
 * How the exchange reads and restores a year's self-assessment (answers, overrides, adjustments,
 * evidence) without knowing the tables that hold it: the index part owns them, an adapter over its
 * repository implements this.
 */
class AssessmentPort
{
public:
    virtual ~AssessmentPort() = default;

    /// What the user entered for the year: facts with source "entered" or "overridden" (derived
    /// facts come from collectDerivedFacts), adjustments and evidence.
    virtual Expected<ExchangeAssessment> load(Database &database, qint64 yearId) const = 0;

    /// Replaces the year's entered facts, adjustments and evidence; the caller holds the transaction
    /// and has made the year writable.
    virtual Status replace(Database &database, qint64 yearId, const ExchangeAssessment &assessment) const = 0;
};

} // namespace sdx
