#pragma once

#include <QByteArray>
#include <QString>

namespace sdx {

/// How a text file (or the text of a spreadsheet) is encoded, as far as Vietnamese goes.
enum class TextEncoding {
    Utf8,       ///< also pure ASCII and UTF-8 with BOM
    Utf16,      ///< with a BOM ("Unicode text" saved by Excel)
    Cp1258,     ///< Windows-1258: what Excel's plain "CSV" writes on a Vietnamese Windows
    Tcvn3,      ///< TCVN 5712:1993 VN3, the ".Vn" fonts of the ABC keyboard
    Vni,        ///< VNI-Windows, the "VNI-" fonts
    Unknown     ///< not UTF-8 and no Vietnamese legacy signature
};

/**
 * Recognises the Vietnamese legacy encodings still met in schools by their signatures, and
 * converts those that can be converted correctly. TCVN3 and Windows-1258 tables were checked
 * against glibc's iconv (TCVN5712-1, CP1258). VNI is only recognised: its letter-plus-mark
 * layout has no table we could verify, so the user is asked to convert the file.
 */
namespace LegacyEncoding {

/// For bytes that are not valid UTF-8.
TextEncoding detectBytes(const QByteArray &bytes);
/// For text read from a Unicode container (XLSX) that may hold legacy-font text: characters up
/// to U+00FF are taken as the legacy bytes. Any Vietnamese letter beyond U+00FF means Unicode.
TextEncoding detectText(const QString &text);

QString decodeCp1258(const QByteArray &bytes);
QString decodeTcvn3(const QByteArray &bytes);
/// TCVN3 text that went through a Latin-1 reading (an XLSX cell typed with a .Vn font).
QString convertTcvn3Text(const QString &text);

QString name(TextEncoding encoding);            ///< "TCVN3 (ABC)", "VNI", "Windows-1258"…
/// The Vietnamese sentence telling the user what was found and what to do.
QString advice(TextEncoding encoding);

} // namespace LegacyEncoding
} // namespace sdx
