#include "IndexTestSupport.h"

#include "index/Improvements.h"
#include "index/ScoringEngine.h"

#include <QTest>

using namespace sdx;
using namespace IndexTestSupport;

class TestImprovements : public QObject
{
    Q_OBJECT

    static const Improvement *find(const ImprovementPlan &plan, const QString &itemId)
    {
        for (const Improvement &improvement : plan.improvements) {
            if (improvement.itemId == itemId)
                return &improvement;
        }
        return nullptr;
    }

    ImprovementPlan m_seed;

private slots:
    void initTestCase()
    {
        m_seed = planImprovements(builtIn(), score(builtIn(), seedFacts()));
        QVERIFY(!m_seed.improvements.isEmpty());
    }

    void orderedCheapestFirstThenByPoints()
    {
        for (int i = 1; i < m_seed.improvements.size(); ++i) {
            const Improvement &before = m_seed.improvements.at(i - 1);
            const Improvement &after = m_seed.improvements.at(i);
            QVERIFY2(int(before.cost) <= int(after.cost), qPrintable(before.itemId + QLatin1String(" / ") + after.itemId));
            if (before.cost == after.cost && before.mandatory == after.mandatory)
                QVERIFY2(before.fullGain >= after.fullGain, qPrintable(before.itemId + QLatin1String(" / ") + after.itemId));
        }
    }

    void itemsAtTheirMaximumAreLeftOut_data()
    {
        QTest::addColumn<QString>("item");
        for (const char *id : {"1.1", "1.3.1", "1.6.1", "1.6.2", "2.3.1", "2.4.1"})
            QTest::newRow(id) << QString::fromUtf8(id);
    }

    void itemsAtTheirMaximumAreLeftOut()
    {
        QFETCH(QString, item);
        QVERIFY(!find(m_seed, item));
    }

