#include "IndexTestSupport.h"

#include "index/FactsFile.h"
#include "index/ScoringEngine.h"

#include <QFile>
#include <QTest>

using namespace sdx;
using namespace IndexTestSupport;

/// Seed 002 (Trường Tiểu học Chu Văn An) scored its own table by hand: 32 → Mức 1 and 58 → Mức 2.
class TestScoringSeed : public QObject
{
    Q_OBJECT

    ScoreReport m_report;

private slots:
    void initTestCase()
    {
        m_report = score(builtIn(), seedFacts());
        QVERIFY2(m_report.isValid(), qPrintable(m_report.errorMessages().join(QLatin1Char('\n'))));
    }

    void groups_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<double>("points");
        QTest::addColumn<int>("level");
        QTest::newRow("1 Chuyển đổi số trong dạy, học") << "1" << 32.0 << 1;
        QTest::newRow("2 Chuyển đổi số trong quản trị") << "2" << 58.0 << 2;
    }

    void groups()
    {
        QFETCH(QString, group);
        QFETCH(double, points);
        QFETCH(int, level);
        const GroupScore *found = m_report.group(group);
        QCOMPARE(found->points, points);
        QCOMPARE(found->max, 100.0);
        QCOMPARE(found->level, level);
        QCOMPARE(found->uncappedLevel, level);
        QVERIFY(found->mandatoryMet);
        QCOMPARE(found->answered, found->total);
    }

    void criteria_data()
    {
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<double>("points");
        QTest::addColumn<int>("level");
        QTest::newRow("1.3") << "1.3" << 6.0 << 1;
        QTest::newRow("1.4") << "1.4" << 0.0 << 1;
        QTest::newRow("1.5") << "1.5" << 0.0 << 1;
        QTest::newRow("1.6") << "1.6" << 16.0 << 3;
        QTest::newRow("1.7") << "1.7" << 10.0 << 2;
        QTest::newRow("2.3") << "2.3" << 50.0 << 2;
        QTest::newRow("2.4") << "2.4" << 8.0 << 1;
    }

    void criteria()
    {
        QFETCH(QString, criterion);
        QFETCH(double, points);
        QFETCH(int, level);
        QCOMPARE(m_report.criterion(criterion)->points, points);
        QCOMPARE(m_report.criterion(criterion)->level, level);
    }

    void mandatoryConditions()
    {
        for (const char *id : {"1.1", "1.2", "2.1", "2.2"})
            QVERIFY2(m_report.criterion(QLatin1String(id))->met, id);
    }

    void items_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<double>("points");
        // The school's column "Đơn vị tự đánh giá, chấm điểm", sub-item by sub-item.
        const struct
        {
            const char *id;
            double points;
        } rows[] = {{"1.3.1", 6}, {"1.6.1", 7}, {"1.6.2", 7}, {"1.6.3", 2}, {"1.7.1", 5}, {"1.7.2", 5},
                    {"1.7.3", 0}, {"2.3.1", 6}, {"2.3.2", 6}, {"2.3.3", 0}, {"2.3.4", 6}, {"2.3.5", 10},
                    {"2.3.6", 10}, {"2.3.7", 6}, {"2.3.8", 6}, {"2.4.1", 8}, {"2.4.2", 0}, {"2.4.3", 0}};
        for (const auto &row : rows)
            QTest::newRow(row.id) << QString::fromUtf8(row.id) << row.points;
    }

    void items()
    {
        QFETCH(QString, item);
        QFETCH(double, points);
        QCOMPARE(m_report.item(item)->points, points);
    }

    void sampleCopyIsTheSameFile()
    {
        // resources/samples/ holds the same facts for other parts (documents, exchange) to reuse.
        QFile test(QStringLiteral(SDX_TEST_DATA_DIR "/seed-002-facts.json"));
        QFile sample(QStringLiteral(SDX_TEST_DATA_DIR "/../../../resources/samples/seed-002-facts.json"));
        QVERIFY(test.open(QIODevice::ReadOnly));
        QVERIFY(sample.open(QIODevice::ReadOnly));
        QCOMPARE(sample.readAll(), test.readAll());
    }
};

QTEST_GUILESS_MAIN(TestScoringSeed)
#include "tst_scoring_seed.moc"
