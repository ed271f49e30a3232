#pragma once

#include "ExchangeScorer.h"

namespace sdx {

class IndexRegistry;

/// The exchange's scorer over the index part: the registry's version named by the document, the
/// scoring engine, and the engine's own JSON writer (so the file's score is `score --json`'s).
class EngineExchangeScorer final : public ExchangeScorer
{
public:
    explicit EngineExchangeScorer(const IndexRegistry &registry);

    Expected<Rescore> rescore(const ExchangeDocument &document) const override;
    Expected<IndexOutline> outline(const QString &indexId, int indexVersion) const override;

private:
    const IndexRegistry &m_registry;
};

} // namespace sdx
