#pragma once

#include "DocumentModel.h"
#include "TableGrid.h"

#include <QTextFormat>

#include <memory>

class QPaintDevice;
class QTextCursor;
class QTextDocument;
class QTextTable;

namespace sdx {

/**
 * Lays the document model out as a QTextDocument for one paint device (PDF writer or printer),
 * in that device's pixels, so what is measured is exactly what is drawn. The lines under texts
 * and the "keep with next" wishes are recorded as block properties for PagePainter.
 */
class TextDocumentBuilder final
{
public:
    /// Block properties read back by PagePainter.
    enum Property {
        RuleBelowProperty = QTextFormat::UserProperty + 1, ///< qreal fraction of the longest line
        KeepWithNextProperty,                              ///< bool
    };

    /// Room kept under a ruled paragraph for its line (drawn RuleGapPt below the text).
    static constexpr qreal RuleReservePt = 5;
    static constexpr qreal RuleGapPt = 3;

    TextDocumentBuilder(const doc::Document &document, QPaintDevice &device, const QString &fontFamily);
    std::unique_ptr<QTextDocument> build();

    /// Lengths in the device's pixels: page size, first-line indent, positions for painting.
    qreal mm(qreal millimetres) const;
    qreal pt(qreal points) const;
    /// Lengths QTextDocumentLayout scales from screen pixels to the device itself: block margins,
    /// table widths, borders and paddings. Measured, not assumed (it depends on the screen's DPI).
    qreal frameMm(qreal millimetres) const { return mm(millimetres) / m_frameScale; }
    qreal framePt(qreal points) const { return pt(points) / m_frameScale; }

private:
    enum class Placement { NewBlock, CellStart, InCell };
    void appendParagraph(QTextCursor &cursor, const doc::Paragraph &paragraph, Placement placement);
    void appendTable(QTextCursor &cursor, const doc::Table &table);
    void fillCell(QTextTable &table, const doc::TableGrid::Placed &placed, const doc::Table &model);
    void startBlock(QTextCursor &cursor);
    static qreal measureFrameScale(QPaintDevice &device);

    const doc::Document &m_document;
    QPaintDevice &m_device;
    QString m_family;
    qreal m_dpi = 72;
    qreal m_frameScale = 1;
    bool m_blockFree = true;       ///< the cursor's block is empty and unused (document start, after a table)
    bool m_breakBefore = false;    ///< a PageBreak asked for the next block to start a page
    QTextTable *m_previousTable = nullptr; ///< the table just inserted, until a paragraph follows it
};

} // namespace sdx
