#include "DocumentYearCopy.h"

#include "store/SqlQuery.h"

#include <QStringList>

namespace sdx::DocumentYearCopy {

Status copy(Database &database, qint64 fromYearId, qint64 toYearId)
{
    const QStringList statements = {
        QStringLiteral("INSERT INTO document_narrative (year_id, document, section, text) "
                       "SELECT :to, document, section, text FROM document_narrative WHERE year_id = :from"),
        QStringLiteral("INSERT INTO document_basis (year_id, document, position, catalogue_id, own_id) "
                       "SELECT :to, document, position, catalogue_id, own_id FROM document_basis WHERE year_id = :from"),
        QStringLiteral("INSERT INTO document_basis_choice (year_id, document) "
                       "SELECT :to, document FROM document_basis_choice WHERE year_id = :from"),
    };
    for (const QString &sql : statements) {
        SqlQuery query(database, sql);
        query.bind(QStringLiteral(":to"), toYearId).bind(QStringLiteral(":from"), fromYearId);
        if (Status status = query.exec(); !status)
            return status;
    }
    return Status::success();
}

} // namespace sdx::DocumentYearCopy
