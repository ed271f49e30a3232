#include "PdfRenderer.h"

#include "PagePainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

namespace sdx::PdfRenderer {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::PdfRenderer)
};

constexpr int kResolution = 1200;

} // namespace

Expected<Output> render(const doc::Document &document)
{
    Output output;
    QBuffer buffer(&output.bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return Status::failure(Text::tr("Không tạo được bộ đệm để dựng tệp PDF"));
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setCreator(QStringLiteral("SchoolDX"));
        writer.setTitle(document.title);
        PagePainter::preparePage(writer, document.page);
        QPainter painter;
        if (!painter.begin(&writer))
            return Status::failure(Text::tr("Không khởi tạo được trình vẽ PDF"));
        const PagePainter::Result result = PagePainter::paint(painter, writer, document);
        if (!painter.end())
            return Status::failure(Text::tr("Không hoàn tất được tệp PDF"));
        output.pageCount = result.pageCount;
        output.fontFamily = result.fontFamily;
    }
    buffer.close();
    if (const Status status = verify(output.bytes, output.pageCount); !status)
        return status;
    return output;
}

int countPages(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int count = 0;
    auto matches = page.globalMatch(QString::fromLatin1(pdf));
    while (matches.hasNext()) {
        matches.next();
        ++count;
    }
    return count;
}

Status verify(const QByteArray &pdf, int expectedPages)
{
    if (!pdf.startsWith("%PDF-"))
        return Status::failure(Text::tr("Tệp PDF thiếu phần đầu \"%PDF-\""));
    if (!pdf.right(1024).contains("%%EOF") || !pdf.contains("trailer"))
        return Status::failure(Text::tr("Tệp PDF thiếu phần kết (trailer, %%EOF): tệp bị cắt cụt?"));
    const int pages = countPages(pdf);
    if (expectedPages > 0 && pages != expectedPages)
        return Status::failure(Text::tr("Tệp PDF có %1 trang thay vì %2 trang").arg(pages).arg(expectedPages));
    if (pages == 0)
        return Status::failure(Text::tr("Tệp PDF không có trang nào"));
    return Status::success();
}

} // namespace sdx::PdfRenderer
