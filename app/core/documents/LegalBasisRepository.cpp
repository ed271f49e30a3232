#include "LegalBasisRepository.h"

#include "LegalBasisCatalogue.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::LegalBasisRepository)
};

QString ownKey(qint64 id)
{
    return QStringLiteral("own:%1").arg(id);
}

qint64 ownId(const QString &key)
{
    return key.startsWith(QLatin1String("own:")) ? key.mid(4).toLongLong() : 0;
}

} // namespace

QStringList LegalBasisRepository::validate(const LegalBasis &basis)
{
    QStringList problems;
    if (basis.kind.trimmed().isEmpty())
        problems << Text::tr("Văn bản căn cứ cần có loại văn bản (Công văn, Quyết định, Kế hoạch, …).");
    if (basis.number.trimmed().isEmpty())
        problems << Text::tr("Văn bản căn cứ cần có số, ký hiệu (ví dụ 1470/SGDĐT-VP).");
    if (basis.issuer.trimmed().isEmpty())
        problems << Text::tr("Văn bản căn cứ \"%1\" cần có cơ quan ban hành.").arg(basis.number.trimmed());
    return problems;
}

Expected<QList<LegalBasis>> LegalBasisRepository::ownBases()
{
    SqlQuery query(m_database, QStringLiteral("SELECT id, kind, number, issued_on, issuer, subject FROM legal_basis_own "
                                              "ORDER BY issued_on, id"));
    if (Status status = query.exec(); !status)
        return status;
    QList<LegalBasis> bases;
    while (query.next()) {
        bases << LegalBasis{ownKey(query.value(0).toLongLong()), query.value(1).toString(), query.value(2).toString(),
                            QDate::fromString(query.value(3).toString(), Qt::ISODate), query.value(4).toString(),
                            query.value(5).toString()};
    }
    return bases;
}

Expected<LegalBasis> LegalBasisRepository::addOwn(const LegalBasis &basis)
{
    const QStringList problems = validate(basis);
    if (!problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char(' ')));
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    SqlQuery query(m_database, QStringLiteral("INSERT INTO legal_basis_own (kind, number, issued_on, issuer, subject) "
                                              "VALUES (:kind, :number, :date, :issuer, :subject)"));
    query.bind(QStringLiteral(":kind"), basis.kind.trimmed())
        .bind(QStringLiteral(":number"), basis.number.trimmed())
        .bind(QStringLiteral(":date"), basis.date.isValid() ? basis.date.toString(Qt::ISODate) : QStringLiteral(""))
        .bind(QStringLiteral(":issuer"), basis.issuer.trimmed())
        .bind(QStringLiteral(":subject"), basis.subject.trimmed());
    if (Status status = query.exec(); !status)
        return status.prefixed(Text::tr("Không thêm được văn bản căn cứ %1").arg(basis.number));
    LegalBasis added = basis;
    added.key = ownKey(query.lastInsertId());
    if (Status status = transaction.commit(); !status)
        return status;
    return added;
}

Status LegalBasisRepository::updateOwn(const LegalBasis &basis)
{
    const QStringList problems = validate(basis);
    if (!problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char(' ')));
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    SqlQuery query(m_database, QStringLiteral("UPDATE legal_basis_own SET kind = :kind, number = :number, issued_on = :date, "
                                              "issuer = :issuer, subject = :subject WHERE id = :id"));
    query.bind(QStringLiteral(":kind"), basis.kind.trimmed())
        .bind(QStringLiteral(":number"), basis.number.trimmed())
        .bind(QStringLiteral(":date"), basis.date.isValid() ? basis.date.toString(Qt::ISODate) : QStringLiteral(""))
        .bind(QStringLiteral(":issuer"), basis.issuer.trimmed())
        .bind(QStringLiteral(":subject"), basis.subject.trimmed())
        .bind(QStringLiteral(":id"), ownId(basis.key));
    if (Status status = query.exec(); !status)
        return status.prefixed(Text::tr("Không sửa được văn bản căn cứ %1").arg(basis.number));
    if (query.rowsAffected() != 1)
        return Status::failure(Text::tr("Không tìm thấy văn bản căn cứ %1 để sửa.").arg(basis.number));
    return transaction.commit();
}

Status LegalBasisRepository::removeOwn(const QString &key)
{
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    SqlQuery query(m_database, QStringLiteral("DELETE FROM legal_basis_own WHERE id = :id"));
    query.bind(QStringLiteral(":id"), ownId(key));
    if (Status status = query.exec(); !status)
        return status.prefixed(Text::tr("Không xoá được văn bản căn cứ"));
    return transaction.commit();
}

