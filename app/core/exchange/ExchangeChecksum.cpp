#include "ExchangeChecksum.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace sdx::ExchangeChecksum {
namespace {

const QString kChecksumKey = QStringLiteral("checksum");

} // namespace

QByteArray canonicalBytes(QJsonObject document)
{
    document.remove(kChecksumKey);
    // QJsonObject keeps its keys sorted, so the compact form is already canonical.
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

QString compute(const QJsonObject &document)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalBytes(document), QCryptographicHash::Sha256).toHex());
}

QJsonObject member(const QString &value)
{
    return QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("sha256")}, {QStringLiteral("value"), value}};
}

QString stored(const QJsonObject &document)
{
    const QJsonObject checksum = document.value(kChecksumKey).toObject();
    if (checksum.value(QLatin1String("algorithm")).toString() != QLatin1String("sha256"))
        return QString();
    return checksum.value(QLatin1String("value")).toString().toLower();
}

bool verify(const QJsonObject &document)
{
    const QString value = stored(document);
    return !value.isEmpty() && value == compute(document);
}

} // namespace sdx::ExchangeChecksum
