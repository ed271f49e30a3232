#include "PagePainter.h"

#include "DocumentFonts.h"
#include "TextDocumentBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace sdx {

namespace {

class Pagination final
{
public:
    Pagination(QTextDocument &text, qreal pageHeight)
        : m_text(text), m_layout(*text.documentLayout()), m_pageHeight(pageHeight)
    {
    }

    int pageOf(qreal y) const { return int(std::floor(y / m_pageHeight)); }

    /// Moves to the next page any block that asked to stay with the next one and was left behind.
    /// One move shifts everything after it, so the scan restarts after each change.
    void keepWithNext()
    {
        for (int moves = 0; moves < 200 && moveOneStrandedBlock(); ++moves) {
        }
    }

    /// A borderless table that runs over a page break (the signature block) starts a new page,
    /// taking the paragraph before it if that one wants to stay with it.
    void keepTablesTogether()
    {
        for (int moves = 0; moves < 20 && moveOneSplitTable(); ++moves) {
        }
    }

    /// Ends every paragraph at the page break that runs through it, the rest becoming a paragraph
    /// of its own at the head of the next page. Qt 6.4's QTextLayout::draw also paints the line just
    /// above the clip: a paragraph running over a break would put its last line of the page into
    /// the next page's top margin too, hidden by the clip but still text in the PDF, so copying or
    /// extracting the text would repeat it. The first part keeps its justified last line.
    void splitParagraphsAtPageBreaks()
    {
        // All the splits of a pass in one edit, from the end so that the positions found stay
        // true: the document is laid out again once per pass, not once per split.
        for (int pass = 0; pass < 4; ++pass) {
            const QList<Split> splits = findSplits();
            if (splits.isEmpty())
                break;
            QTextCursor cursor(&m_text);
            cursor.beginEditBlock();
            for (auto split = splits.crbegin(); split != splits.crend(); ++split)
                apply(cursor, *split);
            cursor.endEditBlock();
        }
        forceJustificationOfSplitParts();
    }

private:
    /// Where the first line really is: a line that would cross a page is moved inside its block.
    qreal firstLineTop(const QTextBlock &block) const
    {
        const QRectF rect = m_layout.blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            return rect.top();
        return rect.top() + layout->lineAt(0).y();
    }

    qreal firstLineBottom(const QTextBlock &block) const
    {
        const QRectF rect = m_layout.blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            return rect.top();
        return rect.top() + layout->lineAt(0).rect().bottom();
    }

    /// Where a paragraph runs over a page break: the block's start and the first position of
    /// the first line on the later page.
    struct Split
    {
        int blockStart = 0;
        int at = 0;
    };

    QList<Split> findSplits() const
    {
        QList<Split> splits;
        for (QTextBlock block = m_text.begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            if (!layout || layout->lineCount() < 2)
                continue;
            // A line's middle decides its page: the layout may start a line a pixel above the break.
            const qreal top = m_layout.blockBoundingRect(block).top();
            const auto pageOfLine = [&](int i) { return pageOf(top + layout->lineAt(i).y() + layout->lineAt(i).height() / 2); };
            int page = pageOfLine(0);
            int start = block.position();
            for (int i = 1; i < layout->lineCount(); ++i) {
                const int linePage = pageOfLine(i);
                if (linePage > page) {
                    const int at = block.position() + layout->lineAt(i).textStart();
                    splits.append({start, at});
                    start = at;
                    page = linePage;
                }
            }
        }
        return splits;
    }

    static void apply(QTextCursor &cursor, const Split &split)
    {
        cursor.setPosition(split.blockStart);
        QTextBlockFormat first = cursor.blockFormat();
        QTextBlockFormat rest = first;
        first.setBottomMargin(0);
        first.clearProperty(TextDocumentBuilder::RuleBelowProperty);
        first.clearProperty(TextDocumentBuilder::KeepWithNextProperty);
        first.setProperty(JustifyLastLineProperty, bool(first.alignment() & Qt::AlignJustify));
        rest.setTopMargin(0);
        rest.setTextIndent(0);
        rest.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        cursor.setBlockFormat(first);
        cursor.setPosition(split.at);
        cursor.insertBlock(rest, cursor.charFormat());
    }

