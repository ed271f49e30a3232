#include "LegacyEncoding.h"

#include <QCoreApplication>

#include <array>

namespace sdx::LegacyEncoding {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::LegacyEncoding)
};

// TCVN3 (VN3) bytes 0xA0–0xFF → Unicode; 0 = not a TCVN3 letter (kept as Latin-1).
// The 74 letters agree with glibc's TCVN5712-1 table restricted to VN3's lowercase set.
constexpr std::array<char16_t, 96> kTcvn3 = {
    0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110, 0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0,
    0, 0, 0, 0, 0, 0x00E0, 0x1EA3, 0x00E3, 0x00E1, 0x1EA1, 0, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0,
    0, 0, 0, 0, 0, 0, 0x1EB7, 0x1EA7, 0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0, 0x1EBB, 0x1EBD,
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC, 0x1EC9, 0, 0, 0, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
    0, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7, 0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
    0, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF, 0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0,
};

// Windows-1258 bytes 0x80–0xFF → Unicode (glibc CP1258); 0xFFFD for the undefined ones.
constexpr std::array<char16_t, 128> kCp1258 = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0xFFFD, 0x2039, 0x0152, 0xFFFD, 0xFFFD, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0xFFFD, 0x203A, 0x0153, 0xFFFD, 0xFFFD, 0x0178,
    0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF,
    0x00C0, 0x00C1, 0x00C2, 0x0102, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x0300, 0x00CD, 0x00CE, 0x00CF,
    0x0110, 0x00D1, 0x0309, 0x00D3, 0x00D4, 0x01A0, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x01AF, 0x0303, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x0103, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x0301, 0x00ED, 0x00EE, 0x00EF,
    0x0111, 0x00F1, 0x0323, 0x00F3, 0x00F4, 0x01A1, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x01B0, 0x20AB, 0x00FF,
};

/// Letters of Vietnamese (precomposed), beyond ASCII.
bool isVietnameseLetter(char16_t c)
{
    static const QString latin1Letters = QStringLiteral("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý");
    if (c >= 0x1EA0 && c <= 0x1EF9)
        return true;
    switch (c) {
    case 0x0102: case 0x0103: case 0x0110: case 0x0111: case 0x0128: case 0x0129:
    case 0x0168: case 0x0169: case 0x01A0: case 0x01A1: case 0x01AF: case 0x01B0:
        return true;
    default:
        return latin1Letters.contains(QChar(c));
    }
}

/// Characters a Vietnamese text may legitimately hold beyond ASCII besides letters.
bool isHarmlessSymbol(char16_t c)
{
    return c == 0x00A0 || (c >= 0x2010 && c <= 0x2044) || c == 0x20AC || c == 0x20AB;
}

/// Non-ASCII characters that are neither Vietnamese letters nor harmless symbols.
int foreignCount(const QString &text)
{
    int count = 0;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80 && !isVietnameseLetter(c.unicode()) && !isHarmlessSymbol(c.unicode()))
            ++count;
    }
    return count;
}

/// Latin-1 letters that VNI uses as marks and that never occur in Unicode Vietnamese text.
bool isVniMark(char16_t c)
{
    switch (c) {
    case 0xF8: case 0xFB: case 0xEF: case 0xE5: case 0xE4: case 0xEB: case 0xFC: case 0xF6: case 0xF1:
    case 0xD8: case 0xDB: case 0xCF: case 0xC5: case 0xC4: case 0xCB: case 0xDC: case 0xD6: case 0xD1:
        return true;
    default:
        return false;
    }
}

struct Signature
{
    int tcvnOnly = 0;        ///< bytes 0xA1–0xBF that are TCVN3 letters (ư, đ, â, ê, ô, ơ, ă, à, á…)
    int vniMarks = 0;
    int high = 0;
};

Signature signatureOf(const QString &latin1)
{
    Signature signature;
    for (const QChar c : latin1) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            continue;
        ++signature.high;
        if (u >= 0xA1 && u <= 0xBF && kTcvn3[u - 0xA0] != 0)
            ++signature.tcvnOnly;
        if (isVniMark(u))
            ++signature.vniMarks;
    }
    return signature;
}

