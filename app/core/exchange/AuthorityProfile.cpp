#include "AuthorityProfile.h"

#include "common/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace sdx {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::AuthorityProfile)
};

const QStringList kSigningAuthorities = {QString(), QStringLiteral("KT."), QStringLiteral("TM."),
                                         QStringLiteral("Q."), QStringLiteral("TL."), QStringLiteral("TUQ.")};

/// JSON key → member, for the text members (recipients is the one list).
struct Field
{
    const char *key;
    QString AuthorityProfile::*member;
};

const Field kFields[] = {
    {"parentLine", &AuthorityProfile::parentLine},
    {"name", &AuthorityProfile::name},
    {"nameInSentence", &AuthorityProfile::nameInSentence},
    {"placeName", &AuthorityProfile::placeName},
    {"docSign", &AuthorityProfile::docSign},
    {"signingAuthority", &AuthorityProfile::signingAuthority},
    {"headTitle", &AuthorityProfile::headTitle},
    {"signerTitle", &AuthorityProfile::signerTitle},
    {"signerName", &AuthorityProfile::signerName},
};

constexpr qint64 kMaxFileBytes = 1024 * 1024;

} // namespace

QString AuthorityProfile::sentenceName() const
{
    return nameInSentence.trimmed().isEmpty() ? name.trimmed() : nameInSentence.trimmed();
}

AuthorityProfile AuthorityProfile::normalised() const
{
    AuthorityProfile copy;
    for (const Field &field : kFields)
        copy.*field.member = (this->*field.member).simplified();
    for (const QString &line : recipients) {
        if (!line.trimmed().isEmpty())
            copy.recipients << line.simplified();
    }
    return copy;
}

QStringList AuthorityProfile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << Text::tr("Hãy nhập tên cơ quan tổng hợp (ví dụ: UBND XÃ ĐỨC AN).");
    if (placeName.trimmed().isEmpty())
        problems << Text::tr("Hãy nhập địa danh ghi ở dòng ngày tháng (ví dụ: Đức An).");
    if (docSign.trimmed().isEmpty())
        problems << Text::tr("Hãy nhập ký hiệu cơ quan dùng trong số văn bản (ví dụ: UBND cho \"Số: …/BC-UBND\").");
    else if (docSign.contains(QLatin1Char('/')))
        problems << Text::tr("Ký hiệu cơ quan chỉ ghi phần sau \"BC-\", không có dấu \"/\".");
    if (!kSigningAuthorities.contains(signingAuthority.trimmed()))
        problems << Text::tr("Quyền hạn ký \"%1\" không hợp lệ (để trống hoặc KT., TM., Q., TL., TUQ.).")
                        .arg(signingAuthority);
    if (headTitle.trimmed().isEmpty())
        problems << Text::tr("Hãy nhập chức vụ của người đứng đầu (ví dụ: Chủ tịch, Giám đốc).");
    return problems;
}

QJsonObject AuthorityProfile::toJson() const
{
    QJsonObject object;
    for (const Field &field : kFields)
        object.insert(QLatin1String(field.key), this->*field.member);
    object.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(recipients));
    return object;
}

Expected<AuthorityProfile> AuthorityProfile::fromJson(const QJsonObject &object)
{
    AuthorityProfile profile;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == QLatin1String("recipients")) {
            if (!it.value().isArray())
                return Status::failure(Text::tr("\"recipients\" phải là một danh sách chuỗi."));
            for (const QJsonValue &line : it.value().toArray()) {
                if (!line.isString())
                    return Status::failure(Text::tr("\"recipients\" phải là một danh sách chuỗi."));
                profile.recipients << line.toString();
            }
            continue;
        }
        const auto field = std::find_if(std::begin(kFields), std::end(kFields),
                                        [&](const Field &f) { return it.key() == QLatin1String(f.key); });
        if (field == std::end(kFields))
            return Status::failure(Text::tr("Khóa \"%1\" không có trong hồ sơ cơ quan.").arg(it.key()));
        if (!it.value().isString())
            return Status::failure(Text::tr("\"%1\" phải là một chuỗi.").arg(it.key()));
        profile.*field->member = it.value().toString();
    }
    return profile.normalised();
}

Expected<AuthorityProfile> AuthorityProfile::readFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const Expected<QByteArray> bytes = SafeFile::read(path, kMaxFileBytes);
    if (!bytes)
        return bytes.status();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Status::failure(Text::tr("Tệp %1 không phải một đối tượng JSON hợp lệ (%2).")
                                   .arg(shown, error.error != QJsonParseError::NoError ? error.errorString()
                                                                                       : Text::tr("không phải đối tượng")));
    const Expected<AuthorityProfile> profile = fromJson(document.object());
    if (!profile)
        return Status::failure(Text::tr("Tệp %1: %2").arg(shown, profile.message()));
    const QStringList problems = profile->validate();
    if (!problems.isEmpty())
        return Status::failure(Text::tr("Tệp %1: %2").arg(shown, problems.join(QLatin1Char(' '))));
    return profile;
}

bool AuthorityProfile::operator==(const AuthorityProfile &other) const
{
    for (const Field &field : kFields) {
        if (this->*field.member != other.*field.member)
            return false;
    }
    return recipients == other.recipients;
}

} // namespace sdx
