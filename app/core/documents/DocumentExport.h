#pragma once

#include "DocumentModel.h"
#include "common/Status.h"

#include <QByteArray>
#include <QString>

namespace sdx {

enum class ExportFormat { Pdf, Docx, Odt };

/**
 * Saving a document for the user: rendered in memory, checked, written through SafeFile
 * (temporary file, then replace), read back from disk and checked again before success is
 * reported. A failure leaves any previous file untouched and says what went wrong, in Vietnamese.
 */
namespace DocumentExport {

struct Report
{
    qint64 bytes = 0;
    int pageCount = 0;     ///< PDF only
    QString fontFamily;    ///< PDF: the family drawn with; DOCX/ODT: the family declared
};

QString extension(ExportFormat format);          ///< "pdf", "docx", "odt"
QString formatName(ExportFormat format);         ///< "PDF", "Word (DOCX)", "OpenDocument (ODT)"
bool formatFromExtension(const QString &extension, ExportFormat *format);

/// The file's bytes, checked.
Expected<QByteArray> render(const doc::Document &document, ExportFormat format, Report *report = nullptr);
Status save(const doc::Document &document, ExportFormat format, const QString &path, Report *report = nullptr);

/// The checks run on the bytes and again on the written file.
Status verifyDocx(const QByteArray &package);
Status verifyOdt(const QByteArray &package);

} // namespace DocumentExport
} // namespace sdx
