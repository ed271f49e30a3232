#pragma once

#include "AssessmentPort.h"

namespace sdx {

/// The AssessmentPort over the index part's AssessmentRepository (answers, overrides, adjustments,
/// evidence of a year).
class RepositoryAssessmentPort final : public AssessmentPort
{
public:
    Expected<ExchangeAssessment> load(Database &database, qint64 yearId) const override;
    Status replace(Database &database, qint64 yearId, const ExchangeAssessment &assessment) const override;
};

} // namespace sdx
