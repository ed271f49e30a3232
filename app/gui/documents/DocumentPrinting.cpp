#include "DocumentPrinting.h"

#include "documents/PagePainter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace sdx::DocumentPrinting {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::DocumentPrinting)
};

void prepare(QPrinter &printer, const doc::Document &document)
{
    printer.setFullPage(true); // the margins are the document's own, drawn by PagePainter
    PagePainter::preparePage(printer, document.page);
    printer.setDocName(document.title);
    printer.setCreator(QStringLiteral("SchoolDX"));
}

} // namespace

void paint(QPrinter &printer, const doc::Document &document)
{
    prepare(printer, document);
    QPainter painter;
    if (!painter.begin(&printer))
        return;
    PagePainter::paint(painter, printer, document);
    painter.end();
}

void preview(QWidget *parent, const doc::Document &document)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, document);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("documentPreviewDialog"));
    dialog.setWindowTitle(document.title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document](QPrinter *target) { paint(*target, document); });
    dialog.exec();
}

bool print(QWidget *parent, const doc::Document &document)
{
    QPrinter printer(QPrinter::HighResolution);
    prepare(printer, document);
    QPrintDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("documentPrintDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    paint(printer, document);
    return true;
}

QString askSavePath(QWidget *parent, ExportFormat format, const QString &suggestedName)
{
    const QString extension = DocumentExport::extension(format);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, Text::tr("Lưu %1").arg(DocumentExport::formatName(format)),
                                                QDir(folder).filePath(suggestedName + QLatin1Char('.') + extension),
                                                Text::tr("%1 (*.%2)").arg(DocumentExport::formatName(format), extension));
    if (!path.isEmpty() && !path.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
        path += QLatin1Char('.') + extension;
    return path;
}

QString savedMessage(ExportFormat format, const QString &path, const DocumentExport::Report &report)
{
    const QString where = QDir::toNativeSeparators(path);
    return format == ExportFormat::Pdf ? Text::tr("Đã lưu %1 (%2 trang).").arg(where).arg(report.pageCount)
                                       : Text::tr("Đã lưu %1.").arg(where);
}

} // namespace sdx::DocumentPrinting