    void steps_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<double>("nextGain");
        QTest::addColumn<QString>("nextTarget");
        QTest::addColumn<double>("fullGain");
        QTest::addColumn<QString>("fullTarget");
        QTest::addColumn<double>("groupAfterFull");
        QTest::addColumn<int>("levelAfterFull");
        // Seed: 1.6.3 is 1/10 teachers, 1.7.1 8/15 rooms, 1.4 none, 1.7.2 at level 2.
        QTest::newRow("share, next tier and full")
            << "1.6.3" << 2.0 << "ít nhất 3/10 (từ 30% đến 60%)" << 4.0 << "ít nhất 7/10 (> 60%)" << 36.0 << 1;
        QTest::newRow("share, one step left") << "1.7.1" << 3.0 << "ít nhất 10/15 (> 60%)" << 3.0
                                              << "ít nhất 10/15 (> 60%)" << 35.0 << 1;
        QTest::newRow("count") << "1.4" << 3.0 << "ít nhất 1 học liệu (ít hơn 20)" << 10.0
                               << "ít nhất 40 học liệu (từ 40 trở lên)" << 42.0 << 1;
        QTest::newRow("level") << "1.7.2" << 2.0 << "Mức độ 3" << 2.0 << "Mức độ 3" << 34.0 << 1;
        QTest::newRow("yes/no") << "1.5.1" << 15.0 << "" << 15.0 << "" << 47.0 << 1;
        QTest::newRow("yes/no that lifts the group") << "2.3.3" << 20.0 << "" << 20.0 << "" << 78.0 << 3;
    }

    void steps()
    {
        QFETCH(QString, item);
        QFETCH(double, nextGain);
        QFETCH(QString, nextTarget);
        QFETCH(double, fullGain);
        QFETCH(QString, fullTarget);
        QFETCH(double, groupAfterFull);
        QFETCH(int, levelAfterFull);
        const Improvement *found = find(m_seed, item);
        QVERIFY(found);
        QCOMPARE(found->nextGain, nextGain);
        QCOMPARE(found->nextTarget, nextTarget);
        QCOMPARE(found->fullGain, fullGain);
        QCOMPARE(found->fullTarget, fullTarget);
        QCOMPARE(found->groupPointsAfterFull, groupAfterFull);
        QCOMPARE(found->groupLevelAfterFull, levelAfterFull);
        QVERIFY(!found->guidance.isEmpty());
        QVERIFY(found->summary.startsWith(item + QLatin1Char(':')));
    }

    void lmsFunctionsNameTheirPrerequisite()
    {
        const Improvement *function = find(m_seed, QStringLiteral("1.3.3.1"));
        QVERIFY(function);
        QCOMPARE(function->prerequisite, QStringLiteral("1.3.2"));
        QCOMPARE(function->fullGain, 6.0);
        QVERIFY(function->summary.contains(QStringLiteral("cần làm 1.3.2 trước")));
        // 1.3.2 alone adds nothing while no function is answered "có".
        QVERIFY(!find(m_seed, QStringLiteral("1.3.2")));
        const ImprovementPlan unlocked = planImprovements(
            builtIn(), score(builtIn(), facts(object(R"({"1.3.2": false, "1.3.3.1": true, "1.3.3.2": true})"))));
        const Improvement *lms = find(unlocked, QStringLiteral("1.3.2"));
        QVERIFY(lms);
        QCOMPARE(lms->fullGain, 12.0);
    }

    void levelLifts()
    {
        QCOMPARE(m_seed.lifts.size(), 2);
        const LevelLift &first = m_seed.lifts.at(0);
        QCOMPARE(first.groupId, QStringLiteral("1"));
        QCOMPARE(first.targetLevel, 2);
        QCOMPARE(first.pointsNeeded, 18.0);
        QVERIFY(!first.strictlyMore);
        QVERIFY(first.reachable);
        QCOMPARE(first.itemIds, (QStringList{QStringLiteral("1.5.1"), QStringLiteral("1.3.3.1")}));
        QVERIFY2(first.text.contains(QStringLiteral("cần thêm ít nhất 18 điểm")), qPrintable(first.text));
        const LevelLift &second = m_seed.lifts.at(1);
        QCOMPARE(second.groupId, QStringLiteral("2"));
        QCOMPARE(second.targetLevel, 3);
        QCOMPARE(second.pointsNeeded, 17.0);
        QVERIFY(second.strictlyMore);
        QCOMPARE(second.itemIds, (QStringList{QStringLiteral("2.4.2"), QStringLiteral("2.4.3")}));
        QVERIFY2(second.text.contains(QStringLiteral("cần thêm hơn 17 điểm")), qPrintable(second.text));
    }

    void unmetMandatoryComesFirst()
    {
        Facts values = seedFacts();
        values.insert(QStringLiteral("2.1"), enteredFact(false));
        const ScoreReport report = score(builtIn(), values);
        QVERIFY(report.group(QStringLiteral("2"))->capped);
        const ImprovementPlan plan = planImprovements(builtIn(), report);
        const Improvement &first = plan.improvements.constFirst();
        QCOMPARE(first.itemId, QStringLiteral("2.1"));
        QVERIFY(first.mandatory);
        QCOMPARE(first.groupLevelNow, 1);
        QCOMPARE(first.groupLevelAfterFull, 2);
        // While 2.1 is unmet, points alone cannot lift group 2 past the cap.
        QCOMPARE(find(plan, QStringLiteral("2.3.3"))->groupLevelAfterFull, 1);
        const LevelLift &lift = plan.lifts.at(1);
        QCOMPARE(lift.mandatoryFirst, QStringList{QStringLiteral("2.1")});
        QVERIFY2(lift.text.contains(QStringLiteral("chưa đạt điều kiện bắt buộc 2.1")), qPrintable(lift.text));
    }

    void fullMarksLeaveNothingToDo()
    {
        const ScoreReport report = score(builtIn(), facts(object(R"({"1.1": true, "1.2": true, "1.3.1": true,
            "1.3.2": true, "1.3.3.1": true, "1.3.3.2": true, "1.3.3.3": true, "1.3.3.4": true, "1.4": 40,
            "1.5.1": true, "1.5.2": true, "1.6.1": {"count": 1, "of": 1}, "1.6.2": {"count": 1, "of": 1},
            "1.6.3": {"count": 1, "of": 1}, "1.7.1": {"count": 1, "of": 1}, "1.7.2": 3, "1.7.3": true,
            "2.1": true, "2.2": true, "2.3.1": true, "2.3.2": true, "2.3.3": true, "2.3.4": true, "2.3.5": true,
            "2.3.6": true, "2.3.7": true, "2.3.8": true, "2.4.1": true, "2.4.2": true, "2.4.3": true})")));
        QCOMPARE(report.group(QStringLiteral("1"))->points, 100.0);
        QCOMPARE(report.group(QStringLiteral("2"))->points, 100.0);
        const ImprovementPlan plan = planImprovements(builtIn(), report);
        QVERIFY(plan.improvements.isEmpty());
        QVERIFY(plan.lifts.isEmpty());
    }

    void unansweredShareShowsTierLabels()
    {
        const ImprovementPlan plan = planImprovements(builtIn(), score(builtIn(), Facts()));
        const Improvement *share = find(plan, QStringLiteral("1.7.1"));
        QVERIFY(share);
        QCOMPARE(share->nextGain, 2.0);
        QCOMPARE(share->nextTarget, QStringLiteral("< 20%"));
        QCOMPARE(share->fullGain, 8.0);
        QCOMPARE(share->fullTarget, QStringLiteral("> 60%"));
    }
};

QTEST_GUILESS_MAIN(TestImprovements)
#include "tst_improvements.moc"
