#include "SampleDocuments.h"

#include "documents/DocumentMetaRepository.h"
#include "documents/DocumentSamples.h"
#include "documents/LegalBasisRepository.h"
#include "documents/NarrativeRepository.h"
#include "store/Transaction.h"

namespace sdx::SampleDocuments {
namespace {

constexpr DocumentKind kPlan = DocumentKind::Plan;

/// The căn cứ in the seed's order: national ones by their catalogue key, local ones added as own.
Expected<QStringList> storeBases(Database &database, const QList<LegalBasis> &bases)
{
    LegalBasisRepository repository(database);
    QStringList keys;
    for (const LegalBasis &basis : bases) {
        if (!basis.isOwn()) {
            keys << basis.key;
            continue;
        }
        const Expected<LegalBasis> added = repository.addOwn(basis);
        if (!added)
            return added.status();
        keys << added->key;
    }
    return keys;
}

Status storeTexts(Database &database, qint64 yearId, const DocumentInput &plan)
{
    NarrativeRepository narratives(database);
    for (auto it = plan.narratives.cbegin(); it != plan.narratives.cend(); ++it) {
        if (Status status = narratives.save(yearId, kPlan, it.key(), it.value()); !status)
            return status;
    }
    return narratives.save(yearId, kPlan, QStringLiteral("noi_nhan"), plan.meta.recipients.join(QLatin1Char('\n')));
}

} // namespace

Status fill(Database &database, qint64 yearId)
{
    const DocumentInput plan = DocumentSamples::seed002Plan();
    Transaction transaction(database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    DocumentMeta meta = plan.meta;
    meta.recipients.clear();  // kept as the editable section "noi_nhan"
    if (Status status = DocumentMetaRepository(database).save(yearId, kPlan, meta); !status)
        return status;
    const Expected<QStringList> keys = storeBases(database, plan.bases);
    if (!keys)
        return keys.status();
    if (Status status = LegalBasisRepository(database).saveSelection(yearId, kPlan, *keys); !status)
        return status;
    if (Status status = storeTexts(database, yearId, plan); !status)
        return status;
    return transaction.commit();
}

} // namespace sdx::SampleDocuments
