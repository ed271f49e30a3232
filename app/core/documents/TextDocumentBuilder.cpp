#include "TextDocumentBuilder.h"

#include "DocumentFonts.h"
#include "TableGrid.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace sdx {

using namespace doc;

namespace {

Qt::Alignment alignmentOf(Align align)
{
    switch (align) {
    case Align::Left: return Qt::AlignLeft;
    case Align::Center: return Qt::AlignHCenter;
    case Align::Right: return Qt::AlignRight;
    case Align::Justify: return Qt::AlignJustify;
    }
    return Qt::AlignLeft;
}

} // namespace

TextDocumentBuilder::TextDocumentBuilder(const Document &document, QPaintDevice &device, const QString &fontFamily)
    : m_document(document)
    , m_device(device)
    , m_family(fontFamily)
    , m_dpi(device.logicalDpiY() > 0 ? device.logicalDpiY() : 72)
    , m_frameScale(measureFrameScale(device))
{
}

qreal TextDocumentBuilder::measureFrameScale(QPaintDevice &device)
{
    // Two blocks, the first with a known bottom margin: the gap between them is that margin as laid out.
    constexpr qreal kProbe = 1000;
    QTextDocument probe;
    probe.documentLayout()->setPaintDevice(&device);
    probe.setDocumentMargin(0);
    QTextCursor cursor(&probe);
    QTextBlockFormat format;
    format.setBottomMargin(kProbe);
    cursor.setBlockFormat(format);
    cursor.insertText(QStringLiteral("x"));
    cursor.insertBlock(QTextBlockFormat());
    cursor.insertText(QStringLiteral("x"));
    const QTextBlock first = probe.begin();
    const qreal gap = probe.documentLayout()->blockBoundingRect(first.next()).top()
        - probe.documentLayout()->blockBoundingRect(first).bottom();
    return gap > 0 ? gap / kProbe : 1;
}

qreal TextDocumentBuilder::mm(qreal millimetres) const
{
    return millimetres / 25.4 * m_dpi;
}

qreal TextDocumentBuilder::pt(qreal points) const
{
    return points / 72.0 * m_dpi;
}

std::unique_ptr<QTextDocument> TextDocumentBuilder::build()
{
    auto text = std::make_unique<QTextDocument>();
    text->documentLayout()->setPaintDevice(&m_device);
    text->setDocumentMargin(0);
    text->setDefaultFont(DocumentFonts::font(m_family, 14));
    QTextOption option = text->defaultTextOption();
    // Long addresses in narrow table cells must wrap instead of running over the border.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    text->setDefaultTextOption(option);
    text->setPageSize(QSizeF(mm(m_document.page.textWidthMm()), mm(m_document.page.textHeightMm())));

    QTextCursor cursor(text.get());
    // One edit block: the layout runs once at the end instead of after every insertion.
    cursor.beginEditBlock();
    m_blockFree = true;
    for (const Block &block : m_document.blocks) {
        if (const auto *paragraph = std::get_if<Paragraph>(&block)) {
            appendParagraph(cursor, *paragraph, Placement::NewBlock);
        } else if (const auto *table = std::get_if<Table>(&block)) {
            appendTable(cursor, *table);
        } else if (const auto *header = std::get_if<HeaderBlock>(&block)) {
            appendTable(cursor, lowerHeader(*header));
        } else if (const auto *signature = std::get_if<SignatureBlock>(&block)) {
            appendTable(cursor, lowerSignature(*signature));
        } else if (std::holds_alternative<PageBreak>(block)) {
            m_breakBefore = true;
        }
    }
    cursor.endEditBlock();
    return text;
}

void TextDocumentBuilder::startBlock(QTextCursor &cursor)
{
    if (!m_blockFree)
        cursor.insertBlock();
    m_blockFree = false;
}

void TextDocumentBuilder::appendParagraph(QTextCursor &cursor, const Paragraph &paragraph, Placement placement)
{
    if (placement == Placement::NewBlock) {
        startBlock(cursor);
        if (m_previousTable) {
            // The layout drops the top margin of a block that follows a table: the table keeps the room.
            QTextTableFormat tableFormat = m_previousTable->format();
            tableFormat.setBottomMargin(framePt(paragraph.spaceBeforePt));
            m_previousTable->setFormat(tableFormat);
            m_previousTable = nullptr;
        }
    }
    QTextBlockFormat format;
    format.setAlignment(alignmentOf(paragraph.align));
    format.setTextIndent(mm(paragraph.firstLineIndentMm));
    format.setTopMargin(framePt(paragraph.spaceBeforePt));
    // PagePainter draws the line under a ruled paragraph in this reserved space.
    format.setBottomMargin(framePt(paragraph.spaceAfterPt + (paragraph.ruleBelow > 0 ? RuleReservePt : 0)));
    format.setLineHeight(paragraph.lineSpacing * 100.0, QTextBlockFormat::ProportionalHeight);
    if (paragraph.ruleBelow > 0)
        format.setProperty(RuleBelowProperty, paragraph.ruleBelow);
    if (paragraph.keepWithNext)
        format.setProperty(KeepWithNextProperty, true);
    if (m_breakBefore) {
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBefore = false;
    }
    cursor.setBlockFormat(format);

    QTextCharFormat base;
    base.setFont(DocumentFonts::font(m_family, paragraph.sizePt));
    // The character format of a cell's first block is the cell's own format, spans included:
    // fillCell() gives the cell the font instead of replacing that format here.
    if (placement != Placement::CellStart)
        cursor.setBlockCharFormat(base);
    for (const Run &run : paragraph.runs) {
        QTextCharFormat runFormat = base;
        runFormat.setFont(DocumentFonts::font(m_family, run.sizePt > 0 ? run.sizePt : paragraph.sizePt, run.bold, run.italic));
        cursor.insertText(run.text, runFormat);
    }
}

