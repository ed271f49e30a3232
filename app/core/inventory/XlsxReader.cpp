#include "XlsxReader.h"

#include <quazip.h>
#include <quazipfile.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace sdx::XlsxReader {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::XlsxReader)
};

// A spreadsheet of a school is small; refusing huge parts protects against "zip bombs".
constexpr qint64 kMaxPartSize = 256 * 1024 * 1024;

struct SheetRef
{
    QString name;
    QString path;
};

Expected<QByteArray> readPart(QuaZip &zip, const QString &path, bool required)
{
    if (!zip.setCurrentFile(path)) {
        if (!required)
            return QByteArray();
        return Status::failure(Text::tr("thiếu phần %1 của tệp Excel").arg(path));
    }
    QuaZipFileInfo64 info;
    if (zip.getCurrentFileInfo(&info) && info.uncompressedSize > quint64(kMaxPartSize))
        return Status::failure(Text::tr("phần %1 quá lớn").arg(path));
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Text::tr("không giải nén được %1").arg(path));
    QByteArray data = file.readAll();
    file.close();
    if (file.getZipError() != 0)
        return Status::failure(Text::tr("phần %1 bị hỏng").arg(path));
    return data;
}

/// The text of an <si> or <is> element: every <t>, skipping phonetic runs (<rPh>).
QString readRichText(QXmlStreamReader &xml)
{
    const QString element = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == element)
                break;
        }
    }
    return text;
}

Expected<QStringList> sharedStrings(const QByteArray &data)
{
    QStringList strings;
    if (data.isEmpty())
        return strings;     // a workbook with no text cells has no sharedStrings part
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            strings.append(readRichText(xml));
    }
    if (xml.hasError())
        return Status::failure(Text::tr("danh sách chữ (sharedStrings) hỏng: %1").arg(xml.errorString()));
    return strings;
}

Expected<QList<SheetRef>> sheetList(QuaZip &zip)
{
    const Expected<QByteArray> workbook = readPart(zip, QStringLiteral("xl/workbook.xml"), true);
    if (!workbook)
        return workbook.status();
    const Expected<QByteArray> rels = readPart(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), true);
    if (!rels)
        return rels.status();
    QHash<QString, QString> targets;
    QXmlStreamReader relXml(*rels);
    while (!relXml.atEnd()) {
        relXml.readNext();
        if (relXml.isStartElement() && relXml.name() == QLatin1String("Relationship")) {
            QString target = relXml.attributes().value(QStringLiteral("Target")).toString();
            target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
            targets.insert(relXml.attributes().value(QStringLiteral("Id")).toString(), QDir::cleanPath(target));
        }
    }
    QList<SheetRef> sheets;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
            QString id;
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == QLatin1String("id"))   // r:id, whatever the prefix
                    id = attribute.value().toString();
            }
            sheets.append({xml.attributes().value(QStringLiteral("name")).toString(), targets.value(id)});
        }
    }
    if (xml.hasError() || relXml.hasError())
        return Status::failure(Text::tr("mục lục trang tính hỏng"));
    return sheets;
}

bool parseReference(const QString &reference, int *row, int *column)
{
    static const QRegularExpression pattern(QStringLiteral("^\\$?([A-Za-z]{1,3})\\$?(\\d+)$"));
    const QRegularExpressionMatch match = pattern.match(reference);
    if (!match.hasMatch())
        return false;
    *column = columnNumber(match.captured(1));
    *row = match.captured(2).toInt();
    return *row > 0 && *column > 0;
}

MergedRange mergedRange(const QString &reference)
{
    MergedRange range;
    range.reference = reference;
    const QStringList corners = reference.split(QLatin1Char(':'));
    if (corners.size() == 2) {
        parseReference(corners.at(0), &range.firstRow, &range.firstColumn);
        parseReference(corners.at(1), &range.lastRow, &range.lastColumn);
    }
    return range;
}

QString cellValue(QXmlStreamReader &xml, const QString &type, const QStringList &strings)
{
    QString value;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
            value = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
            value = readRichText(xml);
        } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
            break;
        }
    }
    if (type == QLatin1String("s")) {
        const int index = value.toInt();
        return index >= 0 && index < strings.size() ? strings.at(index) : QString();
    }
    if (type == QLatin1String("b"))
        return value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    return value;
}

Expected<SheetTable> parseSheet(const QByteArray &data, const QString &name, const QStringList &strings)
{
    SheetTable table;
    table.name = name;
    QXmlStreamReader xml(data);
    SheetRow current;
    int nextRow = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            current = SheetRow();
            const QString r = xml.attributes().value(QStringLiteral("r")).toString();
            current.number = r.isEmpty() ? nextRow : r.toInt();
            nextRow = current.number + 1;
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            int row = current.number;
            int column = int(current.cells.size()) + 1;
            const QString reference = xml.attributes().value(QStringLiteral("r")).toString();
            if (!reference.isEmpty())
                parseReference(reference, &row, &column);
            const QString type = xml.attributes().value(QStringLiteral("t")).toString();
            const QString value = cellValue(xml, type, strings);
            if (column > 16384)
                continue;
            while (current.cells.size() < column)
                current.cells.append(QString());
            current.cells[column - 1] = value;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            bool blank = true;
            for (const QString &cell : std::as_const(current.cells))
                blank = blank && cell.trimmed().isEmpty();
            if (!blank)
                table.rows.append(current);
        } else if (xml.isStartElement() && xml.name() == QLatin1String("mergeCell")) {
            table.merges.append(mergedRange(xml.attributes().value(QStringLiteral("ref")).toString()));
        }
    }
    if (xml.hasError())
        return Status::failure(Text::tr("trang tính “%1” hỏng: %2").arg(name, xml.errorString()));
    return table;
}

} // namespace

int columnNumber(const QString &letters)
{
    int number = 0;
    for (const QChar c : letters) {
        const QChar upper = c.toUpper();
        if (upper < QLatin1Char('A') || upper > QLatin1Char('Z'))
            return 0;
        number = number * 26 + (upper.unicode() - 'A' + 1);
    }
    return number;
}

Expected<QList<SheetTable>> read(const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return Status::failure(Text::tr("Không tìm thấy tệp %1").arg(native));
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return Status::failure(Text::tr("Tệp %1 không phải tệp Excel (.xlsx) hợp lệ.").arg(native));
    const Expected<QList<SheetRef>> sheets = sheetList(zip);
    if (!sheets)
        return sheets.status().prefixed(Text::tr("Tệp %1").arg(native));
    const Expected<QByteArray> stringsData = readPart(zip, QStringLiteral("xl/sharedStrings.xml"), false);
    if (!stringsData)
        return stringsData.status().prefixed(Text::tr("Tệp %1").arg(native));
    const Expected<QStringList> strings = sharedStrings(*stringsData);
    if (!strings)
        return strings.status().prefixed(Text::tr("Tệp %1").arg(native));
    QList<SheetTable> tables;
    for (const SheetRef &sheet : *sheets) {
        const Expected<QByteArray> data = readPart(zip, sheet.path, true);
        if (!data)
            return data.status().prefixed(Text::tr("Tệp %1").arg(native));
        Expected<SheetTable> table = parseSheet(*data, sheet.name, *strings);
        if (!table)
            return table.status().prefixed(Text::tr("Tệp %1").arg(native));
        tables.append(std::move(table.value()));
    }
    return tables;
}

} // namespace sdx::XlsxReader
