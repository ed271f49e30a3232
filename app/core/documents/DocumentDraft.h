#pragma once

#include "DocumentInput.h"
#include "DocumentKind.h"
#include "common/Status.h"

#include <QMap>
#include <QStringList>

namespace sdx {

class Database;

/**
 * What the school decides for one document of one year, on top of its data: number, date and
 * signer, the căn cứ and their order, and the sections whose text it edited. The documents page
 * edits a draft; apply() turns the data from the adapters into the input the builder prints.
 */
struct DocumentDraft
{
    DocumentKind kind = DocumentKind::Plan;
    DocumentMeta meta;                 ///< recipients are the editable section "noi_nhan"
    QStringList basisKeys;             ///< chosen căn cứ in printed order: catalogue ids or "own:<id>"
    QMap<QString, QString> edits;      ///< edited sections only; the others follow their default

    /// A document never touched: the căn cứ the data brings, or else the catalogue's for this school
    /// and year; the data's number and date; no edits.
    static DocumentDraft fresh(DocumentKind kind, const DocumentInput &data);

    /// The text a section prints: the edit, or the default with the school's names.
    QString text(const QString &key, const DocumentInput &data) const;
    /// Keeps an edit; a text equal to the default removes it.
    void setText(const QString &key, const QString &text, const DocumentInput &data);
    bool isEdited(const QString &key) const { return edits.contains(key); }
    void reset(const QString &key) { edits.remove(key); }

    /// The data with this draft's choices: meta, căn cứ resolved against the catalogue, the school's
    /// own entries and the data's own list (unknown keys skipped), edited sections.
    DocumentInput apply(const DocumentInput &data, const QList<LegalBasis> &ownBases) const;
};

/// Loads and saves drafts through the document repositories, one transaction per save.
class DocumentDraftStore final
{
public:
    explicit DocumentDraftStore(Database &database) : m_database(database) {}

    /// The stored draft, with fresh() filling what was never stored.
    Expected<DocumentDraft> load(qint64 yearId, DocumentKind kind, const DocumentInput &data);
    /// Number, date, signer, căn cứ and edited texts, all or nothing.
    Status save(qint64 yearId, const DocumentDraft &draft, const DocumentInput &data);

private:
    Database &m_database;
};

} // namespace sdx
