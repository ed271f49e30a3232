#include "DocxWriter.h"

#include "DocumentFonts.h"
#include "OfficeXml.h"
#include "TableGrid.h"
#include "ZipPackage.h"

#include <QDateTime>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace sdx {

using namespace doc;

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString R = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

QString twips(qreal millimetres)
{
    return QString::number(qRound(millimetres * 1440.0 / 25.4));
}

QString pointTwips(qreal points)
{
    return QString::number(qRound(points * 20.0));
}

QString halfPoints(qreal points)
{
    return QString::number(qRound(points * 2.0));
}

QString justification(Align align)
{
    switch (align) {
    case Align::Left: return QStringLiteral("left");
    case Align::Center: return QStringLiteral("center");
    case Align::Right: return QStringLiteral("right");
    case Align::Justify: return QStringLiteral("both");
    }
    return QStringLiteral("left");
}

void element(QXmlStreamWriter &xml, const QString &name, const QString &value = {})
{
    xml.writeStartElement(W, name);
    if (!value.isNull())
        xml.writeAttribute(W, QStringLiteral("val"), value);
    xml.writeEndElement();
}

void runProperties(QXmlStreamWriter &xml, bool bold, bool italic, qreal sizePt)
{
    xml.writeStartElement(W, QStringLiteral("rPr"));
    if (bold) {
        element(xml, QStringLiteral("b"));
        element(xml, QStringLiteral("bCs"));
    }
    if (italic) {
        element(xml, QStringLiteral("i"));
        element(xml, QStringLiteral("iCs"));
    }
    element(xml, QStringLiteral("sz"), halfPoints(sizePt));
    element(xml, QStringLiteral("szCs"), halfPoints(sizePt));
    xml.writeEndElement();
}

void border(QXmlStreamWriter &xml, const QString &side, bool visible)
{
    xml.writeStartElement(W, side);
    xml.writeAttribute(W, QStringLiteral("val"), visible ? QStringLiteral("single") : QStringLiteral("nil"));
    if (visible) {
        xml.writeAttribute(W, QStringLiteral("sz"), QStringLiteral("4"));
        xml.writeAttribute(W, QStringLiteral("space"), QStringLiteral("0"));
        xml.writeAttribute(W, QStringLiteral("color"), QStringLiteral("000000"));
    }
    xml.writeEndElement();
}

void width(QXmlStreamWriter &xml, const QString &name, qreal millimetres)
{
    xml.writeStartElement(W, name);
    xml.writeAttribute(W, QStringLiteral("w"), twips(millimetres));
    xml.writeAttribute(W, QStringLiteral("type"), QStringLiteral("dxa"));
    xml.writeEndElement();
}

/// The longest line a paragraph will show in a container of that width.
qreal textWidth(const Paragraph &paragraph, const QString &family, qreal containerMm)
{
    qreal widest = 0;
    for (const Run &run : paragraph.runs)
        widest += DocumentFonts::textWidthMm(run.text, family, run.sizePt > 0 ? run.sizePt : paragraph.sizePt,
                                             run.bold, run.italic);
    return std::min(widest, containerMm);
}

