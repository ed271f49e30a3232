#include "documents/DocumentFactory.h"
#include "documents/DocumentSamples.h"
#include "documents/LegalBasisCatalogue.h"
#include "documents/NarrativeDefaults.h"

#include <QTest>

using namespace sdx;

/// The data the documents are made of: the legal-basis catalogue and the default texts.
class TestDocumentResources : public QObject
{
    Q_OBJECT

private slots:
    void catalogueLoads()
    {
        const LegalBasisCatalogue &catalogue = LegalBasisCatalogue::builtIn();
        QVERIFY(catalogue.entries().size() >= 20);
        for (const LegalBasisCatalogue::Entry &entry : catalogue.entries()) {
            QVERIFY2(entry.basis.date.isValid(), qPrintable(entry.basis.key));
            QVERIFY2(!entry.basis.issuer.isEmpty() && !entry.basis.subject.isEmpty(), qPrintable(entry.basis.key));
            QVERIFY2(entry.basis.number.contains(QLatin1Char('/')), qPrintable(entry.basis.key));
        }
    }

    void catalogueSpellsTheIndexDecisionRight()
    {
        const auto index = LegalBasisCatalogue::builtIn().find(QStringLiteral("qd-4725-2022"));
        QVERIFY(index.has_value());
        QCOMPARE(index->number, QStringLiteral("4725/QĐ-BGDĐT"));
        QCOMPARE(index->date, QDate(2022, 12, 30));
        QCOMPARE(index->citation(), QStringLiteral("Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo "
                                                   "dục và Đào tạo ban hành Bộ chỉ số đánh giá mức độ chuyển đổi số của cơ sở "
                                                   "giáo dục phổ thông và giáo dục thường xuyên"));
        const auto decree = LegalBasisCatalogue::builtIn().find(QStringLiteral("nd-30-2020"));
        QVERIFY(decree.has_value());
        QCOMPARE(decree->number, QStringLiteral("30/2020/NĐ-CP"));
    }

    void defaultBasesFollowLevelAndYear_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("charter");
        QTest::addColumn<bool>("guidance2022");
        QTest::newRow("primary 2022") << QStringLiteral("tieu-hoc") << 2022 << QStringLiteral("28/2020/TT-BGDĐT") << true;
        QTest::newRow("lower secondary 2022") << QStringLiteral("thcs") << 2022 << QStringLiteral("32/2020/TT-BGDĐT") << true;
        QTest::newRow("primary 2024") << QStringLiteral("tieu-hoc") << 2024 << QStringLiteral("28/2020/TT-BGDĐT") << false;
    }

    void defaultBasesFollowLevelAndYear()
    {
        QFETCH(QString, level);
        QFETCH(int, year);
        QFETCH(QString, charter);
        QFETCH(bool, guidance2022);
        const QList<LegalBasis> bases = LegalBasisCatalogue::builtIn().defaultBases(DocumentKind::Plan, level, year);
        QStringList numbers;
        for (const LegalBasis &basis : bases)
            numbers << basis.number;
        QVERIFY(numbers.contains(charter));
        QCOMPARE(numbers.contains(QStringLiteral("4267/BGDĐT-CNTT")), guidance2022);
        QVERIFY(numbers.contains(QStringLiteral("4725/QĐ-BGDĐT")));
        QCOMPARE(numbers.contains(QStringLiteral("28/2020/TT-BGDĐT")) && numbers.contains(QStringLiteral("32/2020/TT-BGDĐT")), false);
    }

    void directivesKeepSeedOrder()
    {
        const QList<LegalBasis> list = LegalBasisCatalogue::builtIn().directives(QStringLiteral("tieu-hoc"), 2022);
        QVERIFY(list.size() >= 20);
        QCOMPARE(list.first().number, QStringLiteral("73/2019/NĐ-CP"));
        QCOMPARE(list.last().number, QStringLiteral("4725/QĐ-BGDĐT"));
    }

    void brokenCatalogueIsReported()
    {
        const auto broken = LegalBasisCatalogue::fromJson(QByteArrayLiteral("{\"entries\": [{\"id\": \"x\", \"number\": \"1/A\"}]}"),
                                                          QStringLiteral("thử.json"));
        QVERIFY(!broken);
        QVERIFY(broken.message().contains(QStringLiteral("thử.json")));
        QVERIFY(broken.message().contains(QStringLiteral("mục thứ 1")));
        QVERIFY(!LegalBasisCatalogue::fromJson(QByteArrayLiteral("{not json"), QStringLiteral("x.json")));
    }

    void everyDocumentHasItsDefaultTexts_data()
    {
        QTest::addColumn<int>("kind");
        for (DocumentKind kind : DocumentKinds::all())
            QTest::newRow(qPrintable(DocumentKinds::code(kind))) << int(kind);
    }

    void everyDocumentHasItsDefaultTexts()
    {
        QFETCH(int, kind);
        const QList<NarrativeSection> sections = NarrativeDefaults::builtIn().sections(DocumentKind(kind));
        QStringList fileKeys;
        for (const NarrativeSection &section : sections) {
            fileKeys << section.key;
            QVERIFY2(!section.text.trimmed().isEmpty(), qPrintable(section.key));
            QVERIFY2(!section.title.isEmpty(), qPrintable(section.key));
        }
        // The builder prints exactly the sections the file defines, in the same order.
        QCOMPARE(fileKeys, DocumentFactory::narrativeKeys(DocumentKind(kind)));
    }

    void placeholdersAreFilled()
    {
        const DocumentInput input = DocumentSamples::seed002Plan();
        const QString text = NarrativeDefaults::builtIn().text(DocumentKind::Plan, QStringLiteral("mo_dau"), input);
        QCOMPARE(text, QStringLiteral("Trường Tiểu học Chu Văn An xây dựng Kế hoạch thực hiện nhiệm vụ ứng dụng công nghệ thông tin, "
                                      "chuyển đổi số và thống kê giáo dục năm học 2022 - 2023 cụ thể như sau:"));
        QCOMPARE(NarrativeDefaults::substitute(QStringLiteral("{truong} và {khong_biet}"), NarrativeDefaults::placeholders(input)),
                 QStringLiteral("trường Tiểu học Chu Văn An và {khong_biet}"));
        const QString empty = NarrativeDefaults::builtIn().text(DocumentKind::Plan, QStringLiteral("giai_phap"), DocumentSamples::emptySchool());
        QVERIFY(empty.contains(QStringLiteral("Phân công cán bộ, giáo viên có chuyên môn phù hợp phụ trách, kiêm nhiệm")));
    }

    void parserRejectsBadFiles()
    {
        QVERIFY(!NarrativeDefaults::parse(QStringLiteral("=== muc dich\ntext"), QStringLiteral("a.txt")));
        const auto duplicate = NarrativeDefaults::parse(QStringLiteral("=== a | A\nx\n=== a | B\ny"), QStringLiteral("b.txt"));
        QVERIFY(!duplicate);
        QVERIFY(duplicate.message().contains(QStringLiteral("dòng 3")));
        const auto good = NarrativeDefaults::parse(QStringLiteral("# note\n=== a | Tiêu đề\n\nx\ny\n\n=== b | B\nz\n"), QStringLiteral("c.txt"));
        QVERIFY(good);
        QCOMPARE(good->size(), 2);
        QCOMPARE(good->at(0).text, QStringLiteral("x\ny"));
        QCOMPARE(good->at(0).title, QStringLiteral("Tiêu đề"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentResources)
#include "tst_document_resources.moc"
