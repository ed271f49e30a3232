#pragma once

#include "DocumentModel.h"

#include <QString>

class QPainter;
class QPagedPaintDevice;

namespace sdx {

/**
 * Paints a document page by page on any paged device: the PDF writer of the core and the printer
 * (and print preview) of the GUI call the same code, so print and PDF cannot differ.
 * It paginates itself to add what QTextDocument lacks: page numbers in the top margin from page 2,
 * real lines under Tiêu ngữ, tên cơ quan and trích yếu, headings kept with what follows them and a
 * signature block that never splits.
 */
class PagePainter final
{
public:
    struct Result
    {
        int pageCount = 0;
        QString fontFamily;  ///< the family actually drawn with (Times New Roman or its substitute)
    };

    /// A4 portrait with no device margins: the page margins are drawn by paint(). Call before
    /// QPainter::begin() (QPdfWriter) or on the printer before printing.
    static void preparePage(QPagedPaintDevice &device, const doc::PageSetup &page);

    /// `painter` is active on `device`; pages after the first are started with device.newPage().
    static Result paint(QPainter &painter, QPagedPaintDevice &device, const doc::Document &document);
};

} // namespace sdx
