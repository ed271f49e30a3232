#pragma once

#include "documents/DocumentExport.h"
#include "documents/DocumentModel.h"

#include <QString>

class QPrinter;
class QWidget;

namespace sdx {

/// The printer side of PagePainter: the preview and the print dialog call the same renderer as the PDF.
namespace DocumentPrinting {

/// Paints the document on a printer (the preview's or a real one), full page, A4.
void paint(QPrinter &printer, const doc::Document &document);
/// Opens the print preview (modal) on the document.
void preview(QWidget *parent, const doc::Document &document);
/// Asks for a printer and prints; false when the user cancelled.
bool print(QWidget *parent, const doc::Document &document);
/// Asks where to save a document in `format`, proposing `suggestedName` (without extension) in the
/// user's Documents folder; the answer always ends with the format's extension. Empty: cancelled.
QString askSavePath(QWidget *parent, ExportFormat format, const QString &suggestedName);
/// What the user is told after a save: "Đã lưu PATH (N trang)." for a PDF, "Đã lưu PATH." otherwise.
QString savedMessage(ExportFormat format, const QString &path, const DocumentExport::Report &report);

} // namespace DocumentPrinting
} // namespace sdx
