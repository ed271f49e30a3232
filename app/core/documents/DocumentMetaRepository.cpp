#include "DocumentMetaRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::DocumentMetaRepository)
};

const QStringList kAuthorities = {QString(), QStringLiteral("KT."), QStringLiteral("TM."), QStringLiteral("Q."),
                                  QStringLiteral("TL."), QStringLiteral("TUQ.")};

} // namespace

QStringList DocumentMetaRepository::validate(const DocumentMeta &meta)
{
    QStringList problems;
    if (meta.number < 0 || meta.number > 99999)
        problems << Text::tr("Số văn bản phải từ 1 đến 99999 (để 0 nếu văn thư sẽ ghi số).");
    if (!meta.date.isNull() && (meta.date.year() < 2000 || meta.date.year() > 2100))
        problems << Text::tr("Ngày ban hành %1 không hợp lệ.").arg(meta.date.toString(QStringLiteral("dd/MM/yyyy")));
    if (!kAuthorities.contains(meta.signingAuthority.trimmed()))
        problems << Text::tr("Quyền hạn ký \"%1\" không hợp lệ (để trống hoặc KT., TM., Q., TL., TUQ.).")
                        .arg(meta.signingAuthority);
    return problems;
}

Expected<std::optional<DocumentMeta>> DocumentMetaRepository::load(qint64 yearId, DocumentKind kind)
{
    SqlQuery query(m_database, QStringLiteral("SELECT number, issued_on, signing_authority, signer_title, signer_name "
                                              "FROM document_meta WHERE year_id = :year AND document = :doc"));
    query.bind(QStringLiteral(":year"), yearId).bind(QStringLiteral(":doc"), DocumentKinds::code(kind));
    if (Status status = query.exec(); !status)
        return status;
    if (!query.next())
        return std::optional<DocumentMeta>();
    DocumentMeta meta;
    meta.number = query.value(0).toInt();
    meta.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    meta.signingAuthority = query.value(2).toString();
    meta.signerTitle = query.value(3).toString();
    meta.signerName = query.value(4).toString();
    return std::optional<DocumentMeta>(meta);
}

Status DocumentMetaRepository::save(qint64 yearId, DocumentKind kind, const DocumentMeta &meta)
{
    const QStringList problems = validate(meta);
    if (!problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char(' ')));
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    SqlQuery query(m_database, QStringLiteral(
        "INSERT INTO document_meta (year_id, document, number, issued_on, signing_authority, signer_title, signer_name) "
        "VALUES (:year, :doc, :number, :date, :authority, :title, :name) "
        "ON CONFLICT (year_id, document) DO UPDATE SET number = excluded.number, issued_on = excluded.issued_on, "
        "signing_authority = excluded.signing_authority, signer_title = excluded.signer_title, "
        "signer_name = excluded.signer_name, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"));
    query.bind(QStringLiteral(":year"), yearId)
        .bind(QStringLiteral(":doc"), DocumentKinds::code(kind))
        .bind(QStringLiteral(":number"), meta.number)
        .bind(QStringLiteral(":date"), meta.date.isValid() ? meta.date.toString(Qt::ISODate) : QStringLiteral(""))
        .bind(QStringLiteral(":authority"), meta.signingAuthority.trimmed())
        .bind(QStringLiteral(":title"), meta.signerTitle.trimmed())
        .bind(QStringLiteral(":name"), meta.signerName.trimmed());
    if (Status status = query.exec(); !status)
        return status.prefixed(Text::tr("Không lưu được số, ngày và người ký của %1").arg(DocumentKinds::displayName(kind)));
    return transaction.commit();
}

} // namespace sdx