bool looksTcvn3(const QString &latin1, const Signature &signature)
{
    // Every Vietnamese text in TCVN3 has some of ư đ â ê ô ơ ă à á ả ã ạ, all in 0xA1–0xBF, where
    // Windows-1258 and VNI have only rare symbols; and once converted nothing foreign may remain.
    return signature.tcvnOnly >= 2 && foreignCount(convertTcvn3Text(latin1)) * 20 <= signature.high;
}

} // namespace

QString decodeCp1258(const QByteArray &bytes)
{
    QString result;
    result.reserve(bytes.size());
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        result.append(b < 0x80 ? QChar(char16_t(b)) : QChar(kCp1258[b - 0x80]));
    }
    // Windows-1258 writes tones as combining marks after the letter: compose them.
    return result.normalized(QString::NormalizationForm_C);
}

QString convertTcvn3Text(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char16_t mapped = (u >= 0xA0 && u <= 0xFF) ? kTcvn3[u - 0xA0] : 0;
        result.append(mapped ? QChar(mapped) : c);
    }
    // TCVN3 has no capitals with diacritics: a title typed with the ".VnTimeH" font stores them as
    // small letters. A word whose plain letters are all capitals is such a title: capitalise it.
    qsizetype start = 0;
    while (start < result.size()) {
        qsizetype end = start;
        bool hasAscii = false;
        bool allUpper = true;
        while (end < result.size() && !result.at(end).isSpace()) {
            const QChar c = result.at(end);
            if (c.unicode() < 0x80 && c.isLetter()) {
                hasAscii = true;
                allUpper = allUpper && c.isUpper();
            }
            ++end;
        }
        if (hasAscii && allUpper && end - start > 1) {
            for (qsizetype i = start; i < end; ++i)
                result[i] = result.at(i).toUpper();
        }
        start = end + 1;
    }
    return result;
}

QString decodeTcvn3(const QByteArray &bytes)
{
    return convertTcvn3Text(QString::fromLatin1(bytes));
}

TextEncoding detectBytes(const QByteArray &bytes)
{
    const QString latin1 = QString::fromLatin1(bytes);
    const Signature signature = signatureOf(latin1);
    if (signature.high == 0)
        return TextEncoding::Utf8;
    if (looksTcvn3(latin1, signature))
        return TextEncoding::Tcvn3;
    if (foreignCount(decodeCp1258(bytes)) * 20 <= signature.high)
        return TextEncoding::Cp1258;
    if (signature.vniMarks >= 2)
        return TextEncoding::Vni;
    return TextEncoding::Unknown;
}

TextEncoding detectText(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xFF && isVietnameseLetter(c.unicode()))
            return TextEncoding::Utf8;
    }
    const Signature signature = signatureOf(text);
    if (signature.high == 0)
        return TextEncoding::Utf8;
    if (looksTcvn3(text, signature))
        return TextEncoding::Tcvn3;
    if (signature.vniMarks >= 2)
        return TextEncoding::Vni;
    return TextEncoding::Utf8;
}

QString name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("UTF-8");
    case TextEncoding::Utf16: return QStringLiteral("UTF-16");
    case TextEncoding::Cp1258: return QStringLiteral("Windows-1258");
    case TextEncoding::Tcvn3: return QStringLiteral("TCVN3 (ABC)");
    case TextEncoding::Vni: return QStringLiteral("VNI");
    case TextEncoding::Unknown: return Text::tr("không rõ");
    }
    return QString();
}

QString advice(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Tcvn3:
        return Text::tr("Tệp dùng bảng mã TCVN3 (ABC), hãy lưu lại dạng UTF-8 (trong Excel: Lưu thành › CSV UTF-8), "
                  "hoặc chọn chuyển đổi từ TCVN3 khi nhập.");
    case TextEncoding::Vni:
        return Text::tr("Tệp dùng bảng mã VNI, hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) "
                  "rồi lưu lại dạng UTF-8.");
    case TextEncoding::Cp1258:
        return Text::tr("Tệp dùng bảng mã Windows-1258; SchoolDX đã đọc và chuyển sang Unicode.");
    case TextEncoding::Unknown:
        return Text::tr("Tệp không phải văn bản UTF-8 và không nhận ra bảng mã tiếng Việt nào; "
                  "hãy lưu lại dạng CSV UTF-8.");
    case TextEncoding::Utf8:
    case TextEncoding::Utf16:
        break;
    }
    return QString();
}

} // namespace sdx::LegacyEncoding
