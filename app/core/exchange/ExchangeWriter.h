#pragma once

#include "ExchangeDocument.h"
#include "common/Status.h"

#include <QByteArray>
#include <QString>

namespace sdx {

/**
 * Writes exchange files: the checksum is filled in, the bytes go through SafeFile, and the written
 * file is read back with ExchangeReader (parse + checksum) before success is reported.
 */
namespace ExchangeWriter {

enum class Compression { Gzip, None };

/// The file's bytes; `document.checksum` is set to the checksum written.
Expected<QByteArray> serialise(ExchangeDocument &document, Compression compression = Compression::Gzip);

/// Writes and verifies; returns the document as written (checksum set).
Expected<ExchangeDocument> writeFile(ExchangeDocument document, const QString &path,
                                     Compression compression = Compression::Gzip);

/**
 * A file name that says whose and which file it is, safe on every file system:
 * "67000123_TH-Chu-Van-An_2022-2023_r2.sdx" (code, name without "Trường" and without diacritics,
 * year, revision). The code is left out when empty.
 */
QString suggestFileName(const QString &schoolCode, const QString &schoolName, const QString &schoolYear,
                        int revision);

/// "Trường Tiểu học Chu Văn An" → "TH-Chu-Van-An": diacritics removed, safe characters only.
QString asciiSlug(const QString &schoolName);

} // namespace ExchangeWriter
} // namespace sdx
