#include "DocumentExport.h"

#include "DocxWriter.h"
#include "OdtWriter.h"
#include "OfficeXml.h"
#include "PdfRenderer.h"
#include "ZipPackage.h"
#include "common/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QIODevice>

#include <algorithm>

namespace sdx::DocumentExport {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::DocumentExport)
};

constexpr qint64 kMaxReadBack = 256 * 1024 * 1024;

Status checkParts(const QList<ZipPackage::Part> &parts, const QStringList &required, const QString &what)
{
    for (const QString &name : required) {
        const bool present = std::any_of(parts.cbegin(), parts.cend(),
                                         [&name](const ZipPackage::Part &part) { return part.name == name; });
        if (!present)
            return Status::failure(Text::tr("Tệp %1 thiếu phần bắt buộc %2").arg(what, name));
    }
    for (const ZipPackage::Part &part : parts) {
        if (part.name.endsWith(QLatin1String(".xml")) || part.name.endsWith(QLatin1String(".rels"))) {
            if (const Status status = OfficeXml::checkWellFormed(part.data, part.name); !status)
                return status.prefixed(Text::tr("Tệp %1").arg(what));
        }
    }
    return Status::success();
}

QByteArray partData(const QList<ZipPackage::Part> &parts, const QString &name)
{
    for (const ZipPackage::Part &part : parts) {
        if (part.name == name)
            return part.data;
    }
    return {};
}

Status verify(ExportFormat format, const QByteArray &bytes, int expectedPages)
{
    switch (format) {
    case ExportFormat::Pdf: return PdfRenderer::verify(bytes, expectedPages);
    case ExportFormat::Docx: return verifyDocx(bytes);
    case ExportFormat::Odt: return verifyOdt(bytes);
    }
    return Status::success();
}

} // namespace

QString extension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Docx: return QStringLiteral("docx");
    case ExportFormat::Odt: return QStringLiteral("odt");
    }
    return {};
}

QString formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf: return Text::tr("PDF");
    case ExportFormat::Docx: return Text::tr("Word (DOCX)");
    case ExportFormat::Odt: return Text::tr("OpenDocument (ODT)");
    }
    return {};
}

bool formatFromExtension(const QString &text, ExportFormat *format)
{
    for (ExportFormat candidate : {ExportFormat::Pdf, ExportFormat::Docx, ExportFormat::Odt}) {
        if (text.compare(extension(candidate), Qt::CaseInsensitive) == 0) {
            *format = candidate;
            return true;
        }
    }
    return false;
}

Status verifyDocx(const QByteArray &package)
{
    const auto parts = ZipPackage::read(package);
    if (!parts)
        return parts.status();
    const QStringList required = {QStringLiteral("[Content_Types].xml"), QStringLiteral("_rels/.rels"),
                                  QStringLiteral("word/document.xml"), QStringLiteral("word/styles.xml"),
                                  QStringLiteral("word/_rels/document.xml.rels")};
    if (const Status status = checkParts(parts.value(), required, QStringLiteral("DOCX")); !status)
        return status;
    const QByteArray document = partData(parts.value(), QStringLiteral("word/document.xml"));
    if (!document.contains("<w:sectPr") || !document.contains("<w:body>"))
        return Status::failure(Text::tr("Tệp DOCX: word/document.xml thiếu phần thân hoặc khổ giấy"));
    return Status::success();
}

Status verifyOdt(const QByteArray &package)
{
    const auto parts = ZipPackage::read(package);
    if (!parts)
        return parts.status();
    const QList<ZipPackage::Part> &list = parts.value();
    if (list.isEmpty() || list.first().name != QLatin1String("mimetype") || !list.first().stored
        || list.first().data != "application/vnd.oasis.opendocument.text")
        return Status::failure(Text::tr("Tệp ODT: phần \"mimetype\" phải đứng đầu, không nén"));
    const QStringList required = {QStringLiteral("content.xml"), QStringLiteral("styles.xml"),
                                  QStringLiteral("meta.xml"), QStringLiteral("META-INF/manifest.xml")};
    if (const Status status = checkParts(list, required, QStringLiteral("ODT")); !status)
        return status;
    if (!partData(list, QStringLiteral("content.xml")).contains("<office:text>"))
        return Status::failure(Text::tr("Tệp ODT: content.xml thiếu phần văn bản"));
    return Status::success();
}

Expected<QByteArray> render(const doc::Document &document, ExportFormat format, Report *report)
{
    Report local;
    QByteArray bytes;
    if (format == ExportFormat::Pdf) {
        auto pdf = PdfRenderer::render(document);
        if (!pdf)
            return pdf.status();
        bytes = pdf->bytes;
        local.pageCount = pdf->pageCount;
        local.fontFamily = pdf->fontFamily;
    } else {
        auto package = format == ExportFormat::Docx ? DocxWriter(document).package() : OdtWriter(document).package();
        if (!package)
            return package.status();
        bytes = package.value();
        local.fontFamily = document.fontFamily;
        if (const Status status = verify(format, bytes, 0); !status)
            return status;
    }
    local.bytes = bytes.size();
    if (report)
        *report = local;
    return bytes;
}

Status save(const doc::Document &document, ExportFormat format, const QString &path, Report *report)
{
    Report local;
    const auto bytes = render(document, format, &local);
    if (!bytes)
        return bytes.status().prefixed(Text::tr("Không tạo được tệp %1").arg(QDir::toNativeSeparators(path)));
    const QByteArray &data = bytes.value();
    auto writer = [&data](QIODevice &device, QString *) { return device.write(data) == data.size(); };
    auto readBack = [format, &local](const QString &written) {
        const auto stored = SafeFile::read(written, kMaxReadBack);
        if (!stored)
            return stored.status();
        if (const Status status = verify(format, stored.value(), local.pageCount); !status)
            return status.prefixed(Text::tr("Tệp vừa ghi %1 bị lỗi").arg(QDir::toNativeSeparators(written)));
        return Status::success();
    };
    const Status status = SafeFile::write(path, writer, readBack);
    if (status && report)
        *report = local;
    return status;
}

} // namespace sdx::DocumentExport
