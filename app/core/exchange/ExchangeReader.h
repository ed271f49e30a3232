#pragma once

#include "ExchangeDocument.h"
#include "common/Status.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sdx {

/// A file read and checked: the document, the JSON it came from and how it was stored.
struct ExchangeFile
{
    ExchangeDocument document;
    QJsonObject json;        ///< the whole object as read, checksum included
    QString path;
    bool compressed = false;
    qint64 fileSize = 0;
};

/**
 * Reads an exchange file, refusing anything that is not one with a Vietnamese message that names
 * the file and the reason: too large (checked before reading), a ZIP archive, not JSON, truncated,
 * another format, a newer format version, a checksum that does not match (edited by hand), a
 * missing school code or year. It checks the form only; ExchangeValidator re-scores the facts.
 */
namespace ExchangeReader {

Expected<ExchangeFile> readFile(const QString &path);

/// The same checks on bytes already in memory; `sourceName` names them in messages.
Expected<ExchangeFile> parse(const QByteArray &bytes, const QString &sourceName);

/// Whether the first bytes look like an exchange file (gzip, or JSON naming our format).
bool looksLikeExchangeFile(const QString &path, const QByteArray &head);

} // namespace ExchangeReader
} // namespace sdx
