#include "ExchangeWriter.h"

#include "ExchangeChecksum.h"
#include "ExchangeFormat.h"
#include "ExchangeJson.h"
#include "ExchangeReader.h"
#include "Gzip.h"
#include "common/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sdx::ExchangeWriter {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::Exchange)
};

constexpr int kMaxSlugLength = 48;

// Longest first, so "Trung học phổ thông" is not read as "Trung học …" plus the rest.
const char *const kLevelAbbreviations[][2] = {
    {"Phổ thông Dân tộc nội trú", "PTDTNT"},
    {"Phổ thông Dân tộc bán trú", "PTDTBT"},
    {"Tiểu học và Trung học cơ sở", "TH-THCS"},
    {"Trung học cơ sở và Trung học phổ thông", "THCS-THPT"},
    {"Trung học phổ thông", "THPT"},
    {"Trung học cơ sở", "THCS"},
    {"Tiểu học", "TH"},
    {"Mầm non", "MN"},
    {"Mẫu giáo", "MG"},
    {"TH&THCS", "TH-THCS"},
    {"THCS&THPT", "THCS-THPT"},
};

QString withoutDiacritics(const QString &text)
{
    QString result;
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == QChar(0x0111))
            result.append(QLatin1Char('d'));
        else if (c == QChar(0x0110))
            result.append(QLatin1Char('D'));
        else
            result.append(c);
    }
    return result;
}

QString abbreviateLevel(QString name)
{
    static const QRegularExpression school(QStringLiteral("^\\s*Trường\\s+"),
                                           QRegularExpression::CaseInsensitiveOption);
    name.remove(school);
    for (const auto &pair : kLevelAbbreviations) {
        const QString phrase = QString::fromUtf8(pair[0]);
        if (name.startsWith(phrase, Qt::CaseInsensitive))
            return QString::fromLatin1(pair[1]) + QLatin1Char(' ') + name.mid(phrase.size());
    }
    return name;
}

Status verifyWritten(const QString &path, const QString &expectedChecksum)
{
    const Expected<ExchangeFile> back = ExchangeReader::readFile(path);
    if (!back)
        return Status::failure(Text::tr("Kiểm tra tệp vừa ghi thất bại: %1").arg(back.message()));
    if (back->document.checksum != expectedChecksum)
        return Status::failure(Text::tr("Tệp vừa ghi %1 không khớp với dữ liệu đã xuất (lỗi ổ đĩa?)")
                                   .arg(QDir::toNativeSeparators(path)));
    return Status::success();
}

} // namespace

Expected<QByteArray> serialise(ExchangeDocument &document, Compression compression)
{
    QJsonObject object = ExchangeJson::toJson(document);
    document.checksum = ExchangeChecksum::compute(object);
    object.insert(QStringLiteral("checksum"), ExchangeChecksum::member(document.checksum));
    // Indented: a person who opens the uncompressed form can read it; the checksum ignores layout.
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
    if (compression == Compression::None)
        return json;
    return Gzip::compress(json, 9);
}

Expected<ExchangeDocument> writeFile(ExchangeDocument document, const QString &path, Compression compression)
{
    const Expected<QByteArray> bytes = serialise(document, compression);
    if (!bytes)
        return bytes.status().prefixed(QDir::toNativeSeparators(path));
    if (bytes->size() > ExchangeFormat::MaxFileBytes)
        return Status::failure(Text::tr("Tệp %1 quá lớn để gửi (giới hạn %2 MB).")
                                   .arg(QDir::toNativeSeparators(path))
                                   .arg(ExchangeFormat::MaxFileBytes / (1024 * 1024)));
    const QString checksum = document.checksum;
    const QByteArray &data = *bytes;
    const Status status = SafeFile::write(
        path, [&data](QIODevice &device, QString *) { return device.write(data) == data.size(); },
        [&checksum](const QString &written) { return verifyWritten(written, checksum); });
    if (!status)
        return status;
    return document;
}

QString asciiSlug(const QString &schoolName)
{
    QString slug = withoutDiacritics(abbreviateLevel(schoolName.simplified()));
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9]+"));
    slug.replace(unsafe, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.size() > kMaxSlugLength) {
        slug.truncate(kMaxSlugLength);
        while (slug.endsWith(QLatin1Char('-')))
            slug.chop(1);
    }
    return slug;
}

QString suggestFileName(const QString &schoolCode, const QString &schoolName, const QString &schoolYear,
                        int revision)
{
    QStringList parts;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9-]+"));
    const QString code = withoutDiacritics(schoolCode.trimmed()).replace(unsafe, QStringLiteral("-"));
    if (!code.isEmpty())
        parts << code;
    const QString slug = asciiSlug(schoolName);
    parts << (slug.isEmpty() ? QStringLiteral("truong") : slug);
    parts << QString(schoolYear).replace(unsafe, QStringLiteral("-"));
    parts << QStringLiteral("r%1").arg(revision);
    return parts.join(QLatin1Char('_')) + QLatin1Char('.') + QLatin1String(ExchangeFormat::Suffix);
}

} // namespace sdx::ExchangeWriter
