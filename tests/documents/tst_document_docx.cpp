#include "documents/DocumentExport.h"
#include "documents/DocumentFactory.h"
#include "documents/DocumentSamples.h"
#include "documents/DocxWriter.h"
#include "documents/OfficeXml.h"
#include "documents/ZipPackage.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

/// The Word file: its parts, their XML, the page set-up and the text.
class TestDocumentDocx : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QMap<QString, QByteArray> m_parts;
    QStringList m_order;

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("kế-hoạch.docx"));
        const doc::Document plan = DocumentFactory::build(DocumentKind::Plan, DocumentSamples::seed002Plan());
        const Status status = DocumentExport::save(plan, ExportFormat::Docx, path);
        QVERIFY2(status, qPrintable(status.message()));
        const auto parts = ZipPackage::read(path);
        QVERIFY2(parts, qPrintable(parts.message()));
        for (const ZipPackage::Part &part : parts.value()) {
            m_parts.insert(part.name, part.data);
            m_order << part.name;
        }
    }

    void requiredPartsArePresentAndWellFormed_data()
    {
        QTest::addColumn<QString>("part");
        for (const char *name : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
                                 "word/header1.xml", "word/header2.xml", "word/_rels/document.xml.rels", "docProps/core.xml",
                                 "docProps/app.xml"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void requiredPartsArePresentAndWellFormed()
    {
        QFETCH(QString, part);
        QVERIFY2(m_parts.contains(part), qPrintable(m_order.join(QLatin1Char(' '))));
        const Status status = OfficeXml::checkWellFormed(m_parts.value(part), part);
        QVERIFY2(status, qPrintable(status.message()));
    }

    void everyPartIsDeclared()
    {
        const QString types = QString::fromUtf8(m_parts.value(QStringLiteral("[Content_Types].xml")));
        for (const QString &part : std::as_const(m_order)) {
            if (part.endsWith(QLatin1String(".rels")) || part == QLatin1String("[Content_Types].xml"))
                continue;
            QVERIFY2(types.contains(QStringLiteral("PartName=\"/") + part + QLatin1Char('"')), qPrintable(part));
        }
        const QString rels = QString::fromUtf8(m_parts.value(QStringLiteral("word/_rels/document.xml.rels")));
        QVERIFY(rels.contains(QStringLiteral("Target=\"header1.xml\"")));
    }

    void pageIsA4WithTheDecreesMargins()
    {
        const QString document = QString::fromUtf8(m_parts.value(QStringLiteral("word/document.xml")));
        QVERIFY(document.contains(QStringLiteral("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>")));
        // top 20 mm, right 15 mm, bottom 20 mm, left 30 mm
        QVERIFY(document.contains(QStringLiteral("<w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\"")));
        QVERIFY(document.contains(QStringLiteral("<w:titlePg/>")));
        QVERIFY(document.contains(QStringLiteral("w:type=\"default\" r:id=\"rId3\"")));
        const QString header = QString::fromUtf8(m_parts.value(QStringLiteral("word/header1.xml")));
        QVERIFY(header.contains(QStringLiteral(" PAGE ")));
        QVERIFY(!m_parts.value(QStringLiteral("word/header2.xml")).contains("PAGE"));
        const QString styles = QString::fromUtf8(m_parts.value(QStringLiteral("word/styles.xml")));
        QVERIFY(styles.contains(QStringLiteral("w:ascii=\"Times New Roman\"")));
        QVERIFY(styles.contains(QStringLiteral("w:val=\"vi-VN\"")));
    }

    void tablesHaveBordersWidthsAndMerges()
    {
        const QString document = QString::fromUtf8(m_parts.value(QStringLiteral("word/document.xml")));
        QCOMPARE(document.count(QStringLiteral("<w:tbl>")), 6); // header, 2 software, equipment, scoring, signature
        QVERIFY(document.contains(QStringLiteral("<w:tblLayout w:type=\"fixed\"/>")));
        QVERIFY(document.contains(QStringLiteral("<w:insideH w:val=\"single\"")));
        QVERIFY(document.contains(QStringLiteral("<w:tblHeader/>")));
        QVERIFY(document.contains(QStringLiteral("<w:gridSpan w:val=\"2\"/>")));
        QVERIFY(document.contains(QStringLiteral("<w:vMerge w:val=\"restart\"/>")));
        QVERIFY(document.contains(QStringLiteral("<w:vMerge w:val=\"continue\"/>")));
        // Every row of the scoring table spans the same eight grid columns.
        QVERIFY(document.contains(QStringLiteral("<w:gridCol w:w=\"624\"/><w:gridCol w:w=\"2324\"/>")));
    }

    void textIsExact_data()
    {
        QTest::addColumn<QString>("expected");
        for (const char *text : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 18/KH-THCVA",
                                 "Đức An, ngày 16 tháng 02 năm 2023", "đạt 58/100 điểm", "- Lưu: VT.", "Nguyễn Thị Hương"})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void textIsExact()
    {
        QFETCH(QString, expected);
        const QString text = OfficeXml::collectText(m_parts.value(QStringLiteral("word/document.xml")), QStringLiteral("p"));
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void linesUnderTextsAreBorders()
    {
        // Tên cơ quan, Tiêu ngữ and trích yếu: three bordered paragraphs, never underscores.
        const QString document = QString::fromUtf8(m_parts.value(QStringLiteral("word/document.xml")));
        QCOMPARE(document.count(QStringLiteral("<w:pBdr><w:top w:val=\"single\"")), 3);
        QVERIFY(!document.contains(QStringLiteral("____")));
    }

    void verifyRejectsBrokenPackages()
    {
        const auto good = DocxWriter(DocumentFactory::build(DocumentKind::SemesterReport, DocumentSamples::seed002SemesterReport())).package();
        QVERIFY(good);
        QVERIFY(DocumentExport::verifyDocx(good.value()));
        QVERIFY(!DocumentExport::verifyDocx(good.value().left(good.value().size() / 2)));
        const auto missing = ZipPackage::build({{QStringLiteral("[Content_Types].xml"), QByteArrayLiteral("<Types/>"), false}});
        QVERIFY(missing);
        const Status status = DocumentExport::verifyDocx(missing.value());
        QVERIFY(!status);
        QVERIFY(status.message().contains(QStringLiteral("_rels/.rels")));
        const auto broken = ZipPackage::build({{QStringLiteral("[Content_Types].xml"), QByteArrayLiteral("<Types>"), false}});
        QVERIFY(!DocumentExport::verifyDocx(broken.value()));
    }
};

QTEST_MAIN(TestDocumentDocx)
#include "tst_document_docx.moc"
