#include "IndexTestSupport.h"

#include "index/AnswerMigration.h"
#include "index/IndexLoader.h"
#include "index/ScoringEngine.h"

#include <QTest>

using namespace sdx;
using namespace IndexTestSupport;

class TestAnswerMigration : public QObject
{
    Q_OBJECT

    IndexDefinition m_v1;
    IndexDefinition m_v2;

    static MigrationChange changeOf(const AnswerMigrationResult &result, const QString &itemId)
    {
        for (const MigrationNote &note : result.notes) {
            if (note.itemId == itemId)
                return note.change;
        }
        return MigrationChange::Unchanged;
    }

private slots:
    void initTestCase()
    {
        Expected<IndexDefinition> v1 = IndexLoader::fromFile(QStringLiteral(SDX_TEST_DATA_DIR "/indexes/test-index-v1.json"));
        Expected<IndexDefinition> v2 = IndexLoader::fromFile(QStringLiteral(SDX_TEST_DATA_DIR "/indexes/test-index-v2.json"));
        QVERIFY2(v1, qPrintable(v1.message()));
        QVERIFY2(v2, qPrintable(v2.message()));
        m_v1 = *v1;
        m_v2 = *v2;
    }

    void flagsChangedItems_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<int>("change");
        QTest::addColumn<bool>("kept");
        QTest::newRow("unchanged") << "1.1" << int(MigrationChange::Unchanged) << true;
        QTest::newRow("reworded") << "1.2.1" << int(MigrationChange::Reworded) << true;
        QTest::newRow("tiers changed") << "1.2.2" << int(MigrationChange::RuleChanged) << true;
        QTest::newRow("share became level") << "1.2.3" << int(MigrationChange::InputChanged) << false;
        QTest::newRow("removed") << "1.2.4" << int(MigrationChange::Removed) << false;
        QTest::newRow("added") << "1.2.5" << int(MigrationChange::Added) << false;
        QTest::newRow("old value out of the new range") << "1.3.1" << int(MigrationChange::Invalid) << false;
    }

    void flagsChangedItems()
    {
        QFETCH(QString, item);
        QFETCH(int, change);
        QFETCH(bool, kept);
        const Facts answers = facts(object(R"({"1.1": true, "1.2.1": true, "1.2.2": 5,
                                              "1.2.3": {"count": 3, "of": 4}, "1.2.4": true, "1.3.1": 3})"));
        const AnswerMigrationResult result = migrateAnswers(m_v1, m_v2, answers);
        QCOMPARE(int(changeOf(result, item)), change);
        QCOMPARE(result.facts.contains(item), kept);
        QCOMPARE(result.reviewItems().contains(item), change != int(MigrationChange::Unchanged));
    }

    void ruleChangeOnAKeptLevelIsFlagged()
    {
        const AnswerMigrationResult result = migrateAnswers(m_v1, m_v2, facts(object(R"({"1.3.1": 2})")));
        QCOMPARE(changeOf(result, QStringLiteral("1.3.1")), MigrationChange::RuleChanged);
        QCOMPARE(result.facts.value(QStringLiteral("1.3.1")).value.toInt(), 2);
    }

    void adjustmentsSurviveOnlyUnchangedRules()
    {
        const Facts answers = facts(object(R"({"1.2.1": true, "1.2.2": 12})"));
        const Adjustments adjusted = adjustments(object(R"({"1.2.1": {"points": 8, "reason": "r"},
                                                           "1.2.2": {"points": 8, "reason": "r"}})"));
        const AnswerMigrationResult result = migrateAnswers(m_v1, m_v2, answers, adjusted);
        QVERIFY(result.adjustments.contains(QStringLiteral("1.2.1")));
        QVERIFY(!result.adjustments.contains(QStringLiteral("1.2.2")));
    }

    void migratedAnswersScoreCleanly()
    {
        const Facts answers = facts(object(R"({"1.1": true, "1.2.1": true, "1.2.2": 5,
                                              "1.2.3": {"count": 3, "of": 4}, "1.2.4": true, "1.3.1": 3})"));
        const AnswerMigrationResult result = migrateAnswers(m_v1, m_v2, answers);
        const ScoreReport report = score(m_v2, result.facts);
        QVERIFY2(report.isValid(), qPrintable(report.errorMessages().join(QLatin1Char('\n'))));
        QCOMPARE(report.group(QStringLiteral("1"))->points, 14.0);  // 10 (1.2.1) + 4 (1.2.2 under the new tiers)
    }

    void sameVersionChangesNothing()
    {
        const AnswerMigrationResult result = migrateAnswers(builtIn(), builtIn(), seedFacts());
        QVERIFY(result.notes.isEmpty());
        QCOMPARE(result.facts.size(), seedFacts().size());
    }
};

QTEST_GUILESS_MAIN(TestAnswerMigration)
#include "tst_answer_migration.moc"
