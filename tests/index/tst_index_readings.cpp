// The readings SchoolDX chose for unclear values of the index, and when the score relies on them.
#include "IndexTestSupport.h"

#include "index/IndexReadings.h"
#include "index/ScoringEngine.h"

#include <QTest>

using namespace sdx;
using namespace IndexTestSupport;

class TestIndexReadings : public QObject
{
    Q_OBJECT

    static QStringList subjects(const QList<IndexReading> &readings, bool appliedOnly)
    {
        QStringList result;
        for (const IndexReading &reading : readings) {
            if (!appliedOnly || reading.applies)
                result << reading.subject;
        }
        return result;
    }

    static QList<IndexReading> readings(const char *itemId, const char *facts)
    {
        const ScoreReport report = score(builtIn(), withMandatory(object(facts)), {});
        return readingsForItem(builtIn(), report, QLatin1String(itemId));
    }

private slots:
    void fortyMaterialsAndTheSevenPointBand()
    {
        QCOMPARE(subjects(readings("1.4", "{}"), false),
                 QStringList({QStringLiteral("Bậc \"từ 40 trở lên\" của mục 1.4"), QStringLiteral("Mức độ 3 của tiêu chí 1.4")}));
        QVERIFY(subjects(readings("1.4", "{\"1.4\": 39}"), true).isEmpty());
        QCOMPARE(subjects(readings("1.4", "{\"1.4\": 40}"), true).size(), 2);
        for (const IndexReading &reading : readings("1.4", "{}"))
            QVERIFY(!reading.note.isEmpty());
    }

    void lmsSplitAndZeroShare()
    {
        QVERIFY(subjects(readings("1.3.3.2", "{}"), false).contains(QStringLiteral("Mục 1.3.3.2")));
        QVERIFY(subjects(readings("1.3.3.2", "{\"1.3.3.2\": true}"), true).isEmpty());  // about its points or wording
        const QString zero = QStringLiteral("Bậc \"0%\" của mục 1.6.3");
        QVERIFY(subjects(readings("1.6.3", "{\"1.6.3\": {\"count\": 0, \"of\": 10}}"), true).contains(zero));
        QVERIFY(!subjects(readings("1.6.3", "{\"1.6.3\": {\"count\": 1, \"of\": 10}}"), true).contains(zero));
    }

    void theCapMattersOnlyWhenTheConditionIsUnmet()
    {
        const QString cap = QStringLiteral("Điều kiện bắt buộc chưa đạt");
        QVERIFY(subjects(readings("2.1", "{}"), false).contains(cap));
        QVERIFY(!subjects(readings("2.1", "{}"), true).contains(cap));  // withMandatory: met
        QVERIFY(subjects(readings("2.1", "{\"2.1\": false}"), true).contains(cap));
        QVERIFY(!subjects(readings("2.3.1", "{}"), false).contains(cap));
        QVERIFY(readings("2.3.1", "{}").isEmpty());
        QVERIFY(readings("9.9", "{}").isEmpty());
    }
};

QTEST_MAIN(TestIndexReadings)
#include "tst_index_readings.moc"
