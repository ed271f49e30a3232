#pragma once

#include "DocumentModel.h"
#include "common/Status.h"

#include <QByteArray>
#include <QString>

namespace sdx {

/// The document as PDF bytes through QPdfWriter (Qt Gui, so the command line can render too);
/// the fonts are embedded as subsets.
namespace PdfRenderer {

struct Output
{
    QByteArray bytes;
    int pageCount = 0;
    QString fontFamily;  ///< the family the text was drawn with
};

Expected<Output> render(const doc::Document &document);
/// Header, trailer and page count of a PDF written by render().
Status verify(const QByteArray &pdf, int expectedPages);
/// The number of page objects ("/Type /Page") in a PDF written by QPdfWriter.
int countPages(const QByteArray &pdf);

} // namespace PdfRenderer
} // namespace sdx
