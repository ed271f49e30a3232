#include "ExchangeServices.h"

#include "EngineExchangeScorer.h"
#include "RepositoryAssessmentPort.h"
#include "index/IndexRegistry.h"

namespace sdx::ExchangeServices {

const ExchangeScorer &scorer()
{
    static const EngineExchangeScorer engine(IndexRegistry::builtIn());
    return engine;
}

const AssessmentPort &assessments()
{
    static const RepositoryAssessmentPort port;
    return port;
}

} // namespace sdx::ExchangeServices
