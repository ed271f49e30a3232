#include "exchange/ExchangeBuilder.h"
#include "exchange/ExchangeServices.h"
#include "exchange/ReportedIndicators.h"
#include "exchange/ReportingRepository.h"
#include "inventory/InventoryOverview.h"
#include "samples/SampleSchool.h"
#include "school/SchoolSession.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

/// The indicators a school reports: what it typed, completed by what its inventory counted.
class TestReportedIndicators : public QObject
{
    Q_OBJECT

    static ExchangeIndicators values(std::initializer_list<std::pair<const char *, qint64>> pairs)
    {
        ExchangeIndicators result;
        for (const auto &[key, value] : pairs)
            result.values.insert(QString::fromLatin1(key), value);
        return result;
    }

private slots:
    void typedValuesWin()
    {
        const ExchangeIndicators reported = ReportedIndicators::completed(
            values({{"teachersTotal", 25}, {"teachersEquippedOnline", 12}}),
            values({{"teachersTotal", 20}, {"teachersEquippedOnline", 18}, {"studentsTotal", 400}}));
        QCOMPARE(reported.value(QStringLiteral("teachersTotal")), std::optional<qint64>(25));
        QCOMPARE(reported.value(QStringLiteral("teachersEquippedOnline")), std::optional<qint64>(12));
        QCOMPARE(reported.value(QStringLiteral("studentsTotal")), std::optional<qint64>(400));
    }

    void emptyRowsTakeTheInventory()
    {
        const ExchangeIndicators reported = ReportedIndicators::completed(
            {}, values({{"computersTotal", 23}, {"computersWithAntiMalware", 19}}));
        QCOMPARE(reported.value(QStringLiteral("computersTotal")), std::optional<qint64>(23));
        QCOMPARE(reported.value(QStringLiteral("computersWithAntiMalware")), std::optional<qint64>(19));
        QVERIFY(!reported.value(QStringLiteral("staffTotal")));
    }

    /// A share the inventory counted above the total the school typed would make the file refused.
    void aShareNeverExceedsTheReportedTotal()
    {
        const ExchangeIndicators reported = ReportedIndicators::completed(
            values({{"studentsTotal", 300}}),
            values({{"studentsTotal", 420}, {"studentsEquippedOnline", 350}, {"studentsUsingOnlinePlatform", 280}}));
        QCOMPARE(reported.value(QStringLiteral("studentsTotal")), std::optional<qint64>(300));
        QVERIFY(!reported.value(QStringLiteral("studentsEquippedOnline")));
        QCOMPARE(reported.value(QStringLiteral("studentsUsingOnlinePlatform")), std::optional<qint64>(280));
    }

    /// The sample school typed no indicator: its exchange file still carries its counted figures.
    void theSampleSchoolReportsItsInventory()
    {
        QTemporaryDir dir;
        auto session = SchoolSession::open(dir.filePath(QStringLiteral("mau.sqlite")));
        QVERIFY2(session, qPrintable(session.message()));
        QVERIFY(SampleSchool::create(**session));
        Database &database = (*session)->database();
        const qint64 year = (*session)->currentYear().id;
        const Expected<ExchangeIndicators> typed = ReportingRepository(database).indicators(year);
        QVERIFY(typed && typed->isEmpty());

        const Expected<InventoryOverview> overview = InventoryOverview::load(database, year);
        QVERIFY(overview);
        const ExchangeIndicators counted = ReportedIndicators::fromInventory(overview->totals);
        QVERIFY(counted.value(QStringLiteral("teachersTotal")).value_or(0) > 0);
        QVERIFY(counted.value(QStringLiteral("computersTotal")).value_or(0) > 0);

        const Expected<ExchangeDocument> document = ExchangeBuilder::build(
            database, year, ExchangeServices::assessments(), ExchangeServices::scorer(), ExchangeBuilder::Require::Any);
        QVERIFY2(document, qPrintable(document.message()));
        QCOMPARE(document->indicators, counted);
    }
};

QTEST_MAIN(TestReportedIndicators)
#include "tst_reported_indicators.moc"
