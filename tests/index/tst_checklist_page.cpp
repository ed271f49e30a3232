#include "LocalHttpServer.h"

#include "index/Assessment.h"
#include "index/AssessmentRepository.h"
#include "index/ChecklistItemPanel.h"
#include "index/ChecklistModel.h"
#include "index/ChecklistPage.h"
#include "index/EvidenceModel.h"
#include "index/EvidencePanel.h"
#include "index/FactsFile.h"
#include "school/SchoolSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QNetworkProxy>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace sdx;

class TestChecklistPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    LocalHttpServer m_server;

    std::unique_ptr<SchoolSession> freshSession(bool seed)
    {
        auto opened = SchoolSession::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_counter)));
        if (!opened)
            return nullptr;
        std::unique_ptr<SchoolSession> session = std::move(opened.value());
        const Expected<SchoolYear> year = session->createYear(QStringLiteral("2022-2023"));
        if (!year)
            return nullptr;
        if (seed) {
            const Expected<FactsFileContent> content =
                FactsFile::read(QStringLiteral(SDX_TEST_DATA_DIR "/seed-002-facts.json"));
            if (!content || !Assessment(session->database()).importFacts(year->id, *content, QStringLiteral("mẫu")))
                return nullptr;
        }
        return session;
    }

    static QString cell(ChecklistPage &page, const char *itemId, int column)
    {
        return page.model()->indexForItem(QLatin1String(itemId), column).data().toString();
    }

    static QJsonValue stored(SchoolSession &session, const char *itemId)
    {
        const Expected<AssessmentSnapshot> snapshot = Assessment(session.database()).load(session.currentYear().id);
        return snapshot ? snapshot->answers.value(QLatin1String(itemId)).value : QJsonValue();
    }