Expected<std::optional<QStringList>> LegalBasisRepository::selectionKeys(qint64 yearId, DocumentKind kind)
{
    SqlQuery query(m_database, QStringLiteral("SELECT catalogue_id, own_id FROM document_basis "
                                              "WHERE year_id = :year AND document = :doc ORDER BY position"));
    query.bind(QStringLiteral(":year"), yearId).bind(QStringLiteral(":doc"), DocumentKinds::code(kind));
    if (Status status = query.exec(); !status)
        return status;
    QStringList keys;
    while (query.next())
        keys << (query.value(1).isNull() ? query.value(0).toString() : ownKey(query.value(1).toLongLong()));
    SqlQuery chosen(m_database, QStringLiteral("SELECT 1 FROM document_basis_choice WHERE year_id = :year AND document = :doc"));
    chosen.bind(QStringLiteral(":year"), yearId).bind(QStringLiteral(":doc"), DocumentKinds::code(kind));
    if (Status status = chosen.exec(); !status)
        return status;
    if (keys.isEmpty() && !chosen.next())
        return std::optional<QStringList>();
    return std::optional<QStringList>(keys);
}

Status LegalBasisRepository::saveSelection(qint64 yearId, DocumentKind kind, const QStringList &keys)
{
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    SqlQuery clear(m_database, QStringLiteral("DELETE FROM document_basis WHERE year_id = :year AND document = :doc"));
    clear.bind(QStringLiteral(":year"), yearId).bind(QStringLiteral(":doc"), DocumentKinds::code(kind));
    if (Status status = clear.exec(); !status)
        return status;
    int position = 0;
    for (const QString &key : keys) {
        if (ownId(key) > 0) {
            // An own entry that is not in this database (removed meanwhile, or from another file)
            // cannot be cited from it: it is left out rather than failing the whole save.
            SqlQuery exists(m_database, QStringLiteral("SELECT 1 FROM legal_basis_own WHERE id = :id"));
            exists.bind(QStringLiteral(":id"), ownId(key));
            if (Status status = exists.exec(); !status)
                return status;
            if (!exists.next())
                continue;
        }
        SqlQuery insert(m_database, QStringLiteral("INSERT INTO document_basis (year_id, document, position, catalogue_id, own_id) "
                                                   "VALUES (:year, :doc, :position, :catalogue, :own)"));
        insert.bind(QStringLiteral(":year"), yearId)
            .bind(QStringLiteral(":doc"), DocumentKinds::code(kind))
            .bind(QStringLiteral(":position"), position++)
            .bind(QStringLiteral(":catalogue"), ownId(key) > 0 ? QVariant() : QVariant(key))
            .bind(QStringLiteral(":own"), ownId(key) > 0 ? QVariant(ownId(key)) : QVariant());
        if (Status status = insert.exec(); !status)
            return status.prefixed(Text::tr("Không lưu được văn bản căn cứ \"%1\"").arg(key));
    }
    // An empty choice is a choice too: remember it, so the defaults do not come back.
    SqlQuery marker(m_database, QStringLiteral(
        "INSERT INTO document_basis_choice (year_id, document) VALUES (:year, :doc) "
        "ON CONFLICT (year_id, document) DO UPDATE SET chosen_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"));
    marker.bind(QStringLiteral(":year"), yearId).bind(QStringLiteral(":doc"), DocumentKinds::code(kind));
    if (Status status = marker.exec(); !status)
        return status;
    return transaction.commit();
}

Expected<QList<LegalBasis>> LegalBasisRepository::selectedOrDefault(qint64 yearId, DocumentKind kind,
                                                                    const LegalBasisCatalogue &catalogue,
                                                                    const QString &levelCode, int startYear)
{
    const auto keys = selectionKeys(yearId, kind);
    if (!keys)
        return keys.status();
    if (!keys.value().has_value())
        return catalogue.defaultBases(kind, levelCode, startYear);
    const auto own = ownBases();
    if (!own)
        return own.status();
    QList<LegalBasis> bases;
    for (const QString &key : *keys.value()) {
        if (const auto found = catalogue.find(key)) {
            bases << *found;
            continue;
        }
        for (const LegalBasis &entry : own.value()) {
            if (entry.key == key)
                bases << entry;
        }
    }
    return bases;
}

} // namespace sdx
