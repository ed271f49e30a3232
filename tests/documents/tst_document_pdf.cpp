#include "documents/DocumentExport.h"
#include "documents/DocumentFactory.h"
#include "documents/DocumentFonts.h"
#include "documents/DocumentSamples.h"
#include "documents/PdfRenderer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

/// The PDF as poppler reads it: A4, fonts embedded, and the exact Vietnamese text.
class TestDocumentPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_planPath;
    DocumentExport::Report m_report;

    static QString run(const QString &tool, const QStringList &arguments)
    {
        const QString program = QStandardPaths::findExecutable(tool);
        if (program.isEmpty())
            return {};
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static QString normalized(const QString &text)
    {
        // Lines break anywhere in a justified paragraph: compare with single spaces.
        return text.normalized(QString::NormalizationForm_C).simplified();
    }

    void requireTool(const QString &tool)
    {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(tool + QStringLiteral(" (poppler-utils) is not installed")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_planPath = m_dir.filePath(QStringLiteral("kế-hoạch.pdf"));
        const doc::Document plan = DocumentFactory::build(DocumentKind::Plan, DocumentSamples::seed002Plan());
        const Status status = DocumentExport::save(plan, ExportFormat::Pdf, m_planPath, &m_report);
        QVERIFY2(status, qPrintable(status.message()));
        QVERIFY(m_report.pageCount >= 10);
    }

    void pageSizeIsA4()
    {
        requireTool(QStringLiteral("pdfinfo"));
        const QString info = run(QStringLiteral("pdfinfo"), {m_planPath});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 842(\\.\\d+)? pts \\(A4\\)"))), qPrintable(info));
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(pages.hasMatch());
        QCOMPARE(pages.captured(1).toInt(), m_report.pageCount);
        QVERIFY(info.contains(QStringLiteral("Kế hoạch thực hiện nhiệm vụ")));
    }

    void fontsAreEmbeddedSerif()
    {
        requireTool(QStringLiteral("pdffonts"));
        const QStringList lines = run(QStringLiteral("pdffonts"), {m_planPath}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2);
        QCOMPARE(m_report.fontFamily, DocumentFonts::resolvedFamily());
        int fonts = 0;
        for (const QString &line : lines.mid(2)) {
            ++fonts;
            const QStringList columns = line.simplified().split(QLatin1Char(' '));
            // Times New Roman, or Liberation Serif (metric-compatible) where it is missing: nothing else.
            QVERIFY2(columns.first().contains(QStringLiteral("TimesNewRoman")) || columns.first().contains(QStringLiteral("LiberationSerif")),
                     qPrintable(line));
            // Columns: name, type…, encoding, emb, sub, uni, object, id.
            QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));
        }
        QVERIFY(fonts >= 3); // regular, bold, italic at least
    }

    void vietnameseTextIsExact_data()
    {
        QTest::addColumn<QString>("expected");
        for (const char *text : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 18/KH-THCVA",
                                 "Đức An, ngày 16 tháng 02 năm 2023", "TRƯỜNG TIỂU HỌC CHU VĂN AN", "KẾ HOẠCH",
                                 "đạt 58/100 điểm", "Bổ sung ít nhất 02/05 phần mềm và ứng dụng", "Quyết định số 4725/QĐ-BGDĐT",
                                 "Nơi nhận:", "- Lưu: VT.", "HIỆU TRƯỞNG", "Nguyễn Thị Hương", "khi có yêu cầu./."})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void vietnameseTextIsExact()
    {
        requireTool(QStringLiteral("pdftotext"));
        QFETCH(QString, expected);
        static const QString text = normalized(run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_planPath, QStringLiteral("-")}));
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void pageNumbersFromPageTwo()
    {
        requireTool(QStringLiteral("pdftotext"));
        auto pageText = [this](int page) {
            return run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-layout"),
                                                     QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                                                     m_planPath, QStringLiteral("-")}).trimmed();
        };
        QVERIFY(pageText(1).startsWith(QStringLiteral("PHÒNG GD&ĐT")));
        QCOMPARE(pageText(2).section(QLatin1Char('\n'), 0, 0).trimmed(), QStringLiteral("2"));
        const int last = m_report.pageCount;
        QCOMPARE(pageText(last).section(QLatin1Char('\n'), 0, 0).trimmed(), QString::number(last));
    }

    /// Every word poppler finds lies inside the text area, except the page number in the top
    /// margin: a line painted twice (once clipped at a page break) would show up outside it.
    void noTextOutsideTheTextArea()
    {
        requireTool(QStringLiteral("pdftotext"));
        const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), m_planPath, QStringLiteral("-")});
        static const QRegularExpression word(QStringLiteral(R"re(yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>)re"));
        const double mmToPt = 72.0 / 25.4;
        const double top = 20 * mmToPt - 1, bottom = (297 - 20) * mmToPt + 1;
        int page = 0, words = 0;
        for (const QString &line : html.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("<page ")))
                ++page;
            const QRegularExpressionMatch match = word.match(line);
            if (!match.hasMatch())
                continue;
            ++words;
            const double yMin = match.captured(1).toDouble(), yMax = match.captured(2).toDouble();
            const QString text = match.captured(3);
            const bool pageNumber = page > 1 && text == QString::number(page) && yMax < top;
            QVERIFY2(pageNumber || (yMin >= top && yMax <= bottom),
                     qPrintable(QStringLiteral("page %1: \"%2\" at %3–%4 pt").arg(page).arg(text).arg(yMin).arg(yMax)));
        }
        QVERIFY(words > 1000);
        QCOMPARE(page, m_report.pageCount);
    }

    /// Paragraphs and table cells that run over a page break go on where they stopped.
    void pageBreaksRepeatNoLine()
    {
        requireTool(QStringLiteral("pdftotext"));
        const QStringList pages = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), m_planPath, QStringLiteral("-")})
                                      .split(QLatin1Char('\f'));
        QVERIFY(pages.size() >= m_report.pageCount);
        for (int i = 0; i + 1 < m_report.pageCount; ++i) {
            QStringList last = pages.at(i).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QStringList next = pages.at(i + 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY(!last.isEmpty() && next.size() > 1);
            next.removeFirst(); // the page number
            QVERIFY2(last.constLast().trimmed() != next.constFirst().trimmed(),
                     qPrintable(QStringLiteral("page %1 ends and page %2 starts with: %3").arg(i + 1).arg(i + 2).arg(last.constLast())));
        }
    }

    void everyDocumentRenders_data()
    {
        QTest::addColumn<int>("kind");
        for (DocumentKind kind : DocumentKinds::all())
            QTest::newRow(qPrintable(DocumentKinds::code(kind))) << int(kind);
    }

    void everyDocumentRenders()
    {
        QFETCH(int, kind);
        const DocumentKind documentKind = DocumentKind(kind);
        const DocumentInput input = documentKind == DocumentKind::SemesterReport ? DocumentSamples::seed002SemesterReport()
                                                                                : DocumentSamples::seed002YearReport();
        const auto output = PdfRenderer::render(DocumentFactory::build(documentKind, input));
        QVERIFY2(output, qPrintable(output.message()));
        QVERIFY(output->pageCount >= 2);
        QCOMPARE(PdfRenderer::countPages(output->bytes), output->pageCount);
        // The same model with no data at all still renders.
        const auto empty = PdfRenderer::render(DocumentFactory::build(documentKind, DocumentSamples::emptySchool()));
        QVERIFY2(empty, qPrintable(empty.message()));
    }

    void verifyRejectsBrokenPdf()
    {
        const auto output = PdfRenderer::render(DocumentFactory::build(DocumentKind::SemesterReport, DocumentSamples::seed002SemesterReport()));
        QVERIFY(output);
        QVERIFY(PdfRenderer::verify(output->bytes, output->pageCount));
        QVERIFY(!PdfRenderer::verify(output->bytes.left(output->bytes.size() / 2), output->pageCount));
        QVERIFY(!PdfRenderer::verify(output->bytes, output->pageCount + 1));
        QVERIFY(!PdfRenderer::verify(QByteArrayLiteral("hello"), 0));
    }
};

QTEST_MAIN(TestDocumentPdf)
#include "tst_document_pdf.moc"
