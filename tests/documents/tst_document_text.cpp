#include "documents/DocumentKind.h"
#include "documents/DocumentSentences.h"
#include "documents/DocumentInput.h"
#include "documents/DocumentText.h"
#include "documents/LegalBasis.h"

#include <QTest>

using namespace sdx;

class TestDocumentText : public QObject
{
    Q_OBJECT

private slots:
    void numberLine_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("sign");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plan") << 18 << QStringLiteral("KH") << QStringLiteral("THCVA") << QStringLiteral("Số: 18/KH-THCVA");
        QTest::newRow("below ten is padded") << 5 << QStringLiteral("BC") << QStringLiteral("THCVA") << QStringLiteral("Số: 05/BC-THCVA");
        QTest::newRow("hundreds") << 112 << QStringLiteral("KH") << QStringLiteral("THCVA") << QStringLiteral("Số: 112/KH-THCVA");
        QTest::newRow("sign in capitals") << 7 << QStringLiteral("KH") << QStringLiteral(" thcva ") << QStringLiteral("Số: 07/KH-THCVA");
        QTest::newRow("công văn has no type") << 25 << QString() << QStringLiteral("THCVA") << QStringLiteral("Số: 25/THCVA");
        QTest::newRow("no sign yet") << 3 << QStringLiteral("BC") << QString() << QStringLiteral("Số: 03/BC");
        QTest::newRow("number left blank") << 0 << QStringLiteral("KH") << QStringLiteral("THCVA") << QStringLiteral("Số:       /KH-THCVA");
    }

    void numberLine()
    {
        QFETCH(int, number);
        QFETCH(QString, type);
        QFETCH(QString, sign);
        QFETCH(QString, expected);
        QCOMPARE(DocumentText::numberLine(number, type, sign), expected);
    }

    void dates_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("day and January padded") << QDate(2024, 1, 5) << QStringLiteral("ngày 05 tháng 01 năm 2024");
        QTest::newRow("February padded") << QDate(2023, 2, 16) << QStringLiteral("ngày 16 tháng 02 năm 2023");
        QTest::newRow("March not padded") << QDate(2023, 3, 9) << QStringLiteral("ngày 09 tháng 3 năm 2023");
        QTest::newRow("September") << QDate(2020, 9, 4) << QStringLiteral("ngày 04 tháng 9 năm 2020");
        QTest::newRow("December") << QDate(2022, 12, 30) << QStringLiteral("ngày 30 tháng 12 năm 2022");
        QTest::newRow("invalid") << QDate() << QString();
    }

    void dates()
    {
        QFETCH(QDate, date);
        QFETCH(QString, expected);
        QCOMPARE(DocumentText::longDate(date), expected);
    }

    void placeDateLine_data()
    {
        QTest::addColumn<QString>("place");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seed 002") << QStringLiteral("Đức An") << QDate(2023, 2, 16) << 0
                                  << QStringLiteral("Đức An, ngày 16 tháng 02 năm 2023");
        QTest::newRow("trimmed place") << QStringLiteral(" Đắk Song ") << QDate(2024, 1, 5) << 0
                                       << QStringLiteral("Đắk Song, ngày 05 tháng 01 năm 2024");
        QTest::newRow("hand-written date keeps the year") << QStringLiteral("Bình Sơn") << QDate() << 2023
                                                          << QStringLiteral("Bình Sơn, ngày      tháng      năm 2023");
        QTest::newRow("no place") << QString() << QDate(2023, 5, 8) << 0 << QStringLiteral("Ngày 08 tháng 5 năm 2023");
    }

    void placeDateLine()
    {
        QFETCH(QString, place);
        QFETCH(QDate, date);
        QFETCH(int, year);
        QFETCH(QString, expected);
        QCOMPARE(DocumentText::placeDateLine(place, date, year), expected);
    }

    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("integer") << 58.0 << QStringLiteral("58");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
        QTest::newRow("half") << 7.5 << QStringLiteral("7,5");
        QTest::newRow("two decimals") << 3.25 << QStringLiteral("3,25");
        QTest::newRow("rounding") << 2.999 << QStringLiteral("3");
    }

    void numbers()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(DocumentText::points(value), expected);
    }

    void percentAndFractions()
    {
        QCOMPARE(DocumentText::pointsOf(58, 100), QStringLiteral("58/100"));
        QCOMPARE(DocumentText::percent(11, 21), QStringLiteral("52,4%"));
        QCOMPARE(DocumentText::percent(28, 28), QStringLiteral("100%"));
        QCOMPARE(DocumentText::percent(999, 1000), QStringLiteral("99,9%"));
        QCOMPARE(DocumentText::percent(1, 0), QString());
        QCOMPARE(DocumentText::twoDigits(3), QStringLiteral("03"));
        QCOMPARE(DocumentText::twoDigits(19), QStringLiteral("19"));
    }

    void romanNumerals_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1") << 1 << QStringLiteral("I");
        QTest::newRow("4") << 4 << QStringLiteral("IV");
        QTest::newRow("6") << 6 << QStringLiteral("VI");
        QTest::newRow("9") << 9 << QStringLiteral("IX");
        QTest::newRow("14") << 14 << QStringLiteral("XIV");
    }

    void romanNumerals()
    {
        QFETCH(int, number);
        QFETCH(QString, expected);
        QCOMPARE(DocumentText::roman(number), expected);
    }

    void vietnameseCapitals()
    {
        QCOMPARE(DocumentText::upper(QStringLiteral("Trường Tiểu học Chu Văn An")), QStringLiteral("TRƯỜNG TIỂU HỌC CHU VĂN AN"));
        QCOMPARE(DocumentText::lowerFirst(QStringLiteral("Trường Tiểu học")), QStringLiteral("trường Tiểu học"));
    }

    void citation()
    {
        const LegalBasis basis{QStringLiteral("x"), QStringLiteral("Thông tư"), QStringLiteral("28/2020/TT-BGDĐT"),
                               QDate(2020, 9, 4), QStringLiteral("Bộ trưởng Bộ Giáo dục và Đào tạo"),
                               QStringLiteral("ban hành Điều lệ Trường tiểu học")};
        QCOMPARE(basis.citation(), QStringLiteral("Thông tư số 28/2020/TT-BGDĐT ngày 04 tháng 9 năm 2020 của Bộ trưởng "
                                                  "Bộ Giáo dục và Đào tạo ban hành Điều lệ Trường tiểu học"));
        LegalBasis undated = basis;
        undated.date = QDate();
        undated.issuer.clear();
        QCOMPARE(undated.citation(), QStringLiteral("Thông tư số 28/2020/TT-BGDĐT ban hành Điều lệ Trường tiểu học"));
    }

    void inventoryCommitment_data()
    {
        QTest::addColumn<int>("missing");
        QTest::addColumn<int>("expected");
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("one") << 1 << 1;
        QTest::newRow("three (seed 002)") << 3 << 1;
        QTest::newRow("five (seed 002)") << 5 << 2;
        QTest::newRow("eight") << 8 << 4;
    }

    void inventoryCommitment()
    {
        QFETCH(int, missing);
        QFETCH(int, expected);
        QCOMPARE(DocumentSentences::inventoryCommitment(missing), expected);
    }

    void groupSentences()
    {
        GroupResult group{QStringLiteral("2"), QStringLiteral("Chuyển đổi số trong quản trị cơ sở giáo dục"), 58, 100, 2, {}, 0};
        QCOMPARE(DocumentSentences::groupResult(group),
                 QStringLiteral("Nhóm tiêu chí “Chuyển đổi số trong quản trị cơ sở giáo dục” đạt 58/100 điểm, mức độ 2 – "
                                "mức đáp ứng cơ bản để thực hiện chuyển đổi số theo quy định."));
        QCOMPARE(DocumentSentences::groupTarget(group), QString());
        group.level = 1;
        group.points = 32.5;
        group.targetLevel = DocumentSentences::suggestedTargetLevel(group.level);
        QCOMPARE(group.targetLevel, 2);
        QVERIFY(DocumentSentences::groupResult(group).contains(QStringLiteral("đạt 32,5/100 điểm, mức độ 1 – mức chưa đáp ứng")));
        QVERIFY(DocumentSentences::groupTarget(group).startsWith(QStringLiteral("Đưa nhóm tiêu chí “Chuyển đổi số trong quản trị "
                                                                                "cơ sở giáo dục” đạt mức 2 – mức đáp ứng cơ bản")));
        QCOMPARE(DocumentSentences::suggestedTargetLevel(2), 0);
        QCOMPARE(DocumentSentences::suggestedTargetLevel(0), 0);
        QCOMPARE(DocumentSentences::inventoryTarget(DocumentInventoryTotals{19, 5, 23, 3}),
                 QStringLiteral("Bổ sung ít nhất 02/05 phần mềm và ứng dụng cần được trang bị nhưng còn thiếu; 01/03 trang thiết "
                                "bị CNTT và hạ tầng còn thiếu cần bổ sung."));
        QCOMPARE(DocumentSentences::inventoryTarget(DocumentInventoryTotals{19, 0, 23, 0}), QString());
    }

    void kinds()
    {
        for (DocumentKind kind : DocumentKinds::all()) {
            bool ok = false;
            QCOMPARE(DocumentKinds::fromCode(DocumentKinds::code(kind), &ok), kind);
            QVERIFY(ok);
            QVERIFY(!DocumentKinds::displayName(kind).isEmpty());
        }
        bool ok = true;
        DocumentKinds::fromCode(QStringLiteral("khong-co"), &ok);
        QVERIFY(!ok);
        QCOMPARE(DocumentKinds::typeAbbreviation(DocumentKind::Plan), QStringLiteral("KH"));
        QCOMPARE(DocumentKinds::typeAbbreviation(DocumentKind::YearReport), QStringLiteral("BC"));
    }
};

QTEST_GUILESS_MAIN(TestDocumentText)
#include "tst_document_text.moc"
