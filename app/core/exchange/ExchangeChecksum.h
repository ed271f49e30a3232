#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sdx::ExchangeChecksum {

/**
 * The bytes the checksum is computed over: the document object without its "checksum" member,
 * serialised as compact JSON (no whitespace) with object keys in ascending order, UTF-8, strings
 * with only the mandatory escapes, integral numbers without a fraction. This is exactly
 * QJsonDocument::toJson(Compact) on Qt 6, and Python's
 * json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False) for the numbers SchoolDX
 * writes (docs/exchange-format.md gives the rules and a verification script).
 */
QByteArray canonicalBytes(QJsonObject document);

/// Lower-case hex SHA-256 of canonicalBytes().
QString compute(const QJsonObject &document);

/// Whether the document's "checksum" member is {"algorithm": "sha256", "value": compute(document)}.
bool verify(const QJsonObject &document);

/// The "checksum" member to store for `value`.
QJsonObject member(const QString &value);
/// The hex value stored in a document, empty when absent or malformed.
QString stored(const QJsonObject &document);

} // namespace sdx::ExchangeChecksum
