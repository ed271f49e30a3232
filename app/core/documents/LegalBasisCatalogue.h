#pragma once

#include "DocumentKind.h"
#include "LegalBasis.h"
#include "common/Status.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace sdx {

/**
 * The national documents the plans and reports cite, kept as data (resources/documents/
 * legal-bases.json) so that a new guidance is a data change, not a code change.
 */
class LegalBasisCatalogue final
{
public:
    struct Entry
    {
        LegalBasis basis;
        QStringList defaultFor;   ///< document codes citing it by default
        QStringList levels;       ///< school level codes; empty: every level
        int schoolYearStart = 0;  ///< a guidance for one school year (its first calendar year); 0: any
    };

    /// The catalogue shipped in the application's resources (loaded once).
    static const LegalBasisCatalogue &builtIn();
    static Expected<LegalBasisCatalogue> fromJson(const QByteArray &json, const QString &sourceName);

    const QList<Entry> &entries() const { return m_entries; }
    std::optional<LegalBasis> find(const QString &key) const;
    /// Whether an entry applies to a school of `levelCode` in the year starting `startYear`.
    static bool applies(const Entry &entry, const QString &levelCode, int startYear);
    /// The căn cứ a new document starts with.
    QList<LegalBasis> defaultBases(DocumentKind kind, const QString &levelCode, int startYear) const;
    /// The documents the plan asks staff to study, in order.
    QList<LegalBasis> directives(const QString &levelCode, int startYear) const;

private:
    QList<Entry> m_entries;
    QStringList m_directiveOrder;
};

} // namespace sdx
