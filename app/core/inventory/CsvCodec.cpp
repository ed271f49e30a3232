#include "CsvCodec.h"

#include <QStringDecoder>

namespace sdx::CsvCodec {
namespace {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

QChar guessSeparator(const QString &text)
{
    // Count candidates on the first line outside quotes; the most frequent one wins.
    int counts[3] = {0, 0, 0};
    const QChar candidates[3] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted)
            for (int i = 0; i < 3; ++i)
                counts[i] += c == candidates[i] ? 1 : 0;
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        best = counts[i] > counts[best] ? i : best;
    return candidates[best];
}

QString quoted(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
                             || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
                             || field.contains(QLatin1Char(';')) || field.startsWith(QLatin1Char(' '))
                             || field.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

Expected<CsvText> decode(const QByteArray &bytes, bool convertTcvn3)
{
    CsvText result;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        result.text = QString::fromUtf8(bytes.mid(3));
        return result;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        result.text = decoder.decode(bytes.mid(2));
        result.encoding = TextEncoding::Utf16;
        return result;
    }
    if (isValidUtf8(bytes)) {
        result.text = QString::fromUtf8(bytes);
        return result;
    }
    result.encoding = LegacyEncoding::detectBytes(bytes);
    if (result.encoding == TextEncoding::Cp1258) {
        result.text = LegacyEncoding::decodeCp1258(bytes);
        result.converted = true;
        return result;
    }
    if (result.encoding == TextEncoding::Tcvn3 && convertTcvn3) {
        result.text = LegacyEncoding::decodeTcvn3(bytes);
        result.converted = true;
        return result;
    }
    return Status::failure(LegacyEncoding::advice(result.encoding));
}

SheetTable parse(const QString &text, const QString &name)
{
    SheetTable table;
    table.name = name;
    const QChar separator = guessSeparator(text);
    QStringList cells;
    QString field;
    bool quoted = false;
    int line = 1;
    int rowStart = 1;
    auto endRow = [&] {
        cells.append(field);
        field.clear();
        if (!isBlank(cells))
            table.rows.append({rowStart, cells});
        cells.clear();
        rowStart = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            quoted = true;
            field.clear();
        } else if (c == separator) {
            cells.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRow();
        } else {
            field.append(c);
        }
    }
    if (!field.isEmpty() || !cells.isEmpty())
        endRow();
    return table;
}

QByteArray write(const QStringList &header, const QList<QStringList> &rows)
{
    QString text;
    auto appendRow = [&text](const QStringList &cells) {
        QStringList fields;
        fields.reserve(cells.size());
        for (const QString &cell : cells)
            fields.append(quoted(cell));
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    appendRow(header);
    for (const QStringList &row : rows)
        appendRow(row);
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace sdx::CsvCodec
