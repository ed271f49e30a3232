#include "DocumentFonts.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QRawFont>
#include <QStandardPaths>
#include <QStringList>
#include <QtEndian>

namespace sdx::DocumentFonts {
namespace {

/// Letters a face must draw for Vietnamese text (with the stacked diacritics of capitals).
const QString kVietnameseProbe = QStringLiteral("ụẮỬỘỀđƯơ");
const QString kRepairedSuffix = QStringLiteral(" 2");

bool drawsVietnamese(const QFont &font)
{
    const QRawFont raw = QRawFont::fromFont(font);
    for (const QChar c : kVietnameseProbe) {
        if (!raw.supportsCharacter(c))
            return false;
    }
    return true;
}

/// All four faces (regular, bold, italic, bold italic) must draw Vietnamese, not only the regular one.
bool familyDrawsVietnamese(const QString &family)
{
    for (const bool bold : {false, true}) {
        for (const bool italic : {false, true}) {
            if (!drawsVietnamese(font(family, 12, bold, italic)))
                return false;
        }
    }
    return true;
}

quint16 read16(const QByteArray &data, int offset)
{
    return qFromBigEndian<quint16>(data.constData() + offset);
}

quint32 read32(const QByteArray &data, int offset)
{
    return qFromBigEndian<quint32>(data.constData() + offset);
}

void append16(QByteArray &data, quint16 value)
{
    char bytes[2];
    qToBigEndian(value, bytes);
    data.append(bytes, 2);
}

/// The font file with "Liberation Serif" renamed in its name table (family, full and
/// typographic names), so that Qt cannot confuse it with an older face of the same name.
QByteArray renamedFamily(const QByteArray &font, const QString &from, const QString &to)
{
    const int tables = font.size() >= 12 ? read16(font, 4) : 0;
    for (int i = 0; i < tables; ++i) {
        const int record = 12 + 16 * i;
        if (record + 16 > font.size() || font.mid(record, 4) != "name")
            continue;
        const int offset = int(read32(font, record + 8));
        const int length = int(read32(font, record + 12));
        if (offset + 6 > font.size() || offset + length > font.size())
            return {};
        const int count = read16(font, offset + 2);
        const int storage = offset + read16(font, offset + 4);
        QByteArray records;
        QByteArray strings;
        for (int n = 0; n < count; ++n) {
            const int entry = offset + 6 + 12 * n;
            const quint16 platform = read16(font, entry);
            const quint16 nameId = read16(font, entry + 6);
            QByteArray text = font.mid(storage + read16(font, entry + 10), read16(font, entry + 8));
            if (nameId == 1 || nameId == 4 || nameId == 16 || nameId == 21) {
                const bool wide = platform == 0 || platform == 3;
                QString value = wide ? QString::fromUtf16(reinterpret_cast<const char16_t *>(text.constData()), text.size() / 2)
                                     : QString::fromLatin1(text);
                if (wide) {
                    for (QChar &c : value)
                        c = QChar(qFromBigEndian<quint16>(c.unicode()));
                }
                value.replace(from, to);
                text.clear();
                if (wide) {
                    for (const QChar c : std::as_const(value))
                        append16(text, c.unicode());
                } else {
                    text = value.toLatin1();
                }
            }
            records.append(font.mid(entry, 8));
            append16(records, quint16(text.size()));
            append16(records, quint16(strings.size()));
            strings.append(text);
        }
        QByteArray table;
        append16(table, 0);
        append16(table, quint16(count));
        append16(table, quint16(6 + records.size()));
        table.append(records).append(strings);
        QByteArray patched = font;
        while (patched.size() % 4)
            patched.append('\0');
        const quint32 newOffset = quint32(patched.size());
        patched.append(table);
        qToBigEndian(newOffset, patched.data() + record + 8);
        qToBigEndian(quint32(table.size()), patched.data() + record + 12);
        return patched;
    }
    return {};
}

QStringList fontFolders()
{
    QStringList folders = QStandardPaths::standardLocations(QStandardPaths::FontsLocation);
    folders << QStringLiteral("/usr/share/fonts/truetype/liberation2") << QStringLiteral("/usr/share/fonts/truetype/liberation")
            << QStringLiteral("/usr/share/fonts/liberation-serif") << QStringLiteral("/usr/share/fonts/TTF");
    return folders;
}

/**
 * Debian ships Liberation Serif twice (fonts-liberation 1.x and fonts-liberation2), and Qt may
 * take the bold face from 1.x, which lacks the Vietnamese letters; the text then falls back to
 * another font. The 2.x files are registered again under their own family name.
 */
QString repairedLiberationSerif()
{
    const QString family = QStringLiteral("Liberation Serif");
    const QStringList faces = {QStringLiteral("Regular"), QStringLiteral("Bold"), QStringLiteral("Italic"),
                               QStringLiteral("BoldItalic")};
    int registered = 0;
    for (const QString &face : faces) {
        for (const QString &folder : fontFolders()) {
            QFile file(QDir(folder).filePath(QStringLiteral("LiberationSerif-%1.ttf").arg(face)));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray data = file.readAll();
            const QRawFont raw(data, 12);
            if (!raw.isValid() || !raw.supportsCharacter(QChar(0x1EE5)))
                continue;
            const QByteArray renamed = renamedFamily(data, family, family + kRepairedSuffix);
            if (!renamed.isEmpty() && QFontDatabase::addApplicationFontFromData(renamed) >= 0) {
                ++registered;
                break;
            }
        }
    }
    return registered == faces.size() ? family + kRepairedSuffix : QString();
}

QString resolve(const QString &requested)
{
    const QStringList available = QFontDatabase::families();
    const QStringList candidates = {requested, QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"),
                                    QStringLiteral("Tinos"), QStringLiteral("Nimbus Roman"), QStringLiteral("DejaVu Serif")};
    QString firstAvailable;
    for (const QString &candidate : candidates) {
        for (const QString &family : available) {
            if (family.compare(candidate, Qt::CaseInsensitive) != 0)
                continue;
            if (familyDrawsVietnamese(family))
                return family;
            if (family == QLatin1String("Liberation Serif")) {
                const QString repaired = repairedLiberationSerif();
                if (!repaired.isEmpty() && familyDrawsVietnamese(repaired))
                    return repaired;
            }
            if (firstAvailable.isEmpty())
                firstAvailable = family;
        }
    }
    return firstAvailable.isEmpty() ? requested : firstAvailable;
}

} // namespace

QString resolvedFamily(const QString &requested)
{
    // Resolving loads fonts: do it once per requested family.
    static QHash<QString, QString> cache;
    const auto found = cache.constFind(requested);
    if (found != cache.constEnd())
        return found.value();
    const QString family = resolve(requested);
    cache.insert(requested, family);
    return family;
}

QFont font(const QString &family, qreal sizePt, bool bold, bool italic)
{
    QFont result(family);
    result.setPointSizeF(sizePt);
    result.setBold(bold);
    result.setItalic(italic);
    result.setKerning(true);
    return result;
}

qreal textWidthMm(const QString &text, const QString &family, qreal sizePt, bool bold, bool italic)
{
    // Measured at a large pixel size so hinting does not round the widths, then scaled to the size.
    constexpr int kEmPixels = 1000;
    QFont measured(family);
    measured.setPixelSize(kEmPixels);
    measured.setBold(bold);
    measured.setItalic(italic);
    const qreal widthEm = QFontMetricsF(measured).horizontalAdvance(text) / kEmPixels;
    return widthEm * sizePt * 25.4 / 72.0;
}

} // namespace sdx::DocumentFonts
