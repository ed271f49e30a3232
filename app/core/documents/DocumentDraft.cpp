#include "DocumentDraft.h"

#include "DocumentFactory.h"
#include "DocumentMetaRepository.h"
#include "LegalBasisCatalogue.h"
#include "LegalBasisRepository.h"
#include "NarrativeDefaults.h"
#include "NarrativeRepository.h"
#include "store/Transaction.h"

#include <algorithm>

namespace sdx {

DocumentDraft DocumentDraft::fresh(DocumentKind kind, const DocumentInput &data)
{
    DocumentDraft draft;
    draft.kind = kind;
    draft.meta = data.meta;
    draft.meta.recipients.clear();
    // The adapters may bring the căn cứ already chosen; otherwise the catalogue's defaults.
    const QList<LegalBasis> bases = data.bases.isEmpty()
        ? LegalBasisCatalogue::builtIn().defaultBases(kind, data.school.levelCode, data.startYear())
        : data.bases;
    for (const LegalBasis &basis : bases)
        draft.basisKeys << basis.key;
    return draft;
}

QString DocumentDraft::text(const QString &key, const DocumentInput &data) const
{
    const auto edited = edits.constFind(key);
    return edited != edits.constEnd() ? edited.value() : NarrativeDefaults::builtIn().text(kind, key, data);
}

void DocumentDraft::setText(const QString &key, const QString &text, const DocumentInput &data)
{
    const QString value = NarrativeRepository::normalized(text);
    if (value == NarrativeRepository::normalized(NarrativeDefaults::builtIn().text(kind, key, data)))
        edits.remove(key);
    else
        edits.insert(key, value);
}

DocumentInput DocumentDraft::apply(const DocumentInput &data, const QList<LegalBasis> &ownBases) const
{
    DocumentInput input = data;
    input.meta = meta;
    input.meta.recipients.clear(); // the section "noi_nhan" is what the school edits
    input.bases.clear();
    for (const QString &key : basisKeys) {
        if (const auto national = LegalBasisCatalogue::builtIn().find(key)) {
            input.bases << *national;
            continue;
        }
        for (const QList<LegalBasis> *list : {&ownBases, &data.bases}) {
            const auto found = std::find_if(list->cbegin(), list->cend(), [&key](const LegalBasis &b) { return b.key == key; });
            if (found != list->cend()) {
                input.bases << *found;
                break;
            }
        }
    }
    for (auto it = edits.cbegin(); it != edits.cend(); ++it)
        input.narratives.insert(it.key(), it.value());
    return input;
}

Expected<DocumentDraft> DocumentDraftStore::load(qint64 yearId, DocumentKind kind, const DocumentInput &data)
{
    DocumentDraft draft = DocumentDraft::fresh(kind, data);
    const auto meta = DocumentMetaRepository(m_database).load(yearId, kind);
    if (!meta)
        return meta.status();
    if (meta->has_value())
        draft.meta = **meta;
    const auto keys = LegalBasisRepository(m_database).selectionKeys(yearId, kind);
    if (!keys)
        return keys.status();
    if (keys->has_value())
        draft.basisKeys = **keys;
    const auto edits = NarrativeRepository(m_database).edits(yearId, kind);
    if (!edits)
        return edits.status();
    draft.edits = edits.value();
    return draft;
}

Status DocumentDraftStore::save(qint64 yearId, const DocumentDraft &draft, const DocumentInput &data)
{
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status status = DocumentMetaRepository(m_database).save(yearId, draft.kind, draft.meta); !status)
        return status;
    if (Status status = LegalBasisRepository(m_database).saveSelection(yearId, draft.kind, draft.basisKeys); !status)
        return status;
    NarrativeRepository narratives(m_database);
    for (const QString &key : DocumentFactory::narrativeKeys(draft.kind)) {
        const QString fallback = NarrativeDefaults::builtIn().text(draft.kind, key, data);
        const Status status = draft.isEdited(key) ? narratives.save(yearId, draft.kind, key, draft.edits.value(key), fallback)
                                                  : narratives.reset(yearId, draft.kind, key);
        if (!status)
            return status;
    }
    return transaction.commit();
}

} // namespace sdx
