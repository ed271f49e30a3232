#include "OdtWriter.h"

#include "DocumentFonts.h"
#include "OfficeXml.h"
#include "TableGrid.h"
#include "ZipPackage.h"

#include <QDateTime>
#include <QXmlStreamWriter>

#include <algorithm>

namespace sdx {

using namespace doc;

namespace {

const QString OFFICE = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString STYLE = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString TEXT = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString TABLE = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString FO = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString SVG = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString META = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");
const QString DC = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString MANIFEST = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
const QString kFirstMaster = QStringLiteral("First_20_Page");
const QString kBorder = QStringLiteral("0.5pt solid #000000");

QString mm(qreal value)
{
    return QString::number(value, 'f', 2) + QStringLiteral("mm");
}

QString points(qreal value)
{
    return QString::number(value, 'f', 1) + QStringLiteral("pt");
}

QString alignment(Align align)
{
    switch (align) {
    case Align::Left: return QStringLiteral("start");
    case Align::Center: return QStringLiteral("center");
    case Align::Right: return QStringLiteral("end");
    case Align::Justify: return QStringLiteral("justify");
    }
    return QStringLiteral("start");
}

void declareNamespaces(QXmlStreamWriter &xml)
{
    xml.writeNamespace(OFFICE, QStringLiteral("office"));
    xml.writeNamespace(STYLE, QStringLiteral("style"));
    xml.writeNamespace(TEXT, QStringLiteral("text"));
    xml.writeNamespace(TABLE, QStringLiteral("table"));
    xml.writeNamespace(FO, QStringLiteral("fo"));
    xml.writeNamespace(SVG, QStringLiteral("svg"));
}

void writeProperties(QXmlStreamWriter &xml, const QString &element, const QList<std::pair<QString, QString>> &properties)
{
    if (properties.isEmpty())
        return;
    xml.writeStartElement(STYLE, element);
    for (const auto &[name, value] : properties) {
        const QString prefix = name.section(QLatin1Char(':'), 0, 0);
        const QString local = name.section(QLatin1Char(':'), 1);
        const QString ns = prefix == QLatin1String("fo") ? FO
            : prefix == QLatin1String("table") ? TABLE
            : STYLE;
        xml.writeAttribute(ns, local, value);
    }
    xml.writeEndElement();
}

/// ODF collapses runs of spaces: the second and later spaces of a run are written as <text:s/>.
void writeText(QXmlStreamWriter &xml, const QString &text)
{
    QString pending;
    int spaces = 0;
    auto flushSpaces = [&]() {
        if (spaces == 0)
            return;
        xml.writeStartElement(TEXT, QStringLiteral("s"));
        if (spaces > 1)
            xml.writeAttribute(TEXT, QStringLiteral("c"), QString::number(spaces));
        xml.writeEndElement();
        spaces = 0;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool space = c == QLatin1Char(' ');
        const bool collapsible = space && (i == 0 || text.at(i - 1) == QLatin1Char(' '));
        if (collapsible) {
            if (!pending.isEmpty()) {
                xml.writeCharacters(pending);
                pending.clear();
            }
            ++spaces;
            continue;
        }
        flushSpaces();
        pending += c;
    }
    if (!pending.isEmpty())
        xml.writeCharacters(pending);
    flushSpaces();
}

qreal longestLineMm(const Paragraph &paragraph, const QString &family, qreal containerMm)
{
    qreal widest = 0;
    for (const Run &run : paragraph.runs)
        widest += DocumentFonts::textWidthMm(run.text, family, run.sizePt > 0 ? run.sizePt : paragraph.sizePt,
                                             run.bold, run.italic);
    return std::min(widest, containerMm);
}

} // namespace

OdtWriter::OdtWriter(const Document &document)
    : m_document(document)
    , m_measureFamily(DocumentFonts::resolvedFamily(document.fontFamily))
{
}

QString OdtWriter::styleName(Style style, const QString &prefix)
{
    QStringList parts = {style.family, style.masterPage};
    for (const auto &[name, value] : std::as_const(style.properties))
        parts << name + QLatin1Char('=') + value;
    parts << QStringLiteral("|");
    for (const auto &[name, value] : std::as_const(style.textProperties))
        parts << name + QLatin1Char('=') + value;
    const QString key = parts.join(QLatin1Char(';'));
    const auto found = m_nameByKey.constFind(key);
    if (found != m_nameByKey.constEnd())
        return found.value();
    style.name = prefix + QString::number(m_styles.size() + 1);
    m_nameByKey.insert(key, style.name);
    m_styles << style;
    return style.name;
}

void OdtWriter::applyBreakAndMaster(Style &style)
{
    if (m_firstBlock) {
        style.masterPage = kFirstMaster;
        m_firstBlock = false;
    }
    if (m_breakNext) {
        style.properties << std::pair{QStringLiteral("fo:break-before"), QStringLiteral("page")};
        m_breakNext = false;
    }
}

QString OdtWriter::paragraphStyle(const Paragraph &paragraph)
{
    Style style;
    style.family = QStringLiteral("paragraph");
    style.properties = {{QStringLiteral("fo:text-align"), alignment(paragraph.align)},
                        {QStringLiteral("fo:text-indent"), mm(paragraph.firstLineIndentMm)},
                        {QStringLiteral("fo:margin-top"), points(paragraph.spaceBeforePt)},
                        {QStringLiteral("fo:margin-bottom"), points(paragraph.ruleBelow > 0 ? 0 : paragraph.spaceAfterPt)},
                        {QStringLiteral("fo:line-height"), QString::number(qRound(paragraph.lineSpacing * 100)) + QLatin1Char('%')}};
    if (paragraph.keepWithNext || paragraph.ruleBelow > 0)
        style.properties << std::pair{QStringLiteral("fo:keep-with-next"), QStringLiteral("always")};
    style.textProperties = {{QStringLiteral("fo:font-size"), points(paragraph.sizePt)},
                            {QStringLiteral("style:font-size-complex"), points(paragraph.sizePt)}};
    applyBreakAndMaster(style);
    return styleName(style, QStringLiteral("P"));
}

QString OdtWriter::textStyle(const Run &run, qreal paragraphSize)
{
    Style style;
    style.family = QStringLiteral("text");
    const qreal size = run.sizePt > 0 ? run.sizePt : paragraphSize;
    style.properties = {{QStringLiteral("fo:font-size"), points(size)}};
    if (run.bold)
        style.properties << std::pair{QStringLiteral("fo:font-weight"), QStringLiteral("bold")}
                         << std::pair{QStringLiteral("style:font-weight-complex"), QStringLiteral("bold")};
    if (run.italic)
        style.properties << std::pair{QStringLiteral("fo:font-style"), QStringLiteral("italic")}
                         << std::pair{QStringLiteral("style:font-style-complex"), QStringLiteral("italic")};
    return styleName(style, QStringLiteral("T"));
}

QString OdtWriter::ruleStyle(const Paragraph &paragraph, qreal containerMm)
{
    const qreal length = longestLineMm(paragraph, m_measureFamily, containerMm) * paragraph.ruleBelow;
    const qreal side = std::max<qreal>(0, (containerMm - length) / 2);
    Style style;
    style.family = QStringLiteral("paragraph");
    style.properties = {{QStringLiteral("fo:margin-left"), mm(side)},
                        {QStringLiteral("fo:margin-right"), mm(side)},
                        {QStringLiteral("fo:margin-top"), points(1.5)},
                        {QStringLiteral("fo:margin-bottom"), points(paragraph.spaceAfterPt)},
                        {QStringLiteral("fo:text-indent"), mm(0)},
                        {QStringLiteral("fo:line-height"), points(1)},
                        {QStringLiteral("fo:border-top"), kBorder},
                        {QStringLiteral("fo:border-bottom"), QStringLiteral("none")},
                        {QStringLiteral("fo:border-left"), QStringLiteral("none")},
                        {QStringLiteral("fo:border-right"), QStringLiteral("none")},
                        {QStringLiteral("fo:padding"), mm(0)}};
    style.textProperties = {{QStringLiteral("fo:font-size"), points(1)}};
    return styleName(style, QStringLiteral("P"));
}

void OdtWriter::writeParagraph(QXmlStreamWriter &xml, const Paragraph &paragraph, qreal containerMm)
{
    xml.writeStartElement(TEXT, QStringLiteral("p"));
    xml.writeAttribute(TEXT, QStringLiteral("style-name"), paragraphStyle(paragraph));
    for (const Run &run : paragraph.runs) {
        xml.writeStartElement(TEXT, QStringLiteral("span"));
        xml.writeAttribute(TEXT, QStringLiteral("style-name"), textStyle(run, paragraph.sizePt));
        writeText(xml, run.text);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    if (paragraph.ruleBelow > 0) {
        xml.writeStartElement(TEXT, QStringLiteral("p"));
        xml.writeAttribute(TEXT, QStringLiteral("style-name"), ruleStyle(paragraph, containerMm));
        xml.writeEndElement();
    }
}

void OdtWriter::writeTable(QXmlStreamWriter &xml, const Table &table)
{
    const TableGrid grid(table);
    if (grid.rowCount() == 0 || grid.columnCount() == 0)
        return;
    const int index = ++m_tableCount;
    Style tableStyle;
    tableStyle.family = QStringLiteral("table");
    tableStyle.properties = {{QStringLiteral("style:width"), mm(table.widthMm())},
                             {QStringLiteral("table:align"), QStringLiteral("center")},
                             {QStringLiteral("table:border-model"), QStringLiteral("collapsing")},
                             {QStringLiteral("style:may-break-between-rows"), table.borders ? QStringLiteral("true") : QStringLiteral("false")}};
    applyBreakAndMaster(tableStyle);

    Style cellStyle;
    cellStyle.family = QStringLiteral("table-cell");
    cellStyle.properties = {{QStringLiteral("fo:padding-left"), mm(table.paddingMm)},
                            {QStringLiteral("fo:padding-right"), mm(table.paddingMm)},
                            {QStringLiteral("fo:padding-top"), table.borders ? points(1) : mm(0)},
                            {QStringLiteral("fo:padding-bottom"), table.borders ? points(1) : mm(0)},
                            {QStringLiteral("fo:border"), table.borders ? kBorder : QStringLiteral("none")}};
    Style middleStyle = cellStyle;
    middleStyle.properties << std::pair{QStringLiteral("style:vertical-align"), QStringLiteral("middle")};

    xml.writeStartElement(TABLE, QStringLiteral("table"));
    xml.writeAttribute(TABLE, QStringLiteral("name"), QStringLiteral("%1_%2").arg(table.name.isEmpty() ? QStringLiteral("Bang") : table.name).arg(index));
    xml.writeAttribute(TABLE, QStringLiteral("style-name"), styleName(tableStyle, QStringLiteral("Tb")));
    for (qreal width : table.columnWidthsMm) {
        Style column;
        column.family = QStringLiteral("table-column");
        column.properties = {{QStringLiteral("style:column-width"), mm(width)}};
        xml.writeStartElement(TABLE, QStringLiteral("table-column"));
        xml.writeAttribute(TABLE, QStringLiteral("style-name"), styleName(column, QStringLiteral("Co")));
        xml.writeEndElement();
    }
    const QString topCell = styleName(cellStyle, QStringLiteral("Ce"));
    const QString middleCell = styleName(middleStyle, QStringLiteral("Ce"));
    for (int row = 0; row < grid.rowCount(); ++row) {
        if (row == 0 && table.headerRows > 0)
            xml.writeStartElement(TABLE, QStringLiteral("table-header-rows"));
        xml.writeStartElement(TABLE, QStringLiteral("table-row"));
        for (int column = 0; column < grid.columnCount(); ++column) {
            const TableGrid::Placed *placed = grid.at(row, column);
            if (!placed || !grid.isAnchor(row, column)) {
                xml.writeEmptyElement(TABLE, placed ? QStringLiteral("covered-table-cell") : QStringLiteral("table-cell"));
                continue;
            }
            xml.writeStartElement(TABLE, QStringLiteral("table-cell"));
            xml.writeAttribute(TABLE, QStringLiteral("style-name"), placed->cell->verticalCenter ? middleCell : topCell);
            xml.writeAttribute(OFFICE, QStringLiteral("value-type"), QStringLiteral("string"));
            if (placed->rowSpan > 1)
                xml.writeAttribute(TABLE, QStringLiteral("number-rows-spanned"), QString::number(placed->rowSpan));
            if (placed->colSpan > 1)
                xml.writeAttribute(TABLE, QStringLiteral("number-columns-spanned"), QString::number(placed->colSpan));
            qreal width = 0;
            for (int c = column; c < column + placed->colSpan; ++c)
                width += table.columnWidthsMm.at(c);
            for (const Paragraph &paragraph : placed->cell->paragraphs)
                writeParagraph(xml, paragraph, width - 2 * table.paddingMm);
            if (placed->cell->paragraphs.isEmpty())
                xml.writeEmptyElement(TEXT, QStringLiteral("p"));
            xml.writeEndElement();
        }
        xml.writeEndElement(); // table-row
        if (row + 1 == table.headerRows)
            xml.writeEndElement(); // table-header-rows
    }
    xml.writeEndElement(); // table
}

void OdtWriter::writeBody(QXmlStreamWriter &xml)
{
    m_firstBlock = true;
    m_breakNext = false;
    m_tableCount = 0;
    const qreal textWidth = m_document.page.textWidthMm();
    xml.writeStartElement(OFFICE, QStringLiteral("body"));
    xml.writeStartElement(OFFICE, QStringLiteral("text"));
    for (const Block &block : m_document.blocks) {
        if (const auto *paragraph = std::get_if<Paragraph>(&block))
            writeParagraph(xml, *paragraph, textWidth);
        else if (const auto *table = std::get_if<Table>(&block))
            writeTable(xml, *table);
        else if (const auto *header = std::get_if<HeaderBlock>(&block))
            writeTable(xml, lowerHeader(*header));
        else if (const auto *signature = std::get_if<SignatureBlock>(&block))
            writeTable(xml, lowerSignature(*signature));
        else if (std::holds_alternative<PageBreak>(block))
            m_breakNext = true;
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

void OdtWriter::writeAutomaticStyles(QXmlStreamWriter &xml) const
{
    xml.writeStartElement(OFFICE, QStringLiteral("automatic-styles"));
    for (const Style &style : m_styles) {
        xml.writeStartElement(STYLE, QStringLiteral("style"));
        xml.writeAttribute(STYLE, QStringLiteral("name"), style.name);
        xml.writeAttribute(STYLE, QStringLiteral("family"), style.family);
        if (style.family == QLatin1String("paragraph"))
            xml.writeAttribute(STYLE, QStringLiteral("parent-style-name"), QStringLiteral("Standard"));
        if (!style.masterPage.isEmpty())
            xml.writeAttribute(STYLE, QStringLiteral("master-page-name"), style.masterPage);
        writeProperties(xml, style.family + QStringLiteral("-properties"), style.properties);
        writeProperties(xml, QStringLiteral("text-properties"), style.textProperties);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

QByteArray OdtWriter::contentXml()
{
    // The body is written twice: the first pass collects the automatic styles that must precede it.
    QByteArray scratch;
    {
        QXmlStreamWriter collect(&scratch);
        collect.writeStartDocument();
        declareNamespaces(collect);
        collect.writeStartElement(OFFICE, QStringLiteral("document-content"));
        writeBody(collect);
        collect.writeEndDocument();
    }
    const QString family = m_document.fontFamily;
    return OfficeXml::write([&](QXmlStreamWriter &xml) {
        declareNamespaces(xml);
        xml.writeStartElement(OFFICE, QStringLiteral("document-content"));
        xml.writeAttribute(OFFICE, QStringLiteral("version"), QStringLiteral("1.2"));
        xml.writeStartElement(OFFICE, QStringLiteral("font-face-decls"));
        xml.writeStartElement(STYLE, QStringLiteral("font-face"));
        xml.writeAttribute(STYLE, QStringLiteral("name"), family);
        xml.writeAttribute(SVG, QStringLiteral("font-family"), QLatin1Char('\'') + family + QLatin1Char('\''));
        xml.writeAttribute(STYLE, QStringLiteral("font-family-generic"), QStringLiteral("roman"));
        xml.writeAttribute(STYLE, QStringLiteral("font-pitch"), QStringLiteral("variable"));
        xml.writeEndElement();
        xml.writeEndElement();
        writeAutomaticStyles(xml);
        writeBody(xml);
        xml.writeEndElement();
    });
}

QByteArray OdtWriter::stylesXml() const
{
    const PageSetup &page = m_document.page;
    const QString family = m_document.fontFamily;
    return OfficeXml::write([&](QXmlStreamWriter &xml) {
        declareNamespaces(xml);
        xml.writeStartElement(OFFICE, QStringLiteral("document-styles"));
        xml.writeAttribute(OFFICE, QStringLiteral("version"), QStringLiteral("1.2"));
        xml.writeStartElement(OFFICE, QStringLiteral("font-face-decls"));
        xml.writeStartElement(STYLE, QStringLiteral("font-face"));
        xml.writeAttribute(STYLE, QStringLiteral("name"), family);
        xml.writeAttribute(SVG, QStringLiteral("font-family"), QLatin1Char('\'') + family + QLatin1Char('\''));
        xml.writeAttribute(STYLE, QStringLiteral("font-family-generic"), QStringLiteral("roman"));
        xml.writeEndElement();
        xml.writeEndElement();

        xml.writeStartElement(OFFICE, QStringLiteral("styles"));
        xml.writeStartElement(STYLE, QStringLiteral("default-style"));
        xml.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("paragraph"));
        writeProperties(xml, QStringLiteral("text-properties"),
                        {{QStringLiteral("style:font-name"), family}, {QStringLiteral("fo:font-size"), QStringLiteral("14pt")},
                         {QStringLiteral("fo:language"), QStringLiteral("vi")}, {QStringLiteral("fo:country"), QStringLiteral("VN")},
                         {QStringLiteral("fo:color"), QStringLiteral("#000000")}});
        xml.writeEndElement();
        for (const QString &name : {QStringLiteral("Standard"), QStringLiteral("Header")}) {
            xml.writeStartElement(STYLE, QStringLiteral("style"));
            xml.writeAttribute(STYLE, QStringLiteral("name"), name);
            xml.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("paragraph"));
            if (name == QLatin1String("Header")) {
                xml.writeAttribute(STYLE, QStringLiteral("parent-style-name"), QStringLiteral("Standard"));
                writeProperties(xml, QStringLiteral("paragraph-properties"), {{QStringLiteral("fo:text-align"), QStringLiteral("center")}});
                writeProperties(xml, QStringLiteral("text-properties"), {{QStringLiteral("fo:font-size"), points(page.pageNumberSizePt)}});
            }
            xml.writeEndElement();
        }
        xml.writeEndElement(); // styles

        xml.writeStartElement(OFFICE, QStringLiteral("automatic-styles"));
        // The header of the following pages sits in the upper half of the top margin, so the
        // text starts at the same height on every page.
        for (const QString &name : {QStringLiteral("pmFirst"), QStringLiteral("pmRest")}) {
            const bool first = name == QLatin1String("pmFirst");
            xml.writeStartElement(STYLE, QStringLiteral("page-layout"));
            xml.writeAttribute(STYLE, QStringLiteral("name"), name);
            writeProperties(xml, QStringLiteral("page-layout-properties"),
                            {{QStringLiteral("fo:page-width"), mm(page.widthMm)}, {QStringLiteral("fo:page-height"), mm(page.heightMm)},
                             {QStringLiteral("style:print-orientation"), QStringLiteral("portrait")},
                             {QStringLiteral("fo:margin-top"), mm(first ? page.topMm : page.topMm / 2)},
                             {QStringLiteral("fo:margin-bottom"), mm(page.bottomMm)},
                             {QStringLiteral("fo:margin-left"), mm(page.leftMm)},
                             {QStringLiteral("fo:margin-right"), mm(page.rightMm)}});
            if (!first) {
                xml.writeStartElement(STYLE, QStringLiteral("header-style"));
                writeProperties(xml, QStringLiteral("header-footer-properties"),
                                {{QStringLiteral("fo:min-height"), mm(page.topMm / 2)},
                                 {QStringLiteral("fo:margin-bottom"), mm(0)},
                                 {QStringLiteral("style:dynamic-spacing"), QStringLiteral("false")}});
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement(); // automatic-styles

        xml.writeStartElement(OFFICE, QStringLiteral("master-styles"));
        xml.writeStartElement(STYLE, QStringLiteral("master-page"));
        xml.writeAttribute(STYLE, QStringLiteral("name"), QStringLiteral("Standard"));
        xml.writeAttribute(STYLE, QStringLiteral("page-layout-name"), QStringLiteral("pmRest"));
        xml.writeStartElement(STYLE, QStringLiteral("header"));
        xml.writeStartElement(TEXT, QStringLiteral("p"));
        xml.writeAttribute(TEXT, QStringLiteral("style-name"), QStringLiteral("Header"));
        xml.writeStartElement(TEXT, QStringLiteral("page-number"));
        xml.writeAttribute(TEXT, QStringLiteral("select-page"), QStringLiteral("current"));
        xml.writeCharacters(QStringLiteral("2"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement(); // header
        xml.writeEndElement(); // master-page
        xml.writeStartElement(STYLE, QStringLiteral("master-page"));
        xml.writeAttribute(STYLE, QStringLiteral("name"), kFirstMaster);
        xml.writeAttribute(STYLE, QStringLiteral("display-name"), QStringLiteral("First Page"));
        xml.writeAttribute(STYLE, QStringLiteral("page-layout-name"), QStringLiteral("pmFirst"));
        xml.writeAttribute(STYLE, QStringLiteral("next-style-name"), QStringLiteral("Standard"));
        xml.writeEndElement();
        xml.writeEndElement(); // master-styles
        xml.writeEndElement();
    });
}

Expected<QByteArray> OdtWriter::package()
{
    const QByteArray meta = OfficeXml::write([&](QXmlStreamWriter &xml) {
        xml.writeNamespace(OFFICE, QStringLiteral("office"));
        xml.writeNamespace(META, QStringLiteral("meta"));
        xml.writeNamespace(DC, QStringLiteral("dc"));
        xml.writeStartElement(OFFICE, QStringLiteral("document-meta"));
        xml.writeAttribute(OFFICE, QStringLiteral("version"), QStringLiteral("1.2"));
        xml.writeStartElement(OFFICE, QStringLiteral("meta"));
        xml.writeTextElement(META, QStringLiteral("generator"), QStringLiteral("SchoolDX"));
        xml.writeTextElement(DC, QStringLiteral("title"), m_document.title);
        xml.writeTextElement(DC, QStringLiteral("language"), QStringLiteral("vi-VN"));
        xml.writeTextElement(META, QStringLiteral("creation-date"),
                             QDateTime::currentDateTimeUtc().toString(Qt::ISODate).chopped(1));
        xml.writeEndElement();
        xml.writeEndElement();
    });
    const QByteArray manifest = OfficeXml::write([&](QXmlStreamWriter &xml) {
        xml.writeNamespace(MANIFEST, QStringLiteral("manifest"));
        xml.writeStartElement(MANIFEST, QStringLiteral("manifest"));
        xml.writeAttribute(MANIFEST, QStringLiteral("version"), QStringLiteral("1.2"));
        const QList<std::pair<QString, QString>> entries = {
            {QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text")},
            {QStringLiteral("content.xml"), QStringLiteral("text/xml")},
            {QStringLiteral("styles.xml"), QStringLiteral("text/xml")},
            {QStringLiteral("meta.xml"), QStringLiteral("text/xml")}};
        for (const auto &[path, type] : entries) {
            xml.writeStartElement(MANIFEST, QStringLiteral("file-entry"));
            xml.writeAttribute(MANIFEST, QStringLiteral("full-path"), path);
            if (path == QLatin1String("/"))
                xml.writeAttribute(MANIFEST, QStringLiteral("version"), QStringLiteral("1.2"));
            xml.writeAttribute(MANIFEST, QStringLiteral("media-type"), type);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    });
    const QList<ZipPackage::Part> parts = {
        {QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), true},
        {QStringLiteral("content.xml"), contentXml(), false},
        {QStringLiteral("styles.xml"), stylesXml(), false},
        {QStringLiteral("meta.xml"), meta, false},
        {QStringLiteral("META-INF/manifest.xml"), manifest, false},
    };
    return ZipPackage::build(parts);
}

} // namespace sdx