    /// The last line of the first part of a split paragraph is justified like the lines before it.
    void forceJustificationOfSplitParts()
    {
        for (QTextBlock block = m_text.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().boolProperty(JustifyLastLineProperty) && block.layout())
                block.layout()->setFlags(Qt::TextJustificationForced);
        }
    }

    static constexpr int JustifyLastLineProperty = QTextFormat::UserProperty + 100;

    static bool breaksBefore(const QTextBlock &block)
    {
        return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
    }

    /// Marks the breaks set here, so that they can be taken back (never one the document asked for).
    static constexpr int MovedProperty = QTextFormat::UserProperty + 0x5d0;

    void breakBefore(QTextBlock block)
    {
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        format.setProperty(MovedProperty, true);
        cursor.setBlockFormat(format);
    }

    void clearMovedBreak(QTextBlock block)
    {
        if (!block.blockFormat().boolProperty(MovedProperty))
            return;
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        format.clearProperty(MovedProperty);
        cursor.setBlockFormat(format);
    }

    bool moveOneStrandedBlock()
    {
        for (QTextBlock block = m_text.begin(); block.isValid(); block = block.next()) {
            if (!block.blockFormat().boolProperty(TextDocumentBuilder::KeepWithNextProperty) || breaksBefore(block))
                continue;
            const QTextBlock next = block.next();
            if (!next.isValid())
                continue;
            // The middle of the line decides: the layout may start a line a pixel above the break,
            // and a break forced on a line already at the head of a page would leave a blank page.
            const int page = pageOf((firstLineTop(block) + firstLineBottom(block)) / 2);
            // Moving a block that already opens its page would change nothing.
            const QTextBlock previous = block.previous();
            const bool opensPage = !previous.isValid() || pageOf(m_layout.blockBoundingRect(previous).bottom()) < page;
            if (!opensPage && pageOf(firstLineBottom(next)) > page) {
                // A chain of such blocks ("3." then "a)" then a table) moves as one: the break moved
                // before the next block earlier goes up to this one, or this one would open a page alone.
                breakBefore(block);
                clearMovedBreak(next);
                return true;
            }
        }
        return false;
    }

    bool moveOneSplitTable()
    {
        const QList<QTextFrame *> frames = m_text.rootFrame()->childFrames();
        for (QTextFrame *frame : frames) {
            auto *table = qobject_cast<QTextTable *>(frame);
            if (!table || table->format().border() > 0 || table->format().pageBreakPolicy() != QTextFormat::PageBreak_Auto)
                continue;
            const QRectF rect = m_layout.frameBoundingRect(table);
            if (pageOf(rect.top()) == pageOf(rect.bottom() - 1) || rect.top() < 1)
                continue;
            const QTextBlock before = m_text.findBlock(table->firstPosition() - 1);
            if (before.isValid() && before.blockFormat().boolProperty(TextDocumentBuilder::KeepWithNextProperty)
                && !breaksBefore(before)) {
                breakBefore(before);
            } else {
                QTextTableFormat format = table->format();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                table->setFormat(format);
            }
            return true;
        }
        return false;
    }

    QTextDocument &m_text;
    QAbstractTextDocumentLayout &m_layout;
    qreal m_pageHeight;
};

struct Rule
{
    int page = 0;
    QLineF line;
};

