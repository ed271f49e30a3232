// The managing authority's summary: levels per group, averages, what no school meets, mandatory
// conditions missed, indicators summed; its JSON and Excel forms.
#include "ExchangeTestSupport.h"

#include "exchange/ReceivedSummary.h"
#include "exchange/SummaryJson.h"
#include "exchange/SummaryXlsx.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

namespace {

QJsonObject with(QJsonObject facts, const QJsonObject &changes)
{
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        facts.insert(it.key(), it.value());
    return facts;
}

QJsonObject strongFacts()
{
    QJsonObject facts = test::seedFacts();
    for (auto it = facts.begin(); it != facts.end(); ++it) {
        if (it.value().isBool())
            it.value() = true;
    }
    const QJsonObject all{{QStringLiteral("count"), 20}, {QStringLiteral("of"), 20}};
    return with(facts, {{QStringLiteral("1.3.3.1"), true}, {QStringLiteral("1.3.3.2"), true},
                        {QStringLiteral("1.3.3.3"), true}, {QStringLiteral("1.3.3.4"), true},
                        {QStringLiteral("1.4"), 45}, {QStringLiteral("1.5.1"), false}, {QStringLiteral("1.5.2"), false},
                        {QStringLiteral("1.6.3"), all}, {QStringLiteral("1.7.1"), all}, {QStringLiteral("1.7.2"), 3}});
}

QList<SummaryBuilder::Input> fourSchools()
{
    const ExchangeScorer &scorer = test::testScorer();
    QList<SummaryBuilder::Input> inputs;
    inputs.append({1, test::makeDocument(scorer, QStringLiteral("S1"), QStringLiteral("Trường TH Một"), test::seedFacts())});
    inputs.append({2, test::makeDocument(scorer, QStringLiteral("S2"), QStringLiteral("Trường TH Hai"), strongFacts())});
    inputs.append({3, test::makeDocument(scorer, QStringLiteral("S3"), QStringLiteral("Trường TH Ba"),
                                         with(test::seedFacts(), {{QStringLiteral("1.1"), false}}))});
    inputs.append({4, test::makeDocument(scorer, QStringLiteral("S4"), QStringLiteral("Trường TH Bốn"),
                                         with(test::seedFacts(), {{QStringLiteral("2.2"), false}}))});
    inputs[3].document.indicators.values.remove(QStringLiteral("computersTotal"));
    return inputs;
}

const CriterionAverage *averageOf(const ReceivedSummary &summary, const QString &id)
{
    for (const CriterionAverage &average : summary.criterionAverages) {
        if (average.criterionId == id)
            return &average;
    }
    return nullptr;
}

const IndicatorTotal *indicatorOf(const ReceivedSummary &summary, const QString &key)
{
    for (const IndicatorTotal &total : summary.indicators) {
        if (total.key == key)
            return &total;
    }
    return nullptr;
}

} // namespace

