#include "IndexTestSupport.h"

#include "index/ChecklistModel.h"
#include "index/EvidenceModel.h"
#include "index/ImprovementModel.h"
#include "index/YearComparisonModel.h"
#include "index/Improvements.h"
#include "index/IndexRegistry.h"
#include "index/ScoringEngine.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace sdx;
using namespace IndexTestSupport;

/// The page models under QAbstractItemModelTester, with a snapshot built in memory.
class TestIndexModels : public QObject
{
    Q_OBJECT

    static AssessmentSnapshot seedSnapshot()
    {
        AssessmentSnapshot snapshot;
        snapshot.index = IndexRegistry::builtIn().find(QStringLiteral("4725/QĐ-BGDĐT"), 1);
        snapshot.answers = seedFacts();
        snapshot.answers.remove(QStringLiteral("1.7.1"));
        snapshot.derived = {{QStringLiteral("1.7.1"), QJsonObject{{QStringLiteral("count"), 8}, {QStringLiteral("of"), 15}},
                             QStringLiteral("8/15 phòng học có máy chiếu và Internet")}};
        snapshot.rescore();
        return snapshot;
    }

private slots:
    void checklistModelIsSound()
    {
        ChecklistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAssessment(seedSnapshot());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 7);
        QCOMPARE(model.rowCount(model.index(1, 0)), 4);
        // 1.4 is a one-item criterion: a single row, no children.
        const QModelIndex materials = model.indexForItem(QStringLiteral("1.4"));
        QCOMPARE(materials.parent(), model.index(0, 0));
        QCOMPARE(model.rowCount(materials), 0);
        const QModelIndex lms = model.indexForItem(QStringLiteral("1.3.3.2"));
        QCOMPARE(lms.parent().data(ChecklistModel::NodeIdRole).toString(), QStringLiteral("1.3"));
        QCOMPARE(lms.data(ChecklistModel::ItemIdRole).toString(), QStringLiteral("1.3.3.2"));
        model.setAnswer(QStringLiteral("1.4"), 25);
        model.setAnswer(QStringLiteral("1.6.3"), QJsonValue(QJsonValue::Null));
        model.setAssessment(AssessmentSnapshot());
        QCOMPARE(model.rowCount(), 0);
    }

    void checklistShowsScoresAndSources()
    {
        ChecklistModel model;
        model.setAssessment(seedSnapshot());
        auto cell = [&model](const char *id, int column) {
            return model.indexForItem(QLatin1String(id), column).data().toString();
        };
        QCOMPARE(model.index(0, ChecklistModel::PointsColumn).data().toString(), QStringLiteral("32"));
        QCOMPARE(model.index(1, ChecklistModel::LevelColumn).data().toString(), QStringLiteral("Mức độ 2"));
        QCOMPARE(cell("1.6.3", ChecklistModel::PointsColumn), QStringLiteral("2"));
        QCOMPARE(cell("1.6.3", ChecklistModel::AnswerColumn), QStringLiteral("10% (1/10)"));
        QCOMPARE(cell("1.7.1", ChecklistModel::AnswerColumn), QStringLiteral("53,3% (8/15) (kiểm kê)"));
        QCOMPARE(cell("1.1", ChecklistModel::LevelColumn), QStringLiteral("Đạt"));
        QVERIFY(cell("1.1", ChecklistModel::TextColumn).startsWith(QStringLiteral("1.1 [Điều kiện bắt buộc] Có ban hành")));
        QVERIFY(model.indexForItem(QStringLiteral("1.1")).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(cell("2.3.3", ChecklistModel::AnswerColumn), QStringLiteral("Không"));
    }

    void editingRescoresAndOverrides()
    {
        ChecklistModel model;
        model.setAssessment(seedSnapshot());
        QSignalSpy edited(&model, &ChecklistModel::answerEdited);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setAnswer(QStringLiteral("1.5.1"), true));
        QCOMPARE(edited.size(), 1);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(0, ChecklistModel::PointsColumn).data().toString(), QStringLiteral("47"));
        // Typing over the inventory's value is an override, shown as such.
        QVERIFY(model.setAnswer(QStringLiteral("1.7.1"), QJsonObject{{QStringLiteral("count"), 10}, {QStringLiteral("of"), 15}}));
        QCOMPARE(model.report().item(QStringLiteral("1.7.1"))->fact.source, FactSource::Overridden);
        QCOMPARE(model.indexForItem(QStringLiteral("1.7.1"), ChecklistModel::AnswerColumn).data().toString(),
                 QStringLiteral("66,7% (10/15) (ghi đè kiểm kê)"));
        QCOMPARE(model.index(0, ChecklistModel::PointsColumn).data().toString(), QStringLiteral("50"));
        QCOMPARE(model.index(0, ChecklistModel::LevelColumn).data().toString(), QStringLiteral("Mức độ 2"));
        // Clearing the override gives the inventory's value back.
        QVERIFY(model.setAnswer(QStringLiteral("1.7.1"), QJsonValue(QJsonValue::Null)));
        QCOMPARE(model.report().item(QStringLiteral("1.7.1"))->fact.source, FactSource::Derived);
        // Refused values change nothing.
        QVERIFY(!model.setAnswer(QStringLiteral("1.7.2"), 9));
        QVERIFY(!model.setAnswer(QStringLiteral("9.9"), true));
        QCOMPARE(edited.size(), 3);  // 1.5.1, the override, its removal
    }

    void cappedGroupShowsBothLevels()
    {
        AssessmentSnapshot snapshot = seedSnapshot();
        snapshot.applyAnswer(QStringLiteral("2.1"), false, QString());
        snapshot.rescore();
        ChecklistModel model;
        model.setAssessment(snapshot);
        QCOMPARE(model.index(1, ChecklistModel::LevelColumn).data().toString(),
                 QStringLiteral("Mức độ 1 (theo điểm: Mức độ 2)"));
        QCOMPARE(model.indexForItem(QStringLiteral("2.1"), ChecklistModel::LevelColumn).data().toString(),
                 QStringLiteral("Không đạt"));
        QVERIFY(model.indexForItem(QStringLiteral("2.1")).data(Qt::ForegroundRole).isValid());
    }

    void evidenceModelIsSound()
    {
        EvidenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &EvidenceModel::entriesEdited);
        QCOMPARE(model.addEntry(), -1);  // no item shown yet
        model.setEntries(QStringLiteral("2.3.1"), {});
        QCOMPARE(model.addEntry(), 0);
        QVERIFY(model.setData(model.index(0, EvidenceModel::LocationColumn), QStringLiteral(" https://fbot.esoft.edu.vn ")));
        QVERIFY(model.setData(model.index(0, EvidenceModel::KindColumn), int(EvidenceKind::Link)));
        QVERIFY(!model.setData(model.index(0, EvidenceModel::KindColumn), 7));
        QVERIFY(!model.setData(model.index(0, EvidenceModel::CheckedColumn), QStringLiteral("x")));
        QCOMPARE(model.entries().constFirst().location, QStringLiteral("https://fbot.esoft.edu.vn"));
        QCOMPARE(edited.size(), 3);
        QCOMPARE(edited.constLast().at(0).toString(), QStringLiteral("2.3.1"));
        model.adoptStoredIds({EvidenceEntry{42, {}, {}, EvidenceKind::Link, {}, {}, {}, {}, {}}});
        model.setCheckResult(42, QDate(2024, 5, 2), QStringLiteral("Truy cập được (HTTP 200)"));
        QCOMPARE(model.index(0, EvidenceModel::CheckedColumn).data().toString(),
                 QStringLiteral("02/05/2024: Truy cập được (HTTP 200)"));
        QVERIFY(model.removeEntry(0));
        QCOMPARE(model.rowCount(), 0);
    }

    void improvementAndComparisonModelsAreSound()
    {
        const AssessmentSnapshot now = seedSnapshot();
        AssessmentSnapshot before = now;
        before.applyAnswer(QStringLiteral("2.4.1"), false, QString());
        before.rescore();
        ImprovementModel improvements;
        QAbstractItemModelTester improvementTester(&improvements, QAbstractItemModelTester::FailureReportingMode::QtTest);
        improvements.setPlan(now.index, planImprovements(*now.index, now.report));
        QVERIFY(improvements.rowCount() > 5);
        QCOMPARE(improvements.index(0, ImprovementModel::ItemColumn).data().toString(), QStringLiteral("1.5.1"));
        QCOMPARE(improvements.index(0, ImprovementModel::GroupAfterColumn).data().toString(),
                 QStringLiteral("Nhóm 1: 47 điểm, Mức độ 1"));
        YearComparisonModel comparison;
        QAbstractItemModelTester comparisonTester(&comparison, QAbstractItemModelTester::FailureReportingMode::QtTest);
        comparison.setReports(*now.index, now.report, QStringLiteral("2023 - 2024"), before.report,
                              QStringLiteral("2022 - 2023"));
        QCOMPARE(comparison.rowCount(), 2 + 7);
        QCOMPARE(comparison.headerData(YearComparisonModel::PreviousColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Năm học 2022 - 2023"));
        int row2 = -1;
        for (int row = 0; row < comparison.rowCount(); ++row) {
            if (comparison.index(row, 0).data().toString().startsWith(QStringLiteral("Nhóm 2")))
                row2 = row;
        }
        QVERIFY(row2 > 0);
        QCOMPARE(comparison.index(row2, YearComparisonModel::PreviousColumn).data().toString(),
                 QStringLiteral("50 (Mức độ 2)"));
        QCOMPARE(comparison.index(row2, YearComparisonModel::CurrentColumn).data().toString(),
                 QStringLiteral("58 (Mức độ 2)"));
        QCOMPARE(comparison.index(row2, YearComparisonModel::ChangeColumn).data().toString(), QStringLiteral("+8"));
        comparison.setReports(*now.index, now.report, QStringLiteral("2023 - 2024"), std::nullopt, QString());
        QVERIFY(!comparison.hasPrevious());
    }
};

QTEST_MAIN(TestIndexModels)
#include "tst_index_models.moc"
