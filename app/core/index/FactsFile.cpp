#include "FactsFile.h"

#include "common/SafeFile.h"
#include "exchange/ExchangeFactsFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace sdx::FactsFile {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::FactsFile)
};

constexpr qint64 kMaxFactsFileBytes = 16 * 1024 * 1024;
constexpr qint64 kHeadBytes = 4096;

bool plainAccepts(const QString &, const QByteArray &head)
{
    return head.trimmed().startsWith('{');
}

Expected<FactsFileContent> plainRead(const QString &path)
{
    const Expected<QByteArray> data = SafeFile::read(path, kMaxFactsFileBytes);
    if (!data)
        return data.status();
    return parsePlain(*data, QDir::toNativeSeparators(path));
}

// One line per format; the first reader that accepts a file reads it. The plain form comes last
// because other JSON-based formats are more specific.
const Reader kReaders[] = {
    {"sdx", &ExchangeFactsFile::accepts, &ExchangeFactsFile::read},
    {"plain", &plainAccepts, &plainRead},
};

Status readAdjustments(const QJsonObject &object, const QString &sourceName, Adjustments &adjustments)
{
    QStringList problems;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QJsonValue points = entry.value(QLatin1String("points"));
        if (!it.value().isObject() || !points.isDouble()) {
            problems << Text::tr("điều chỉnh của mục %1 cần dạng {\"points\": số, \"reason\": \"lý do\", \"by\": \"người điều chỉnh\"}")
                            .arg(it.key());
            continue;
        }
        adjustments.insert(it.key(), {points.toDouble(), entry.value(QLatin1String("reason")).toString(),
                                      entry.value(QLatin1String("by")).toString()});
    }
    if (problems.isEmpty())
        return Status::success();
    return Status::failure(Text::tr("Tệp %1: %2.").arg(sourceName, problems.join(QStringLiteral("; "))));
}

} // namespace

Expected<FactsFileContent> parsePlain(const QByteArray &data, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Status::failure(Text::tr("Tệp %1 không phải JSON hợp lệ (vị trí %2: %3).")
                                   .arg(sourceName)
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QLatin1String("index")).isString()
        || !root.value(QLatin1String("facts")).isObject())
        return Status::failure(Text::tr("Tệp %1 không đúng dạng tệp dữ kiện: cần {\"index\": \"4725/QĐ-BGDĐT\", "
                                  "\"facts\": {mã mục: giá trị}}.")
                                   .arg(sourceName));
    FactsFileContent content;
    content.format = QStringLiteral("plain");
    content.indexId = root.value(QLatin1String("index")).toString();
    const QJsonValue version = root.value(QLatin1String("indexVersion"));
    if (!version.isUndefined() && (!version.isDouble() || version.toInt(-1) < 1))
        return Status::failure(Text::tr("Tệp %1: \"indexVersion\" phải là số nguyên từ 1 trở lên.").arg(sourceName));
    content.indexVersion = version.toInt(0);
    const QJsonObject facts = root.value(QLatin1String("facts")).toObject();
    const QString provenance = Text::tr("từ tệp %1").arg(QFileInfo(sourceName).fileName());
    for (auto it = facts.constBegin(); it != facts.constEnd(); ++it) {
        Fact fact;
        fact.value = it.value();
        fact.provenance = provenance;
        content.facts.insert(it.key(), fact);
    }
    const QJsonValue adjustments = root.value(QLatin1String("adjustments"));
    if (!adjustments.isUndefined() && !adjustments.isObject())
        return Status::failure(Text::tr("Tệp %1: \"adjustments\" phải là một đối tượng {mã mục: điều chỉnh}.").arg(sourceName));
    if (Status status = readAdjustments(adjustments.toObject(), sourceName, content.adjustments); !status)
        return status;
    return content;
}

QJsonObject toPlainJson(const FactsFileContent &content)
{
    QJsonObject facts;
    for (auto it = content.facts.cbegin(); it != content.facts.cend(); ++it)
        facts.insert(it.key(), it->value);
    QJsonObject root{{QStringLiteral("index"), content.indexId}, {QStringLiteral("facts"), facts}};
    if (content.indexVersion > 0)
        root.insert(QStringLiteral("indexVersion"), content.indexVersion);
    if (!content.adjustments.isEmpty()) {
        QJsonObject adjustments;
        for (auto it = content.adjustments.cbegin(); it != content.adjustments.cend(); ++it)
            adjustments.insert(it.key(), QJsonObject{{QStringLiteral("points"), it->points},
                                                     {QStringLiteral("reason"), it->reason},
                                                     {QStringLiteral("by"), it->by}});
        root.insert(QStringLiteral("adjustments"), adjustments);
    }
    return root;
}

Expected<FactsFileContent> read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Status::failure(Text::tr("Không tìm thấy tệp %1").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Text::tr("Không mở được tệp %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray head = file.read(kHeadBytes);
    file.close();
    for (const Reader &reader : kReaders) {
        if (reader.accepts(path, head))
            return reader.read(path);
    }
    return Status::failure(Text::tr("Tệp %1 không phải tệp dữ kiện mà SchoolDX đọc được (cần JSON dạng "
                              "{\"index\": …, \"facts\": {…}}).")
                               .arg(QDir::toNativeSeparators(path)));
}

} // namespace sdx::FactsFile
