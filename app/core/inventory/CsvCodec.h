#pragma once

#include "LegacyEncoding.h"
#include "SheetTable.h"
#include "common/Status.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace sdx {

/// How a CSV file's bytes were turned into text.
struct CsvText
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
    bool converted = false;         ///< a legacy encoding was converted to Unicode
};

/**
 * CSV as Excel reads and writes it: fields separated by ',' ';' or tab (guessed from the header
 * line, since a Vietnamese Excel writes ';'), quoted with '"', rows ending in CRLF. Written as
 * UTF-8 with a BOM, which is how Excel knows to show Vietnamese letters.
 */
namespace CsvCodec {

/// Decodes the bytes: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1258; TCVN3 only
/// when `convertTcvn3`; anything else fails with LegacyEncoding::advice().
Expected<CsvText> decode(const QByteArray &bytes, bool convertTcvn3);
SheetTable parse(const QString &text, const QString &name);
QByteArray write(const QStringList &header, const QList<QStringList> &rows);

} // namespace CsvCodec
} // namespace sdx
