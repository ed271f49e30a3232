#include "AuthorityProfileRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace sdx {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::AuthorityProfileRepository)
};

} // namespace

Expected<std::optional<AuthorityProfile>> AuthorityProfileRepository::load()
{
    SqlQuery query(m_database, QStringLiteral(
        "SELECT parent_line, name, name_in_sentence, place_name, doc_sign, signing_authority, head_title, "
        "signer_title, signer_name, recipients FROM authority_profile WHERE id = 1"));
    if (Status status = query.exec(); !status)
        return status.prefixed(Text::tr("Không đọc được hồ sơ cơ quan tổng hợp"));
    if (!query.next())
        return std::optional<AuthorityProfile>();
    AuthorityProfile profile;
    profile.parentLine = query.value(0).toString();
    profile.name = query.value(1).toString();
    profile.nameInSentence = query.value(2).toString();
    profile.placeName = query.value(3).toString();
    profile.docSign = query.value(4).toString();
    profile.signingAuthority = query.value(5).toString();
    profile.headTitle = query.value(6).toString();
    profile.signerTitle = query.value(7).toString();
    profile.signerName = query.value(8).toString();
    const QString recipients = query.value(9).toString();
    if (!recipients.isEmpty())
        profile.recipients = recipients.split(QLatin1Char('\n'));
    return std::optional<AuthorityProfile>(profile);
}

Status AuthorityProfileRepository::save(const AuthorityProfile &input)
{
    const AuthorityProfile profile = input.normalised();
    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char(' ')));
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    SqlQuery query(m_database, QStringLiteral(
        "INSERT INTO authority_profile (id, parent_line, name, name_in_sentence, place_name, doc_sign, "
        "signing_authority, head_title, signer_title, signer_name, recipients) "
        "VALUES (1, :parent, :name, :sentence, :place, :sign, :authority, :head, :title, :signer, :recipients) "
        "ON CONFLICT (id) DO UPDATE SET parent_line = excluded.parent_line, name = excluded.name, "
        "name_in_sentence = excluded.name_in_sentence, place_name = excluded.place_name, doc_sign = excluded.doc_sign, "
        "signing_authority = excluded.signing_authority, head_title = excluded.head_title, "
        "signer_title = excluded.signer_title, signer_name = excluded.signer_name, recipients = excluded.recipients, "
        "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"));
    query.bind(QStringLiteral(":parent"), profile.parentLine)
        .bind(QStringLiteral(":name"), profile.name)
        .bind(QStringLiteral(":sentence"), profile.nameInSentence)
        .bind(QStringLiteral(":place"), profile.placeName)
        .bind(QStringLiteral(":sign"), profile.docSign)
        .bind(QStringLiteral(":authority"), profile.signingAuthority)
        .bind(QStringLiteral(":head"), profile.headTitle)
        .bind(QStringLiteral(":title"), profile.signerTitle)
        .bind(QStringLiteral(":signer"), profile.signerName)
        .bind(QStringLiteral(":recipients"), profile.recipients.join(QLatin1Char('\n')));
    if (Status status = query.exec(); !status)
        return status.prefixed(Text::tr("Không lưu được hồ sơ cơ quan tổng hợp"));
    return transaction.commit();
}

} // namespace sdx
