#include "EngineExchangeScorer.h"

#include "ExchangeFacts.h"
#include "index/IndexRegistry.h"
#include "index/ScoreReportJson.h"
#include "index/ScoringEngine.h"

#include <QCoreApplication>

namespace sdx {

EngineExchangeScorer::EngineExchangeScorer(const IndexRegistry &registry)
    : m_registry(registry)
{
}

Expected<Rescore> EngineExchangeScorer::rescore(const ExchangeDocument &document) const
{
    const Expected<IndexDefinitionPtr> index = m_registry.require(document.indexId, document.indexVersion);
    if (!index)
        return index.status();
    const ScoreReport report = score(**index, ExchangeFacts::toFacts(document.assessment.facts),
                                     ExchangeFacts::toAdjustments(document.assessment.adjustments));
    Rescore result;
    result.score = ScoreReportJson::toJson(report);
    result.inputErrors = report.errorMessages();
    return result;
}

Expected<IndexOutline> EngineExchangeScorer::outline(const QString &indexId, int indexVersion) const
{
    const Expected<IndexDefinitionPtr> found = m_registry.require(indexId, indexVersion);
    if (!found)
        return found.status();
    const IndexDefinition &index = **found;
    IndexOutline outline;
    outline.indexId = index.id;
    outline.indexVersion = index.version;
    outline.displayName = index.displayName();
    for (const Group &group : index.groups) {
        IndexOutline::Group outlineGroup{group.id, group.title, group.max, {}};
        for (const Criterion &criterion : group.criteria) {
            IndexOutline::Criterion entry{criterion.id, group.id, criterion.text, criterion.max, criterion.mandatory, {}};
            for (const IndexItem &item : criterion.items)
                entry.items.append({item.id, item.text, item.max});
            outlineGroup.criteria.append(entry);
        }
        outline.groups.append(outlineGroup);
    }
    return outline;
}

} // namespace sdx
