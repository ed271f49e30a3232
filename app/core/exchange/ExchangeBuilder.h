#pragma once

#include "ExchangeDocument.h"
#include "common/Status.h"

namespace sdx {

class AssessmentPort;
class Database;
class ExchangeScorer;

/// Builds the exchange document of a school's year from its database (school side).
namespace ExchangeBuilder {

enum class Require { Finalised, Any };

/**
 * Gathers the profile, the recipient, the answers with derived facts merged in (provenance kept),
 * adjustments, evidence, the inventory's derived facts, the authority's indicators and the year's
 * revision, then scores them. Refuses a year that is not finalised (unless `Require::Any`, for
 * previews) and facts the index refuses: what is sent must be what was approved.
 */
Expected<ExchangeDocument> build(Database &database, qint64 yearId, const AssessmentPort &assessments,
                                 const ExchangeScorer &scorer, Require require = Require::Finalised);

} // namespace ExchangeBuilder
} // namespace sdx
