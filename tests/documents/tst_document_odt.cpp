#include "documents/DocumentExport.h"
#include "documents/DocumentFactory.h"
#include "documents/DocumentSamples.h"
#include "documents/OfficeXml.h"
#include "documents/ZipPackage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

/// The OpenDocument file: mimetype first and stored, the parts, the page and the text.
class TestDocumentOdt : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QList<ZipPackage::Part> m_parts;

    QByteArray part(const QString &name) const
    {
        for (const ZipPackage::Part &entry : m_parts) {
            if (entry.name == name)
                return entry.data;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("báo-cáo.odt"));
        const doc::Document report = DocumentFactory::build(DocumentKind::SelfAssessmentReport, DocumentSamples::seed002SelfAssessment());
        const Status status = DocumentExport::save(report, ExportFormat::Odt, path);
        QVERIFY2(status, qPrintable(status.message()));
        const auto parts = ZipPackage::read(path);
        QVERIFY2(parts, qPrintable(parts.message()));
        m_parts = parts.value();
    }

    void mimetypeComesFirstUncompressed()
    {
        QVERIFY(!m_parts.isEmpty());
        QCOMPARE(m_parts.first().name, QStringLiteral("mimetype"));
        QVERIFY(m_parts.first().stored);
        QCOMPARE(m_parts.first().data, QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
    }

    void partsAreWellFormed_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void partsAreWellFormed()
    {
        QFETCH(QString, name);
        const QByteArray data = part(name);
        QVERIFY2(!data.isEmpty(), qPrintable(name));
        const Status status = OfficeXml::checkWellFormed(data, name);
        QVERIFY2(status, qPrintable(status.message()));
        if (name != QLatin1String("META-INF/manifest.xml"))
            QVERIFY(QString::fromUtf8(part(QStringLiteral("META-INF/manifest.xml"))).contains(QStringLiteral("full-path=\"") + name + QLatin1Char('"')));
    }

    void pageAndNumbering()
    {
        const QString styles = QString::fromUtf8(part(QStringLiteral("styles.xml")));
        QVERIFY(styles.contains(QStringLiteral("fo:page-width=\"210.00mm\"")));
        QVERIFY(styles.contains(QStringLiteral("fo:page-height=\"297.00mm\"")));
        QVERIFY(styles.contains(QStringLiteral("fo:margin-left=\"30.00mm\"")));
        QVERIFY(styles.contains(QStringLiteral("fo:margin-right=\"15.00mm\"")));
        QVERIFY(styles.contains(QStringLiteral("<text:page-number text:select-page=\"current\">")));
        QVERIFY(styles.contains(QStringLiteral("style:next-style-name=\"Standard\"")));
        const QString content = QString::fromUtf8(part(QStringLiteral("content.xml")));
        // The first block opens on the page style without a number.
        QVERIFY(content.contains(QStringLiteral("style:master-page-name=\"First_20_Page\"")));
        QCOMPARE(content.count(QStringLiteral("style:master-page-name=")), 1);
    }

    void tablesAndMerges()
    {
        const QString content = QString::fromUtf8(part(QStringLiteral("content.xml")));
        QVERIFY(content.contains(QStringLiteral("<table:table-header-rows>")));
        QVERIFY(content.contains(QStringLiteral("table:number-rows-spanned=\"")));
        QVERIFY(content.contains(QStringLiteral("table:number-columns-spanned=\"2\"")));
        QVERIFY(content.contains(QStringLiteral("<table:covered-table-cell/>")));
        QVERIFY(content.contains(QStringLiteral("fo:border=\"0.5pt solid #000000\"")));
    }

    void textIsExact_data()
    {
        QTest::addColumn<QString>("expected");
        for (const char *text : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 25/BC-THCVA",
                                 "Đức An, ngày 20 tháng 5 năm 2023", "đạt 58/100 điểm", "BÁO CÁO", "- Lưu: VT."})
            QTest::newRow(text) << QString::fromUtf8(text);
    }

    void textIsExact()
    {
        QFETCH(QString, expected);
        const QString text = OfficeXml::collectText(part(QStringLiteral("content.xml")), QStringLiteral("p"));
        QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void blankNumberKeepsItsSpaces()
    {
        const auto package = DocumentExport::render(DocumentFactory::build(DocumentKind::Plan, DocumentSamples::emptySchool()), ExportFormat::Odt);
        QVERIFY(package);
        const auto parts = ZipPackage::read(package.value());
        QVERIFY(parts);
        QByteArray content;
        for (const ZipPackage::Part &entry : parts.value()) {
            if (entry.name == QLatin1String("content.xml"))
                content = entry.data;
        }
        QVERIFY(OfficeXml::collectText(content, QStringLiteral("p")).contains(QStringLiteral("Số:       /KH")));
    }

    void verifyRejectsBrokenPackages()
    {
        const auto wrongOrder = ZipPackage::build({{QStringLiteral("content.xml"), QByteArrayLiteral("<a/>"), false},
                                                   {QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), true}});
        QVERIFY(wrongOrder);
        QVERIFY(!DocumentExport::verifyOdt(wrongOrder.value()));
        const auto compressed = ZipPackage::build({{QStringLiteral("mimetype"), QByteArrayLiteral("application/vnd.oasis.opendocument.text"), false}});
        QVERIFY(!DocumentExport::verifyOdt(compressed.value()));
    }
};

QTEST_MAIN(TestDocumentOdt)
#include "tst_document_odt.moc"