private slots:
    void initTestCase()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void enteringAFactUpdatesPoints()
    {
        auto session = freshSession(false);
        QVERIFY(session);
        ChecklistPage page(session.get());
        page.setUserName(QStringLiteral("cô Lan"));
        QCOMPARE(page.model()->rowCount(), 2);
        auto *progress = page.findChild<QProgressBar *>(QStringLiteral("groupProgress1"));
        QVERIFY(progress);
        QCOMPARE(progress->value(), 0);

        page.selectItem(QStringLiteral("1.4"));
        auto *count = page.findChild<QSpinBox *>(QStringLiteral("countSpin"));
        QVERIFY(count && count->isVisibleTo(&page));
        count->setValue(25);
        QCOMPARE(cell(page, "1.4", ChecklistModel::PointsColumn), QStringLiteral("6"));
        QCOMPARE(cell(page, "1.4", ChecklistModel::LevelColumn), QStringLiteral("Mức độ 2"));
        QCOMPARE(page.model()->index(0, ChecklistModel::PointsColumn).data().toString(), QStringLiteral("6"));
        QCOMPARE(stored(*session, "1.4").toInt(), 25);
        QCOMPARE(progress->value(), 1);
        auto *explanation = page.findChild<QLabel *>(QStringLiteral("explanationLabel"));
        QCOMPARE(explanation->text(), QStringLiteral("1.4: 25 học liệu (từ 20 đến dưới 40) → 6/10 điểm"));

        page.selectItem(QStringLiteral("2.3.5"));
        auto *yes = page.findChild<QCheckBox *>(QStringLiteral("yesCheck"));
        QVERIFY(!yes->isChecked());
        yes->setChecked(true);
        QCOMPARE(cell(page, "2.3.5", ChecklistModel::PointsColumn), QStringLiteral("10"));
        QVERIFY(stored(*session, "2.3.5").toBool());

        page.selectItem(QStringLiteral("1.7.1"));
        auto *of = page.findChild<QSpinBox *>(QStringLiteral("shareOfSpin"));
        auto *share = page.findChild<QSpinBox *>(QStringLiteral("shareCountSpin"));
        of->setValue(15);
        share->setValue(8);
        QCOMPARE(cell(page, "1.7.1", ChecklistModel::PointsColumn), QStringLiteral("5"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("sharePercentLabel"))->text().contains(QStringLiteral("53,3%")));
        QCOMPARE(stored(*session, "1.7.1").toObject().value(QStringLiteral("count")).toInt(), 8);
        share->setValue(10);
        QCOMPARE(cell(page, "1.7.1", ChecklistModel::PointsColumn), QStringLiteral("8"));

        page.selectItem(QStringLiteral("1.7.2"));
        auto *level = page.findChild<QComboBox *>(QStringLiteral("levelCombo"));
        level->setCurrentIndex(level->findData(2));
        QCOMPARE(cell(page, "1.7.2", ChecklistModel::PointsColumn), QStringLiteral("5"));
        QCOMPARE(page.model()->indexForItem(QStringLiteral("1.7"), ChecklistModel::PointsColumn).isValid(), false);

        // Clearing an answer makes it "not answered" again, in the page and in the store.
        page.selectItem(QStringLiteral("1.4"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("clearButton")), Qt::LeftButton);
        QCOMPARE(cell(page, "1.4", ChecklistModel::AnswerColumn), QStringLiteral("chưa trả lời"));
        QVERIFY(stored(*session, "1.4").isNull());  // no row left
    }

    void mandatoryConditionsAreProminent()
    {
        auto session = freshSession(false);
        ChecklistPage page(session.get());
        page.selectItem(QStringLiteral("2.1"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("mandatoryLabel"))->isVisibleTo(&page));
        QVERIFY(cell(page, "2.1", ChecklistModel::TextColumn).contains(QStringLiteral("Điều kiện bắt buộc")));
        QCOMPARE(cell(page, "2.1", ChecklistModel::LevelColumn), QStringLiteral("Không đạt"));
        page.findChild<QCheckBox *>(QStringLiteral("yesCheck"))->setChecked(true);
        QCOMPARE(cell(page, "2.1", ChecklistModel::LevelColumn), QStringLiteral("Đạt"));
        page.selectItem(QStringLiteral("2.3.1"));
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("mandatoryLabel"))->isVisibleTo(&page));
    }

    void seedYearLoadsWithItsScores()
    {
        auto session = freshSession(true);
        ChecklistPage page(session.get());
        QCOMPARE(page.model()->index(0, ChecklistModel::PointsColumn).data().toString(), QStringLiteral("32"));
        QCOMPARE(page.model()->index(1, ChecklistModel::PointsColumn).data().toString(), QStringLiteral("58"));
        QCOMPARE(page.findChild<QProgressBar *>(QStringLiteral("groupProgress2"))->value(), 13);
        page.selectItem(QStringLiteral("1.3.3.2"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("explanationLabel"))->text(),
                 QStringLiteral("1.3.3.2: không tính vì chưa triển khai LMS/LCMS (1.3.2)"));
    }

    void addingAndCheckingEvidence()
    {
        auto session = freshSession(true);
        ChecklistPage page(session.get());
        page.selectItem(QStringLiteral("2.3.1"));
        EvidencePanel *evidence = page.itemPanel()->evidencePanel();
        auto *issues = evidence->findChild<QLabel *>(QStringLiteral("issuesLabel"));
        QVERIFY2(issues->text().contains(QStringLiteral("chưa có minh chứng")), qPrintable(issues->text()));
        EvidenceModel *model = evidence->model();

        QTest::mouseClick(evidence->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->setData(model->index(0, EvidenceModel::LocationColumn), m_server.url("/ok")));
        QVERIFY(model->setData(model->index(0, EvidenceModel::TitleColumn), QStringLiteral("Hệ thống quản trị")));
        QTest::mouseClick(evidence->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QVERIFY(model->setData(model->index(1, EvidenceModel::LocationColumn), QStringLiteral("http://")));
        QVERIFY2(issues->text().contains(QStringLiteral("chỗ trống chờ điền")), qPrintable(issues->text()));
        QVERIFY(!issues->text().contains(QStringLiteral("chưa có minh chứng")));
        QCOMPARE(cell(page, "2.3.1", ChecklistModel::EvidenceColumn), QStringLiteral("2 ⚠"));  // the placeholder entry is marked

        Expected<EvidenceMap> saved = AssessmentRepository(session->database()).loadEvidence(session->currentYear().id);
        QVERIFY(saved);
        QCOMPARE(saved->value(QStringLiteral("2.3.1")).size(), 2);
        QCOMPARE(saved->value(QStringLiteral("2.3.1")).at(0).title, QStringLiteral("Hệ thống quản trị"));

        QSignalSpy finished(evidence->linkChecker(), &LinkChecker::finished);
        auto *check = evidence->findChild<QPushButton *>(QStringLiteral("checkLinksButton"));
        QVERIFY(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        saved = AssessmentRepository(session->database()).loadEvidence(session->currentYear().id);
        const EvidenceEntry first = saved->value(QStringLiteral("2.3.1")).at(0);
        QCOMPARE(first.lastChecked, QDate::currentDate());
        QCOMPARE(first.lastResult, QStringLiteral("Truy cập được (HTTP 200)"));
        QVERIFY(model->index(0, EvidenceModel::CheckedColumn).data().toString().contains(QStringLiteral("HTTP 200")));

        QVERIFY(!evidence->findChild<QPushButton *>(QStringLiteral("removeButton"))->isHidden());
        QVERIFY(model->removeEntry(1));
        saved = AssessmentRepository(session->database()).loadEvidence(session->currentYear().id);
        QCOMPARE(saved->value(QStringLiteral("2.3.1")).size(), 1);
        QCOMPARE(saved->value(QStringLiteral("2.3.1")).at(0).lastResult, QStringLiteral("Truy cập được (HTTP 200)"));
    }

    void noYearIsExplained()
    {
        auto opened = SchoolSession::open(m_dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(opened);
        ChecklistPage page(opened->get());
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("titleLabel"))->text().contains(QStringLiteral("Chưa có năm học")));
    }
};

QTEST_MAIN(TestChecklistPage)
#include "tst_checklist_page.moc"