QList<Rule> collectRules(QTextDocument &text, qreal pageHeight, qreal gap)
{
    QList<Rule> rules;
    QAbstractTextDocumentLayout &layout = *text.documentLayout();
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        const qreal fraction = block.blockFormat().doubleProperty(TextDocumentBuilder::RuleBelowProperty);
        const QTextLayout *lines = block.layout();
        if (fraction <= 0 || !lines || lines->lineCount() == 0)
            continue;
        const QRectF rect = layout.blockBoundingRect(block);
        // naturalTextRect() includes the offset of centred and right-aligned lines; x() does not.
        QRectF longest = lines->lineAt(0).naturalTextRect();
        for (int i = 1; i < lines->lineCount(); ++i) {
            const QRectF line = lines->lineAt(i).naturalTextRect();
            if (line.width() > longest.width())
                longest = line;
        }
        const qreal width = longest.width() * fraction;
        const qreal centre = rect.left() + longest.center().x();
        const qreal y = rect.bottom() + gap;
        rules << Rule{int(std::floor((y - gap) / pageHeight)), QLineF(centre - width / 2, y, centre + width / 2, y)};
    }
    return rules;
}

} // namespace

void PagePainter::preparePage(QPagedPaintDevice &device, const doc::PageSetup &page)
{
    QPageLayout layout(QPageSize(QSizeF(page.widthMm, page.heightMm), QPageSize::Millimeter),
                       QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    device.setPageLayout(layout);
}

PagePainter::Result PagePainter::paint(QPainter &painter, QPagedPaintDevice &device, const doc::Document &document)
{
    Result result;
    result.fontFamily = DocumentFonts::resolvedFamily(document.fontFamily);
    TextDocumentBuilder builder(document, device, result.fontFamily);
    const std::unique_ptr<QTextDocument> text = builder.build();
    const doc::PageSetup &page = document.page;
    const qreal pageHeight = builder.mm(page.textHeightMm());
    const qreal textWidth = builder.mm(page.textWidthMm());

    Pagination pagination(*text, pageHeight);
    pagination.keepWithNext();
    pagination.keepTablesTogether();
    pagination.keepWithNext();
    pagination.splitParagraphsAtPageBreaks();
    result.pageCount = text->pageCount();

    // Devices that cannot drop their margins still paint from the paper's corner.
    const int dpi = device.logicalDpiY() > 0 ? device.logicalDpiY() : 72;
    const QPointF paperOrigin = -QPointF(device.pageLayout().paintRectPixels(dpi).topLeft());
    const QList<Rule> rules = collectRules(*text, pageHeight, builder.pt(TextDocumentBuilder::RuleGapPt));
    QPen rulePen(Qt::black, builder.pt(0.6));

    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int index = 0; index < result.pageCount; ++index) {
        if (index > 0)
            device.newPage();
        if (index + 1 >= page.firstNumberedPage) {
            painter.save();
            painter.translate(paperOrigin);
            painter.setFont(DocumentFonts::font(result.fontFamily, page.pageNumberSizePt));
            painter.setPen(Qt::black);
            const QRectF band(builder.mm(page.leftMm), builder.mm(page.topMm * 0.4), textWidth, builder.mm(page.topMm * 0.45));
            painter.drawText(band, Qt::AlignHCenter | Qt::AlignVCenter, QString::number(index + 1));
            painter.restore();
        }
        painter.save();
        painter.translate(paperOrigin + QPointF(builder.mm(page.leftMm), builder.mm(page.topMm) - index * pageHeight));
        // The layout also draws a line that starts exactly on the page's lower edge (it belongs to
        // the next page): stop the clip a hair above that edge, or the PDF would hold it twice.
        context.clip = QRectF(0, index * pageHeight, textWidth, pageHeight - builder.pt(1));
        painter.setClipRect(QRectF(0, index * pageHeight, textWidth, pageHeight).adjusted(-builder.pt(1), -builder.pt(1), builder.pt(1), builder.pt(1)));
        text->documentLayout()->draw(&painter, context);
        painter.setPen(rulePen);
        for (const Rule &rule : rules) {
            if (rule.page == index)
                painter.drawLine(rule.line);
        }
        painter.restore();
    }
    return result;
}

} // namespace sdx