void TextDocumentBuilder::appendTable(QTextCursor &cursor, const Table &model)
{
    const TableGrid grid(model);
    if (grid.rowCount() == 0 || grid.columnCount() == 0)
        return;
    if (m_blockFree && cursor.block().position() == 0) {
        // A document cannot start with a table: make the block before it take no room.
        QTextBlockFormat empty;
        empty.setLineHeight(0, QTextBlockFormat::FixedHeight);
        cursor.setBlockFormat(empty);
        QTextCharFormat tiny;
        tiny.setFontPointSize(1);
        cursor.setBlockCharFormat(tiny);
    }
    QTextTableFormat format;
    format.setCellSpacing(0);
    format.setCellPadding(0);
    format.setMargin(0);
    format.setBorderCollapse(true);
    format.setBorder(model.borders ? framePt(0.5) : 0);
    format.setBorderStyle(model.borders ? QTextFrameFormat::BorderStyle_Solid : QTextFrameFormat::BorderStyle_None);
    format.setBorderBrush(Qt::black);
    format.setHeaderRowCount(model.headerRows);
    format.setAlignment(Qt::AlignHCenter);
    QList<QTextLength> widths;
    for (qreal width : model.columnWidthsMm)
        widths << QTextLength(QTextLength::FixedLength, frameMm(width));
    format.setColumnWidthConstraints(widths);
    format.setWidth(QTextLength(QTextLength::FixedLength, frameMm(model.widthMm())));
    if (m_breakBefore) {
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        m_breakBefore = false;
    }

    m_previousTable = nullptr;
    QTextTable *table = cursor.insertTable(grid.rowCount(), grid.columnCount(), format);
    for (const TableGrid::Placed &placed : grid.cells()) {
        if (placed.rowSpan > 1 || placed.colSpan > 1)
            table->mergeCells(placed.row, placed.column, placed.rowSpan, placed.colSpan);
    }
    for (const TableGrid::Placed &placed : grid.cells())
        fillCell(*table, placed, model);

    cursor = table->lastCursorPosition();
    cursor.movePosition(QTextCursor::NextBlock);
    m_blockFree = true;
    m_previousTable = table;
}

void TextDocumentBuilder::fillCell(QTextTable &table, const TableGrid::Placed &placed, const Table &model)
{
    const TableCell &cell = *placed.cell;
    QTextTableCell target = table.cellAt(placed.row, placed.column);
    QTextCursor cursor = target.firstCursorPosition();
    bool first = true;
    for (const Paragraph &paragraph : cell.paragraphs) {
        if (!first)
            cursor.insertBlock();
        appendParagraph(cursor, paragraph, first ? Placement::CellStart : Placement::InCell);
        first = false;
    }
    // Inserting text renumbers the document's fragments, so the cell is looked up again.
    target = table.cellAt(placed.row, placed.column);
    QTextTableCellFormat format = target.format().toTableCellFormat();
    if (!cell.paragraphs.isEmpty())
        format.setFont(DocumentFonts::font(m_family, cell.paragraphs.first().sizePt));
    format.setLeftPadding(frameMm(model.paddingMm));
    format.setRightPadding(frameMm(model.paddingMm));
    // QTextDocumentLayout ignores the top margin of a cell's first block and the bottom margin of
    // its last one: they become cell padding, as Word and LibreOffice would space them.
    const qreal base = model.borders ? 1 : 0;
    const qreal top = cell.paragraphs.isEmpty() ? 0 : cell.paragraphs.first().spaceBeforePt;
    const Paragraph *last = cell.paragraphs.isEmpty() ? nullptr : &cell.paragraphs.last();
    const qreal bottom = last ? last->spaceAfterPt + (last->ruleBelow > 0 ? RuleReservePt : 0) : 0;
    format.setTopPadding(framePt(base + top));
    format.setBottomPadding(framePt(base + bottom));
    if (cell.verticalCenter)
        format.setVerticalAlignment(QTextCharFormat::AlignMiddle);
    if (model.borders) {
        // With collapsed borders a table border under one pixel is dropped; cell borders are not.
        format.setBorder(framePt(0.5));
        format.setBorderBrush(Qt::black);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    }
    target.setFormat(format);
}

} // namespace sdx
