#pragma once

namespace sdx {

class AssessmentPort;
class ExchangeScorer;

/// The real implementations the CLI and the GUI use: the index's scoring engine and registry, and
/// the index's assessment repository.
namespace ExchangeServices {

const ExchangeScorer &scorer();
const AssessmentPort &assessments();

} // namespace ExchangeServices
} // namespace sdx