class TestSummary : public QObject
{
    Q_OBJECT

private slots:
    void statistics()
    {
        const QList<ReceivedSummary> summaries = SummaryBuilder::build(fourSchools(), &test::testScorer());
        QCOMPARE(summaries.size(), 1);
        const ReceivedSummary &summary = summaries.first();
        QCOMPARE(summary.schools.size(), 4);
        QCOMPARE(summary.schools.at(1).group(QStringLiteral("1"))->points, 80.0);
        QCOMPARE(summary.levelCounts.size(), 2);
        const GroupLevelCount &teaching = summary.levelCounts.at(0);
        QCOMPARE(teaching.counts[1], 3);  // 32, 32 capped by 1.1, 32
        QCOMPARE(teaching.counts[2], 0);
        QCOMPARE(teaching.counts[3], 1);  // 80
        QCOMPARE(teaching.averagePoints, (32 + 80 + 32 + 32) / 4.0);
        const GroupLevelCount &management = summary.levelCounts.at(1);
        QCOMPARE(management.counts[1], 1);  // 58 capped by 2.2
        QCOMPARE(management.counts[2], 2);
        QCOMPARE(management.counts[3], 1);

        QCOMPARE(averageOf(summary, QStringLiteral("1.6"))->average, (16 + 20 + 16 + 16) / 4.0);
        QCOMPARE(averageOf(summary, QStringLiteral("1.1"))->average, 0.75);
        QCOMPARE(averageOf(summary, QStringLiteral("1.1"))->schoolsMeeting, 3);
        QCOMPARE(summary.criteriaNoSchoolMeets, QStringList{QStringLiteral("1.5")});
        QVERIFY(summary.itemsNoSchoolMeets.contains(QStringLiteral("1.5.1")));
        QVERIFY(summary.itemsNoSchoolMeets.contains(QStringLiteral("1.5.2")));
        QVERIFY(!summary.itemsNoSchoolMeets.contains(QStringLiteral("1.4")));

        QCOMPARE(summary.mandatoryMisses.size(), 2);
        QCOMPARE(summary.mandatoryMisses.at(0).code, QStringLiteral("S3"));
        QCOMPARE(summary.mandatoryMisses.at(0).criteria, QStringList{QStringLiteral("1.1")});
        QCOMPARE(summary.mandatoryMisses.at(1).criteria, QStringList{QStringLiteral("2.2")});

        const IndicatorTotal *computers = indicatorOf(summary, QStringLiteral("computersTotal"));
        QCOMPARE(computers->sum, qint64(3 * 22));
        QCOMPARE(computers->schoolsReporting, 3);
        const IndicatorTotal *protectedPcs = indicatorOf(summary, QStringLiteral("computersWithAntiMalware"));
        QCOMPARE(protectedPcs->sum, qint64(4 * 15));
        QCOMPARE(protectedPcs->schoolsReporting, 4);
        // The ratio only counts schools that reported both numbers.
        QCOMPARE(*protectedPcs->ratio(), 45.0 / 66.0);
        QVERIFY(!indicatorOf(summary, QStringLiteral("studentsTotal"))->ratio());
    }

    void cohortsAreSeparatedByYear()
    {
        QList<SummaryBuilder::Input> inputs = fourSchools();
        inputs[0].document.schoolYear = QStringLiteral("2025-2026");
        const QList<ReceivedSummary> summaries = SummaryBuilder::build(inputs, &test::testScorer());
        QCOMPARE(summaries.size(), 2);
        QCOMPARE(summaries.at(0).schoolYear, QStringLiteral("2024-2025"));
        QCOMPARE(summaries.at(0).schools.size(), 3);
        QCOMPARE(summaries.at(1).schools.size(), 1);
    }

    void jsonAndExcel()
    {
        const QList<ReceivedSummary> summaries = SummaryBuilder::build(fourSchools(), &test::testScorer());
        ImportReport report;
        report.total = 5;
        report.rejected.append({QStringLiteral("/x/hong.sdx"), {}, {}, {}, 0, QStringLiteral("Tệp hong.sdx bị từ chối")});
        const QJsonObject json = SummaryJson::toJson(summaries, report);
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("schooldx-summary"));
        const QJsonObject first = json.value(QStringLiteral("summaries")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("schools")).toArray().size(), 4);
        QCOMPARE(first.value(QStringLiteral("levelCounts")).toArray().at(0).toObject().value(QStringLiteral("level1")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("criteriaNoSchoolMeets")).toArray().at(0).toString(), QStringLiteral("1.5"));
        QCOMPARE(first.value(QStringLiteral("schoolsMissingMandatory")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("rejected")).toArray().at(0).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("Tệp hong.sdx bị từ chối"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tong-hop.xlsx"));
        const Status status = SummaryXlsx::write(path, summaries, report);
        QVERIFY2(status, qPrintable(status.message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("PK"));
        // One sheet per view (8): their names are in the workbook's part list.
        QVERIFY(bytes.contains("xl/worksheets/sheet8.xml"));
        QVERIFY(!bytes.contains("xl/worksheets/sheet9.xml"));
    }
};

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"