QByteArray headerXml(bool withPageNumber, qreal sizePt)
{
    return OfficeXml::write([&](QXmlStreamWriter &xml) {
        xml.writeNamespace(W, QStringLiteral("w"));
        xml.writeStartElement(W, QStringLiteral("hdr"));
        xml.writeStartElement(W, QStringLiteral("p"));
        xml.writeStartElement(W, QStringLiteral("pPr"));
        element(xml, QStringLiteral("jc"), QStringLiteral("center"));
        xml.writeEndElement();
        if (withPageNumber) {
            const QList<std::pair<QString, QString>> field = {
                {QStringLiteral("fldChar"), QStringLiteral("begin")}, {QStringLiteral("instrText"), QStringLiteral(" PAGE ")},
                {QStringLiteral("fldChar"), QStringLiteral("separate")}, {QStringLiteral("t"), QStringLiteral("2")},
                {QStringLiteral("fldChar"), QStringLiteral("end")}};
            for (const auto &[kind, value] : field) {
                xml.writeStartElement(W, QStringLiteral("r"));
                runProperties(xml, false, false, sizePt);
                xml.writeStartElement(W, kind);
                if (kind == QLatin1String("fldChar")) {
                    xml.writeAttribute(W, QStringLiteral("fldCharType"), value);
                } else {
                    xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
                    xml.writeCharacters(value);
                }
                xml.writeEndElement();
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

QByteArray stylesXml(const QString &family)
{
    return OfficeXml::write([&](QXmlStreamWriter &xml) {
        xml.writeNamespace(W, QStringLiteral("w"));
        xml.writeStartElement(W, QStringLiteral("styles"));
        xml.writeStartElement(W, QStringLiteral("docDefaults"));
        xml.writeStartElement(W, QStringLiteral("rPrDefault"));
        xml.writeStartElement(W, QStringLiteral("rPr"));
        xml.writeStartElement(W, QStringLiteral("rFonts"));
        for (const QString &slot : {QStringLiteral("ascii"), QStringLiteral("hAnsi"), QStringLiteral("eastAsia"), QStringLiteral("cs")})
            xml.writeAttribute(W, slot, family);
        xml.writeEndElement();
        element(xml, QStringLiteral("sz"), QStringLiteral("28"));
        element(xml, QStringLiteral("szCs"), QStringLiteral("28"));
        xml.writeStartElement(W, QStringLiteral("lang"));
        xml.writeAttribute(W, QStringLiteral("val"), QStringLiteral("vi-VN"));
        xml.writeEndElement();
        xml.writeEndElement(); // rPr
        xml.writeEndElement(); // rPrDefault
        xml.writeStartElement(W, QStringLiteral("pPrDefault"));
        xml.writeStartElement(W, QStringLiteral("pPr"));
        xml.writeStartElement(W, QStringLiteral("spacing"));
        xml.writeAttribute(W, QStringLiteral("after"), QStringLiteral("0"));
        xml.writeAttribute(W, QStringLiteral("line"), QStringLiteral("240"));
        xml.writeAttribute(W, QStringLiteral("lineRule"), QStringLiteral("auto"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement(); // pPrDefault
        xml.writeEndElement(); // docDefaults
        xml.writeStartElement(W, QStringLiteral("style"));
        xml.writeAttribute(W, QStringLiteral("type"), QStringLiteral("paragraph"));
        xml.writeAttribute(W, QStringLiteral("default"), QStringLiteral("1"));
        xml.writeAttribute(W, QStringLiteral("styleId"), QStringLiteral("Normal"));
        element(xml, QStringLiteral("name"), QStringLiteral("Normal"));
        element(xml, QStringLiteral("qFormat"));
        xml.writeEndElement();
        xml.writeEndElement(); // styles
    });
}

QByteArray settingsXml()
{
    return OfficeXml::write([&](QXmlStreamWriter &xml) {
        xml.writeNamespace(W, QStringLiteral("w"));
        xml.writeStartElement(W, QStringLiteral("settings"));
        xml.writeStartElement(W, QStringLiteral("zoom"));
        xml.writeAttribute(W, QStringLiteral("percent"), QStringLiteral("100"));
        xml.writeEndElement();
        element(xml, QStringLiteral("defaultTabStop"), QStringLiteral("720"));
        element(xml, QStringLiteral("characterSpacingControl"), QStringLiteral("doNotCompress"));
        xml.writeStartElement(W, QStringLiteral("compat"));
        xml.writeStartElement(W, QStringLiteral("compatSetting"));
        xml.writeAttribute(W, QStringLiteral("name"), QStringLiteral("compatibilityMode"));
        xml.writeAttribute(W, QStringLiteral("uri"), QStringLiteral("http://schemas.microsoft.com/office/word"));
        xml.writeAttribute(W, QStringLiteral("val"), QStringLiteral("15"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

QByteArray contentTypesXml()
{
    const QString ns = QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types");
    const QString wml = QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.");
    return OfficeXml::write([&](QXmlStreamWriter &xml) {
        xml.writeDefaultNamespace(ns);
        xml.writeStartElement(ns, QStringLiteral("Types"));
        const QList<std::pair<QString, QString>> defaults = {
            {QStringLiteral("rels"), QStringLiteral("application/vnd.openxmlformats-package.relationships+xml")},
            {QStringLiteral("xml"), QStringLiteral("application/xml")}};
        for (const auto &[extension, type] : defaults) {
            xml.writeStartElement(ns, QStringLiteral("Default"));
            xml.writeAttribute(QStringLiteral("Extension"), extension);
            xml.writeAttribute(QStringLiteral("ContentType"), type);
            xml.writeEndElement();
        }
        const QList<std::pair<QString, QString>> overrides = {
            {QStringLiteral("/word/document.xml"), wml + QStringLiteral("document.main+xml")},
            {QStringLiteral("/word/styles.xml"), wml + QStringLiteral("styles+xml")},
            {QStringLiteral("/word/settings.xml"), wml + QStringLiteral("settings+xml")},
            {QStringLiteral("/word/header1.xml"), wml + QStringLiteral("header+xml")},
            {QStringLiteral("/word/header2.xml"), wml + QStringLiteral("header+xml")},
            {QStringLiteral("/docProps/core.xml"), QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml")},
            {QStringLiteral("/docProps/app.xml"), QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml")}};
        for (const auto &[part, type] : overrides) {
            xml.writeStartElement(ns, QStringLiteral("Override"));
            xml.writeAttribute(QStringLiteral("PartName"), part);
            xml.writeAttribute(QStringLiteral("ContentType"), type);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    });
}

QByteArray relationshipsXml(const QList<std::pair<QString, QString>> &targets)
{
    const QString ns = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships");
    return OfficeXml::write([&](QXmlStreamWriter &xml) {
        xml.writeDefaultNamespace(ns);
        xml.writeStartElement(ns, QStringLiteral("Relationships"));
        int id = 0;
        for (const auto &[type, target] : targets) {
            xml.writeStartElement(ns, QStringLiteral("Relationship"));
            xml.writeAttribute(QStringLiteral("Id"), QStringLiteral("rId%1").arg(++id));
            xml.writeAttribute(QStringLiteral("Type"), type);
            xml.writeAttribute(QStringLiteral("Target"), target);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    });
}

QByteArray corePropertiesXml(const QString &title)
{
    const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString terms = QStringLiteral("http://purl.org/dc/terms/");
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    return OfficeXml::write([&](QXmlStreamWriter &xml) {
        xml.writeNamespace(cp, QStringLiteral("cp"));
        xml.writeNamespace(dc, QStringLiteral("dc"));
        xml.writeNamespace(terms, QStringLiteral("dcterms"));
        xml.writeNamespace(xsi, QStringLiteral("xsi"));
        xml.writeStartElement(cp, QStringLiteral("coreProperties"));
        xml.writeTextElement(dc, QStringLiteral("title"), title);
        xml.writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("SchoolDX"));
        xml.writeTextElement(dc, QStringLiteral("language"), QStringLiteral("vi-VN"));
        xml.writeStartElement(terms, QStringLiteral("created"));
        xml.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
        xml.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        xml.writeEndElement();
        xml.writeEndElement();
    });
}

QByteArray appPropertiesXml()
{
    const QString ns = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    return OfficeXml::write([&](QXmlStreamWriter &xml) {
        xml.writeDefaultNamespace(ns);
        xml.writeStartElement(ns, QStringLiteral("Properties"));
        xml.writeTextElement(ns, QStringLiteral("Application"), QStringLiteral("SchoolDX"));
        xml.writeEndElement();
    });
}

} // namespace

DocxWriter::DocxWriter(const Document &document)
    : m_document(document)
    , m_measureFamily(DocumentFonts::resolvedFamily(document.fontFamily))
{
}

void DocxWriter::writeParagraph(QXmlStreamWriter &xml, const Paragraph &paragraph, qreal containerMm) const
{
    xml.writeStartElement(W, QStringLiteral("p"));
    xml.writeStartElement(W, QStringLiteral("pPr"));
    if (paragraph.keepWithNext || paragraph.ruleBelow > 0)
        element(xml, QStringLiteral("keepNext"));
    xml.writeStartElement(W, QStringLiteral("spacing"));
    xml.writeAttribute(W, QStringLiteral("before"), pointTwips(paragraph.spaceBeforePt));
    xml.writeAttribute(W, QStringLiteral("after"), pointTwips(paragraph.ruleBelow > 0 ? 0 : paragraph.spaceAfterPt));
    xml.writeAttribute(W, QStringLiteral("line"), QString::number(qRound(240 * paragraph.lineSpacing)));
    xml.writeAttribute(W, QStringLiteral("lineRule"), QStringLiteral("auto"));
    xml.writeEndElement();
    xml.writeStartElement(W, QStringLiteral("ind"));
    xml.writeAttribute(W, QStringLiteral("firstLine"), twips(paragraph.firstLineIndentMm));
    xml.writeEndElement();
    element(xml, QStringLiteral("jc"), justification(paragraph.align));
    runProperties(xml, false, false, paragraph.sizePt);
    xml.writeEndElement(); // pPr
    for (const Run &run : paragraph.runs) {
        xml.writeStartElement(W, QStringLiteral("r"));
        runProperties(xml, run.bold, run.italic, run.sizePt > 0 ? run.sizePt : paragraph.sizePt);
        xml.writeStartElement(W, QStringLiteral("t"));
        xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        xml.writeCharacters(run.text);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // p
    if (paragraph.ruleBelow > 0)
        writeRule(xml, paragraph, containerMm);
}

void DocxWriter::writeRule(QXmlStreamWriter &xml, const Paragraph &paragraph, qreal containerMm) const
{
    // An empty paragraph one point high whose top border, between indents, is the line.
    const qreal length = textWidth(paragraph, m_measureFamily, containerMm) * paragraph.ruleBelow;
    const qreal side = std::max<qreal>(0, (containerMm - length) / 2);
    xml.writeStartElement(W, QStringLiteral("p"));
    xml.writeStartElement(W, QStringLiteral("pPr"));
    xml.writeStartElement(W, QStringLiteral("pBdr"));
    border(xml, QStringLiteral("top"), true);
    xml.writeEndElement();
    xml.writeStartElement(W, QStringLiteral("spacing"));
    xml.writeAttribute(W, QStringLiteral("before"), pointTwips(1.5));
    xml.writeAttribute(W, QStringLiteral("after"), pointTwips(paragraph.spaceAfterPt));
    xml.writeAttribute(W, QStringLiteral("line"), QStringLiteral("20"));
    xml.writeAttribute(W, QStringLiteral("lineRule"), QStringLiteral("exact"));
    xml.writeEndElement();
    xml.writeStartElement(W, QStringLiteral("ind"));
    xml.writeAttribute(W, QStringLiteral("left"), twips(side));
    xml.writeAttribute(W, QStringLiteral("right"), twips(side));
    xml.writeAttribute(W, QStringLiteral("firstLine"), QStringLiteral("0"));
    xml.writeEndElement();
    runProperties(xml, false, false, 1);
    xml.writeEndElement(); // pPr
    xml.writeEndElement(); // p
}

void DocxWriter::writeTable(QXmlStreamWriter &xml, const Table &table) const
{
    const TableGrid grid(table);
    if (grid.rowCount() == 0 || grid.columnCount() == 0)
        return;
    xml.writeStartElement(W, QStringLiteral("tbl"));
    xml.writeStartElement(W, QStringLiteral("tblPr"));
    width(xml, QStringLiteral("tblW"), table.widthMm());
    element(xml, QStringLiteral("jc"), QStringLiteral("center"));
    xml.writeStartElement(W, QStringLiteral("tblBorders"));
    for (const QString &side : {QStringLiteral("top"), QStringLiteral("left"), QStringLiteral("bottom"),
                                QStringLiteral("right"), QStringLiteral("insideH"), QStringLiteral("insideV")})
        border(xml, side, table.borders);
    xml.writeEndElement();
    xml.writeStartElement(W, QStringLiteral("tblLayout"));
    xml.writeAttribute(W, QStringLiteral("type"), QStringLiteral("fixed"));
    xml.writeEndElement();
    xml.writeStartElement(W, QStringLiteral("tblCellMar"));
    width(xml, QStringLiteral("left"), table.paddingMm);
    width(xml, QStringLiteral("right"), table.paddingMm);
    xml.writeEndElement();
    xml.writeEndElement(); // tblPr
    xml.writeStartElement(W, QStringLiteral("tblGrid"));
    for (qreal column : table.columnWidthsMm) {
        xml.writeStartElement(W, QStringLiteral("gridCol"));
        xml.writeAttribute(W, QStringLiteral("w"), twips(column));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    for (int row = 0; row < grid.rowCount(); ++row) {
        xml.writeStartElement(W, QStringLiteral("tr"));
        xml.writeStartElement(W, QStringLiteral("trPr"));
        if (!table.borders)
            element(xml, QStringLiteral("cantSplit"));
        if (row < table.headerRows)
            element(xml, QStringLiteral("tblHeader"));
        xml.writeEndElement();
        for (int column = 0; column < grid.columnCount();) {
            const TableGrid::Placed *placed = grid.at(row, column);
            const int span = placed ? placed->colSpan : 1;
            qreal cellWidth = 0;
            for (int c = column; c < column + span; ++c)
                cellWidth += table.columnWidthsMm.at(c);
            xml.writeStartElement(W, QStringLiteral("tc"));
            xml.writeStartElement(W, QStringLiteral("tcPr"));
            width(xml, QStringLiteral("tcW"), cellWidth);
            if (span > 1)
                element(xml, QStringLiteral("gridSpan"), QString::number(span));
            if (placed && placed->rowSpan > 1)
                element(xml, QStringLiteral("vMerge"), placed->row == row ? QStringLiteral("restart") : QStringLiteral("continue"));
            if (placed && placed->cell->verticalCenter)
                element(xml, QStringLiteral("vAlign"), QStringLiteral("center"));
            xml.writeEndElement(); // tcPr
            const bool anchor = placed && placed->row == row;
            if (anchor && !placed->cell->paragraphs.isEmpty()) {
                for (const Paragraph &paragraph : placed->cell->paragraphs)
                    writeParagraph(xml, paragraph, cellWidth - 2 * table.paddingMm);
            } else {
                xml.writeEmptyElement(W, QStringLiteral("p")); // a cell holds at least one paragraph
            }
            xml.writeEndElement(); // tc
            column += span;
        }
        xml.writeEndElement(); // tr
    }
    xml.writeEndElement(); // tbl
}

void DocxWriter::writeSection(QXmlStreamWriter &xml) const
{
    const PageSetup &page = m_document.page;
    xml.writeStartElement(W, QStringLiteral("sectPr"));
    const QList<std::pair<QString, QString>> headers = {{QStringLiteral("default"), QStringLiteral("rId3")},
                                                        {QStringLiteral("first"), QStringLiteral("rId4")}};
    for (const auto &[type, id] : headers) {
        xml.writeStartElement(W, QStringLiteral("headerReference"));
        xml.writeAttribute(W, QStringLiteral("type"), type);
        xml.writeAttribute(R, QStringLiteral("id"), id);
        xml.writeEndElement();
    }
    xml.writeStartElement(W, QStringLiteral("pgSz"));
    xml.writeAttribute(W, QStringLiteral("w"), twips(page.widthMm));
    xml.writeAttribute(W, QStringLiteral("h"), twips(page.heightMm));
    xml.writeEndElement();
    xml.writeStartElement(W, QStringLiteral("pgMar"));
    xml.writeAttribute(W, QStringLiteral("top"), twips(page.topMm));
    xml.writeAttribute(W, QStringLiteral("right"), twips(page.rightMm));
    xml.writeAttribute(W, QStringLiteral("bottom"), twips(page.bottomMm));
    xml.writeAttribute(W, QStringLiteral("left"), twips(page.leftMm));
    xml.writeAttribute(W, QStringLiteral("header"), twips(page.topMm / 2));
    xml.writeAttribute(W, QStringLiteral("footer"), twips(page.bottomMm / 2));
    xml.writeAttribute(W, QStringLiteral("gutter"), QStringLiteral("0"));
    xml.writeEndElement();
    element(xml, QStringLiteral("titlePg")); // page 1 carries no number
    xml.writeEndElement();
}

void DocxWriter::writeBlocks(QXmlStreamWriter &xml) const
{
    const qreal textWidthMm = m_document.page.textWidthMm();
    bool breakNext = false;
    for (const Block &block : m_document.blocks) {
        if (breakNext) {
            xml.writeStartElement(W, QStringLiteral("p"));
            xml.writeStartElement(W, QStringLiteral("r"));
            xml.writeStartElement(W, QStringLiteral("br"));
            xml.writeAttribute(W, QStringLiteral("type"), QStringLiteral("page"));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            breakNext = false;
        }
        if (const auto *paragraph = std::get_if<Paragraph>(&block))
            writeParagraph(xml, *paragraph, textWidthMm);
        else if (const auto *table = std::get_if<Table>(&block))
            writeTable(xml, *table);
        else if (const auto *header = std::get_if<HeaderBlock>(&block))
            writeTable(xml, lowerHeader(*header));
        else if (const auto *signature = std::get_if<SignatureBlock>(&block))
            writeTable(xml, lowerSignature(*signature));
        else if (std::holds_alternative<PageBreak>(block))
            breakNext = true;
    }
}

QByteArray DocxWriter::documentXml() const
{
    return OfficeXml::write([&](QXmlStreamWriter &xml) {
        xml.writeNamespace(W, QStringLiteral("w"));
        xml.writeNamespace(R, QStringLiteral("r"));
        xml.writeStartElement(W, QStringLiteral("document"));
        xml.writeStartElement(W, QStringLiteral("body"));
        writeBlocks(xml);
        // Word needs a paragraph between a table and the end of the body.
        xml.writeStartElement(W, QStringLiteral("p"));
        xml.writeStartElement(W, QStringLiteral("pPr"));
        xml.writeStartElement(W, QStringLiteral("spacing"));
        xml.writeAttribute(W, QStringLiteral("after"), QStringLiteral("0"));
        xml.writeAttribute(W, QStringLiteral("line"), QStringLiteral("20"));
        xml.writeAttribute(W, QStringLiteral("lineRule"), QStringLiteral("exact"));
        xml.writeEndElement();
        runProperties(xml, false, false, 1);
        xml.writeEndElement();
        xml.writeEndElement();
        writeSection(xml);
        xml.writeEndElement(); // body
        xml.writeEndElement(); // document
    });
}

Expected<QByteArray> DocxWriter::package() const
{
    const QString office = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
    const QString package = QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/");
    const QList<ZipPackage::Part> parts = {
        {QStringLiteral("[Content_Types].xml"), contentTypesXml(), false},
        {QStringLiteral("_rels/.rels"),
         relationshipsXml({{office + QStringLiteral("officeDocument"), QStringLiteral("word/document.xml")},
                           {package + QStringLiteral("core-properties"), QStringLiteral("docProps/core.xml")},
                           {office + QStringLiteral("extended-properties"), QStringLiteral("docProps/app.xml")}}),
         false},
        {QStringLiteral("word/document.xml"), documentXml(), false},
        {QStringLiteral("word/_rels/document.xml.rels"),
         relationshipsXml({{office + QStringLiteral("styles"), QStringLiteral("styles.xml")},
                           {office + QStringLiteral("settings"), QStringLiteral("settings.xml")},
                           {office + QStringLiteral("header"), QStringLiteral("header1.xml")},
                           {office + QStringLiteral("header"), QStringLiteral("header2.xml")}}),
         false},
        {QStringLiteral("word/styles.xml"), stylesXml(m_document.fontFamily), false},
        {QStringLiteral("word/settings.xml"), settingsXml(), false},
        {QStringLiteral("word/header1.xml"), headerXml(true, m_document.page.pageNumberSizePt), false},
        {QStringLiteral("word/header2.xml"), headerXml(false, m_document.page.pageNumberSizePt), false},
        {QStringLiteral("docProps/core.xml"), corePropertiesXml(m_document.title), false},
        {QStringLiteral("docProps/app.xml"), appPropertiesXml(), false},
    };
    return ZipPackage::build(parts);
}

} // namespace sdx
