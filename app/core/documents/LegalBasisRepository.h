#pragma once

#include "DocumentKind.h"
#include "LegalBasis.h"
#include "common/Status.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace sdx {

class Database;
class LegalBasisCatalogue;

/**
 * The school's own legal bases (province, commune or former district, the school's own plans)
 * and, per year and document, which bases the document cites and in what order. National
 * documents are referred to by their catalogue id, the school's own by "own:<id>".
 */
class LegalBasisRepository final
{
public:
    explicit LegalBasisRepository(Database &database) : m_database(database) {}

    Expected<QList<LegalBasis>> ownBases();
    /// Adds an entry; its key is filled in ("own:<id>").
    Expected<LegalBasis> addOwn(const LegalBasis &basis);
    Status updateOwn(const LegalBasis &basis);
    /// Removes the entry and drops it from every document citing it.
    Status removeOwn(const QString &key);

    /// The keys chosen for a document in printed order, or nullopt if the school never chose.
    Expected<std::optional<QStringList>> selectionKeys(qint64 yearId, DocumentKind kind);
    /// Own entries missing from this database are left out.
    Status saveSelection(qint64 yearId, DocumentKind kind, const QStringList &keys);
    /// The chosen bases resolved against the catalogue and the own entries (unknown keys skipped);
    /// the catalogue's defaults for the document when nothing was chosen yet.
    Expected<QList<LegalBasis>> selectedOrDefault(qint64 yearId, DocumentKind kind, const LegalBasisCatalogue &catalogue,
                                                  const QString &levelCode, int startYear);

    static QStringList validate(const LegalBasis &basis);

private:
    Database &m_database;
};

} // namespace sdx
