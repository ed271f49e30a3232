// The checklist as a reviewer uses it: manual lower scores, overrides of inventory facts, the
// readings SchoolDX chose, and evidence (add, edit, open, remove, check, flags). Offscreen.
#include "LocalHttpServer.h"

#include "index/Assessment.h"
#include "index/AssessmentRepository.h"
#include "index/ChecklistItemPanel.h"
#include "index/ChecklistModel.h"
#include "index/ChecklistPage.h"
#include "index/EvidenceEntryDialog.h"
#include "index/EvidenceModel.h"
#include "index/EvidencePanel.h"
#include "index/FactsFile.h"
#include "index/ResultsPage.h"
#include "samples/SampleSchool.h"
#include "school/SchoolSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPlainTextEdit>
#include <QDesktopServices>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkProxy>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>

using namespace sdx;

/// Receives the URLs the evidence panel asks the desktop to open, instead of a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened << url; }
};

class TestChecklistReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    LocalHttpServer m_server;
    UrlCatcher m_catcher;

    /// A school with one year; `seed`: the seed school's answers (no inventory, no evidence).
    std::unique_ptr<SchoolSession> freshSession(bool seed)
    {
        auto opened = SchoolSession::open(m_dir.filePath(QStringLiteral("v%1.sqlite").arg(++m_counter)));
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

    /// The sample school: inventory (derived facts), answers and evidence.
    std::unique_ptr<SchoolSession> sampleSession()
    {
        auto opened = SchoolSession::open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_counter)));
        if (!opened)
            return nullptr;
        std::unique_ptr<SchoolSession> session = std::move(opened.value());
        if (!SampleSchool::create(*session))
            return nullptr;
        return session;
    }

    /// Shown at a real size, so that every button of the panel is laid out and can be clicked.
    static void showPage(ChecklistPage &page)
    {
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
    }

    static QModelIndex cellIndex(ChecklistPage &page, const char *itemId, int column)
    {
        return page.model()->indexForItem(QLatin1String(itemId), column);
    }

    static QString cell(ChecklistPage &page, const char *itemId, int column)
    {
        return cellIndex(page, itemId, column).data().toString();
    }

    template<typename T>
    static T *child(QWidget &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    static AssessmentSnapshot stored(SchoolSession &session)
    {
        const Expected<AssessmentSnapshot> snapshot = Assessment(session.database()).load(session.currentYear().id);
        return snapshot ? *snapshot : AssessmentSnapshot();
    }

    static QList<EvidenceEntry> storedEvidence(SchoolSession &session, const char *itemId)
    {
        return stored(session).evidence.value(QLatin1String(itemId));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        for (const char *scheme : {"http", "https", "file"})
            QDesktopServices::setUrlHandler(QLatin1String(scheme), &m_catcher, "open");
    }

    void cleanupTestCase()
    {
        for (const char *scheme : {"http", "https", "file"})
            QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
    }

    void adjustingLowersPointsWithAReason()
    {
        auto session = freshSession(true);
        QVERIFY(session);
        ChecklistPage page(session.get());
        showPage(page);
        page.setUserName(QStringLiteral("cô Lan"));
        page.selectItem(QStringLiteral("1.6.1"));  // 15/15 teachers: the rule gives 7
        QCOMPARE(cell(page, "1.6.1", ChecklistModel::PointsColumn), QStringLiteral("7"));
        auto *box = child<QWidget>(page, "adjustBox");
        auto *points = child<QDoubleSpinBox>(page, "adjustPointsSpin");
        auto *reason = child<QLineEdit>(page, "adjustReasonEdit");
        auto *by = child<QLineEdit>(page, "adjustByEdit");
        auto *save = child<QPushButton>(page, "adjustSaveButton");
        auto *message = child<QLabel>(page, "adjustMessageLabel");
        QVERIFY(box->isVisibleTo(&page));
        auto *toggle = child<QToolButton>(page, "adjustToggle");
        QVERIFY(!save->isVisibleTo(&page));  // folded until asked for
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(save->isVisibleTo(&page));
        QVERIFY(points->isEnabled());
        QCOMPARE(by->text(), QStringLiteral("cô Lan"));

        // The spin box is bounded by the rule's maximum for the tier reached.
        QCOMPARE(points->maximum(), 7.0);
        points->setValue(9);
        QCOMPARE(points->value(), 7.0);

        // No reason: refused, nothing stored, the points stay the rule's.
        points->setValue(5);
        reason->clear();
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(message->text().contains(QStringLiteral("lý do")), qPrintable(message->text()));
        QVERIFY(stored(*session).adjustments.isEmpty());
        QCOMPARE(cell(page, "1.6.1", ChecklistModel::PointsColumn), QStringLiteral("7"));

        // Above the rule's points (not reachable through the spin box, but through the page's API): refused.
        const Status higher = page.adjustItem(QStringLiteral("1.6.1"), Adjustment{8, QStringLiteral("x"), QString()});
        QVERIFY(!higher);
        QVERIFY2(higher.message().contains(QStringLiteral("chỉ được điều chỉnh giảm")), qPrintable(higher.message()));
        QVERIFY2(message->text().contains(QStringLiteral("chỉ được điều chỉnh giảm")), qPrintable(message->text()));
        QVERIFY(stored(*session).adjustments.isEmpty());

        reason->setText(QStringLiteral("chỉ 12 giáo viên dùng tài khoản thường xuyên"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(cell(page, "1.6.1", ChecklistModel::PointsColumn), QStringLiteral("5 ✎"));
        const QModelIndex pointsCell = cellIndex(page, "1.6.1", ChecklistModel::PointsColumn);
        QVERIFY(pointsCell.data(ChecklistModel::AdjustedRole).toBool());
        QVERIFY(pointsCell.data(Qt::FontRole).value<QFont>().italic());
        const QString tip = pointsCell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Điều chỉnh thủ công: 7 → 5 điểm, lý do: chỉ 12 giáo viên")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("cô Lan")));
        QCOMPARE(page.model()->index(0, ChecklistModel::PointsColumn).data().toString(), QStringLiteral("30"));  // 32 − 2
        QVERIFY(child<QLabel>(page, "adjustStateLabel")->text().contains(QStringLiteral("Đã điều chỉnh")));
        const Adjustments saved = stored(*session).adjustments;
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.value(QStringLiteral("1.6.1")).points, 5.0);
        QCOMPARE(saved.value(QStringLiteral("1.6.1")).by, QStringLiteral("cô Lan"));

        // Mandatory conditions have no points to lower.
        page.selectItem(QStringLiteral("2.1"));
        QVERIFY(!box->isVisibleTo(&page));
        // An item without points cannot be lowered.
        page.selectItem(QStringLiteral("1.5.1"));
        QVERIFY(box->isVisibleTo(&page));
        QVERIFY(!toggle->isEnabled());
        QVERIFY(!save->isEnabled());
    }

    void adjustmentSurvivesReloadAndIsCleared()
    {
        auto session = freshSession(true);
        QVERIFY(session);
        QVERIFY(Assessment(session->database())
                    .setAdjustment(session->currentYear().id, QStringLiteral("1.7.1"),
                                   Adjustment{3.5, QStringLiteral("máy chiếu hỏng một nửa"), QStringLiteral("thầy Tú")}));
        ChecklistPage page(session.get());
        showPage(page);
        QCOMPARE(cell(page, "1.7.1", ChecklistModel::PointsColumn), QStringLiteral("3,5 ✎"));
        page.selectItem(QStringLiteral("1.7.1"));
        QCOMPARE(child<QLineEdit>(page, "adjustReasonEdit")->text(), QStringLiteral("máy chiếu hỏng một nửa"));
        QCOMPARE(child<QDoubleSpinBox>(page, "adjustPointsSpin")->value(), 3.5);
        QCOMPARE(child<QLineEdit>(page, "adjustByEdit")->text(), QStringLiteral("thầy Tú"));

        // The results page says which points were lowered by hand, and why.
        ResultsPage results(session.get());
        auto *adjusted = child<QLabel>(results, "groupAdjusted1");
        QVERIFY(adjusted);
        QVERIFY2(adjusted->text().contains(QStringLiteral("1.7.1: 5 → 3,5 điểm")), qPrintable(adjusted->text()));
        QVERIFY(adjusted->text().contains(QStringLiteral("máy chiếu hỏng một nửa")));
        QVERIFY(!results.findChild<QLabel *>(QStringLiteral("groupAdjusted2")));

        auto *clear = child<QPushButton>(page, "adjustClearButton");
        QVERIFY(clear->isVisibleTo(&page));
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(cell(page, "1.7.1", ChecklistModel::PointsColumn), QStringLiteral("5"));
        QVERIFY(!cellIndex(page, "1.7.1", ChecklistModel::PointsColumn).data(ChecklistModel::AdjustedRole).toBool());
        QVERIFY(stored(*session).adjustments.isEmpty());
        QVERIFY(!clear->isVisibleTo(&page));
    }

    void singleItemCriterionShowsItsAdjustment()
    {
        auto session = freshSession(false);
        QVERIFY(session);
        ChecklistPage page(session.get());
        page.selectItem(QStringLiteral("1.4"));
        child<QSpinBox>(page, "countSpin")->setValue(45);
        QCOMPARE(cell(page, "1.4", ChecklistModel::PointsColumn), QStringLiteral("10"));
        QVERIFY(page.adjustItem(QStringLiteral("1.4"), Adjustment{7, QStringLiteral("một số học liệu trùng"), QString()}));
        QCOMPARE(cell(page, "1.4", ChecklistModel::PointsColumn), QStringLiteral("7 ✎"));
        QCOMPARE(cell(page, "1.4", ChecklistModel::LevelColumn), QStringLiteral("Mức độ 3"));  // "trên 6" reading
        QVERIFY(cellIndex(page, "1.4", ChecklistModel::PointsColumn).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("10 → 7 điểm")));
    }

    void overrideOfDerivedFactIsShownAndReverted()
    {
        auto session = sampleSession();
        QVERIFY(session);
        const AssessmentSnapshot before = stored(*session);
        const DerivedFact *derived = before.derivedFact(QStringLiteral("1.7.1"));
        QVERIFY(derived);
        const qint64 of = derived->value.toObject().value(QStringLiteral("of")).toInteger();
        const qint64 count = derived->value.toObject().value(QStringLiteral("count")).toInteger();
        QVERIFY(of > 1);

        ChecklistPage page(session.get());
        showPage(page);
        page.setUserName(QStringLiteral("thầy Tú"));
        page.selectItem(QStringLiteral("1.7.1"));
        auto *provenance = child<QLabel>(page, "provenanceLabel");
        auto *useDerived = child<QPushButton>(page, "useDerivedButton");
        QVERIFY2(cell(page, "1.7.1", ChecklistModel::AnswerColumn).endsWith(QStringLiteral("(kiểm kê)")),
                 qPrintable(cell(page, "1.7.1", ChecklistModel::AnswerColumn)));
        QVERIFY2(provenance->text().contains(QStringLiteral("từ kiểm kê")), qPrintable(provenance->text()));
        QVERIFY(!useDerived->isVisibleTo(&page));

        // Typing another value over the inventory's is an override, by whom and when.
        auto *shareCount = child<QSpinBox>(page, "shareCountSpin");
        QCOMPARE(qint64(shareCount->value()), count);
        shareCount->setValue(int(count == 0 ? 1 : count - 1));
        QVERIFY(cell(page, "1.7.1", ChecklistModel::AnswerColumn).endsWith(QStringLiteral("(ghi đè kiểm kê)")));
        QVERIFY2(provenance->text().contains(QStringLiteral("ghi đè số liệu kiểm kê bởi thầy Tú lúc ")),
                 qPrintable(provenance->text()));
        QVERIFY(provenance->text().contains(QStringLiteral("Giá trị từ kiểm kê (đang bị ghi đè): %1/%2").arg(count).arg(of))
                || provenance->text().contains(QStringLiteral("(%1/%2)").arg(count).arg(of)));
        QVERIFY(useDerived->isVisibleTo(&page));
        QCOMPARE(useDerived->text(), QStringLiteral("Dùng lại giá trị từ kiểm kê"));
        AssessmentSnapshot after = stored(*session);
        QVERIFY(after.overrides.contains(QStringLiteral("1.7.1")));
        QCOMPARE(after.overrides.value(QStringLiteral("1.7.1")).by, QStringLiteral("thầy Tú"));
        QVERIFY(after.overrides.value(QStringLiteral("1.7.1")).at.isValid());
        QCOMPARE(after.report.item(QStringLiteral("1.7.1"))->fact.source, FactSource::Overridden);

        // Read again from the database: still shown as overridden, by whom and when.
        ChecklistPage again(session.get());
        again.selectItem(QStringLiteral("1.7.1"));
        QVERIFY(child<QLabel>(again, "provenanceLabel")->text().contains(QStringLiteral("bởi thầy Tú lúc ")));
        QVERIFY(cellIndex(again, "1.7.1", ChecklistModel::AnswerColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Giá trị từ kiểm kê bị ghi đè")));

        QTest::mouseClick(useDerived, Qt::LeftButton);
        QVERIFY(cell(page, "1.7.1", ChecklistModel::AnswerColumn).endsWith(QStringLiteral("(kiểm kê)")));
        QCOMPARE(qint64(shareCount->value()), count);
        QVERIFY(!useDerived->isVisibleTo(&page));
        after = stored(*session);
        QVERIFY(!after.overrides.contains(QStringLiteral("1.7.1")));
        QCOMPARE(after.report.item(QStringLiteral("1.7.1"))->fact.source, FactSource::Derived);
    }

    void readingsAreShownWhereTheyMatter()
    {
        auto session = freshSession(false);
        QVERIFY(session);
        ChecklistPage page(session.get());
        auto *readings = child<QLabel>(page, "unverifiedLabel");
        const QString applies = QStringLiteral("câu trả lời hiện tại thuộc trường hợp này");

        page.selectItem(QStringLiteral("1.4"));
        QVERIFY(readings->isVisibleTo(&page));
        QVERIFY(readings->text().contains(QStringLiteral("Cách hiểu của SchoolDX")));
        QVERIFY2(readings->text().contains(QStringLiteral("từ 40 trở lên")), qPrintable(readings->text()));
        QVERIFY(readings->text().contains(QStringLiteral("Mức độ 3 của tiêu chí 1.4")));
        QVERIFY(!readings->text().contains(applies));
        child<QSpinBox>(page, "countSpin")->setValue(40);
        QCOMPARE(readings->text().count(applies), 2);  // the 40 tier and the "trên 6" band
        child<QSpinBox>(page, "countSpin")->setValue(25);
        QVERIFY(!readings->text().contains(applies));

        page.selectItem(QStringLiteral("1.3.3.1"));
        QVERIFY2(readings->text().contains(QStringLiteral("4 × 6")), qPrintable(readings->text()));
        page.selectItem(QStringLiteral("2.3.3"));
        QVERIFY(readings->text().contains(QStringLiteral("70 − 50")));
        page.selectItem(QStringLiteral("1.6.1"));
        QVERIFY2(readings->text().contains(QStringLiteral("0%&quot; của mục 1.6.1")), qPrintable(readings->text()));
        page.selectItem(QStringLiteral("2.1"));
        QVERIFY(readings->text().contains(QStringLiteral("Điều kiện bắt buộc chưa đạt")));
        QVERIFY(readings->text().contains(applies));  // not answered: the cap applies
        page.selectItem(QStringLiteral("2.3.1"));
        QVERIFY(!readings->isVisibleTo(&page));
    }

    void answeredWithoutEvidenceIsFlagged()
    {
        auto session = freshSession(true);
        QVERIFY(session);
        ChecklistPage page(session.get());
        showPage(page);
        const QModelIndex flagged = cellIndex(page, "2.3.1", ChecklistModel::EvidenceColumn);
        QVERIFY(flagged.data(ChecklistModel::EvidenceMissingRole).toBool());
        QCOMPARE(flagged.data().toString(), QStringLiteral("⚠ thiếu"));
        QVERIFY(flagged.data(Qt::ToolTipRole).toString().contains(QStringLiteral("chưa có minh chứng")));
        // The wording elided in the tree is whole in the tooltip.
        const QString wording = page.model()->snapshot().index->item(QStringLiteral("2.3.8"))->text;
        QVERIFY(cellIndex(page, "2.3.8", ChecklistModel::TextColumn).data(Qt::ToolTipRole).toString().contains(wording));
        // Answered "không": nothing to prove.
        QVERIFY(!cellIndex(page, "2.3.3", ChecklistModel::EvidenceColumn).data(ChecklistModel::EvidenceMissingRole).toBool());
        QCOMPARE(cell(page, "2.3.3", ChecklistModel::EvidenceColumn), QString());
        // A mandatory condition answered "có" (a single-item criterion row) is flagged too.
        QVERIFY(cellIndex(page, "2.1", ChecklistModel::EvidenceColumn).data(ChecklistModel::EvidenceMissingRole).toBool());

        // Answering "có" raises the flag; the first evidence clears it.
        page.selectItem(QStringLiteral("2.3.3"));
        child<QCheckBox>(page, "yesCheck")->setChecked(true);
        QVERIFY(cellIndex(page, "2.3.3", ChecklistModel::EvidenceColumn).data(ChecklistModel::EvidenceMissingRole).toBool());
        EvidencePanel *evidence = page.itemPanel()->evidencePanel();
        QTest::mouseClick(child<QPushButton>(*evidence, "addButton"), Qt::LeftButton);
        evidence->model()->setData(evidence->model()->index(0, EvidenceModel::LocationColumn),
                                   QStringLiteral("https://csdl.moet.gov.vn"));
        QVERIFY(!cellIndex(page, "2.3.3", ChecklistModel::EvidenceColumn).data(ChecklistModel::EvidenceMissingRole).toBool());
        QCOMPARE(cell(page, "2.3.3", ChecklistModel::EvidenceColumn), QStringLiteral("1"));
    }

    void evidenceIsAddedEditedOpenedAndRemoved()
    {
        auto session = freshSession(true);
        QVERIFY(session);
        ChecklistPage page(session.get());
        showPage(page);
        page.selectItem(QStringLiteral("2.3.1"));
        EvidencePanel *evidence = page.itemPanel()->evidencePanel();
        EvidenceModel *model = evidence->model();
        auto *table = child<QTableView>(*evidence, "evidenceTable");
        auto *issues = child<QLabel>(*evidence, "issuesLabel");
        auto *message = child<QLabel>(*evidence, "messageLabel");

        // A document, written as its parts in the entry dialog: reference, issuer, notes.
        QTest::mouseClick(child<QPushButton>(*evidence, "addDocumentButton"), Qt::LeftButton);
        auto *dialog = evidence->findChild<EvidenceEntryDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        child<QLineEdit>(*dialog, "titleEdit")->setText(QStringLiteral("Quy chế sử dụng hệ thống"));
        QCOMPARE(child<QComboBox>(*dialog, "documentTypeCombo")->currentText(), QStringLiteral("Quyết định"));
        child<QLineEdit>(*dialog, "symbolEdit")->setText(QStringLiteral("QĐ-CVA"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "numberEdit"), QStringLiteral("11"));  // typed, as a user does
        auto *problems = child<QLabel>(*dialog, "problemsLabel");
        QVERIFY2(problems->text().contains(QStringLiteral("chưa ghi ngày ban hành")), qPrintable(problems->text()));
        child<QDateEdit>(*dialog, "dateEdit")->setDate(QDate(2023, 2, 15));
        QVERIFY2(problems->isHidden(), qPrintable(problems->text()));
        QVERIFY(child<QLabel>(*dialog, "referenceLabel")->text().contains(QStringLiteral("Quyết định số 11/QĐ-CVA ngày 15/02/2023")));
        child<QLineEdit>(*dialog, "issuerEdit")->setText(QStringLiteral("Trường Tiểu học Chu Văn An"));
        child<QPlainTextEdit>(*dialog, "notesEdit")->setPlainText(QStringLiteral("bản lưu ở văn thư"));
        dialog->accept();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->entries().at(0).kind, EvidenceKind::Document);
        QVERIFY2(issues->isHidden(), qPrintable(issues->text()));
        QList<EvidenceEntry> saved = storedEvidence(*session, "2.3.1");
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).title, QStringLiteral("Quy chế sử dụng hệ thống"));
        QCOMPARE(saved.at(0).location, QStringLiteral("Quyết định số 11/QĐ-CVA ngày 15/02/2023"));
        QCOMPARE(saved.at(0).issuer, QStringLiteral("Trường Tiểu học Chu Văn An"));
        QCOMPARE(saved.at(0).notes, QStringLiteral("bản lưu ở văn thư"));

        // Editing it again: the dialog reads the reference back into its parts.
        table->setCurrentIndex(model->index(0, EvidenceModel::TitleColumn));
        QVERIFY(child<QPushButton>(*evidence, "editButton")->isEnabled());
        EvidenceEntryDialog *edit = evidence->editSelected();
        QVERIFY(edit);
        QCOMPARE(child<QLineEdit>(*edit, "numberEdit")->text(), QStringLiteral("11"));
        QCOMPARE(child<QLineEdit>(*edit, "symbolEdit")->text(), QStringLiteral("QĐ-CVA"));
        QCOMPARE(child<QDateEdit>(*edit, "dateEdit")->date(), QDate(2023, 2, 15));
        child<QDateEdit>(*edit, "dateEdit")->setDate(QDate(2023, 2, 16));
        edit->accept();
        saved = storedEvidence(*session, "2.3.1");
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).location, QStringLiteral("Quyết định số 11/QĐ-CVA ngày 16/02/2023"));
        QCOMPARE(saved.at(0).issuer, QStringLiteral("Trường Tiểu học Chu Văn An"));
        // Table editing stays available too.
        QVERIFY(model->setData(model->index(0, EvidenceModel::NotesColumn), QStringLiteral("bản gốc ở văn thư")));
        QCOMPARE(storedEvidence(*session, "2.3.1").at(0).notes, QStringLiteral("bản gốc ở văn thư"));
        // A paper document has nothing to open.
        table->setCurrentIndex(model->index(0, EvidenceModel::TitleColumn));
        QVERIFY(!child<QPushButton>(*evidence, "openButton")->isEnabled());
        QVERIFY(!evidence->openSelected());
        QVERIFY(message->isVisibleTo(&page));

        // A file on this computer, then a missing one.
        const QString path = m_dir.filePath(QStringLiteral("bien-ban-hop.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n");
        file.close();
        evidence->addFile(path);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->entries().at(1).kind, EvidenceKind::File);
        QCOMPARE(model->entries().at(1).title, QStringLiteral("bien-ban-hop"));
        table->setCurrentIndex(model->index(1, EvidenceModel::TitleColumn));
        QVERIFY(child<QPushButton>(*evidence, "openButton")->isEnabled());
        m_catcher.opened.clear();
        QVERIFY(evidence->openSelected());
        QCOMPARE(m_catcher.opened, QList<QUrl>{QUrl::fromLocalFile(path)});
        evidence->addFile(m_dir.filePath(QStringLiteral("khong-co.pdf")));
        QVERIFY2(issues->text().contains(QStringLiteral("không tìm thấy tệp")), qPrintable(issues->text()));
        table->setCurrentIndex(model->index(2, EvidenceModel::TitleColumn));
        QVERIFY(!evidence->openSelected());
        QVERIFY(message->text().contains(QStringLiteral("Không tìm thấy tệp")));

        // A link, then the same link again: a duplicate; opening a link goes to the browser.
        QTest::mouseClick(child<QPushButton>(*evidence, "addButton"), Qt::LeftButton);
        QVERIFY(model->setData(model->index(3, EvidenceModel::LocationColumn), m_server.url("/ok")));
        QTest::mouseClick(child<QPushButton>(*evidence, "addButton"), Qt::LeftButton);
        QVERIFY(model->setData(model->index(4, EvidenceModel::LocationColumn), m_server.url("/ok")));
        QVERIFY2(issues->text().contains(QStringLiteral("trùng với minh chứng 4")), qPrintable(issues->text()));
        table->setCurrentIndex(model->index(3, EvidenceModel::LocationColumn));
        m_catcher.opened.clear();
        QVERIFY(evidence->openSelected());
        QCOMPARE(m_catcher.opened, QList<QUrl>{QUrl(m_server.url("/ok"))});
        QCOMPARE(storedEvidence(*session, "2.3.1").size(), 5);
        QCOMPARE(cell(page, "2.3.1", ChecklistModel::EvidenceColumn), QStringLiteral("5 ⚠"));

        // Editing the title of a stored entry is stored.
        QVERIFY(model->setData(model->index(3, EvidenceModel::TitleColumn), QStringLiteral("Hệ thống quản trị")));
        QCOMPARE(storedEvidence(*session, "2.3.1").at(3).title, QStringLiteral("Hệ thống quản trị"));

        // Removing the duplicate and the missing file (select, then "Xóa").
        table->setCurrentIndex(model->index(4, EvidenceModel::TitleColumn));
        QTest::mouseClick(child<QPushButton>(*evidence, "removeButton"), Qt::LeftButton);
        table->setCurrentIndex(model->index(2, EvidenceModel::TitleColumn));
        QTest::mouseClick(child<QPushButton>(*evidence, "removeButton"), Qt::LeftButton);
        saved = storedEvidence(*session, "2.3.1");
        QCOMPARE(saved.size(), 3);
        QCOMPARE(saved.at(2).title, QStringLiteral("Hệ thống quản trị"));
        QVERIFY2(issues->isHidden(), qPrintable(issues->text()));
        QCOMPARE(cell(page, "2.3.1", ChecklistModel::EvidenceColumn), QStringLiteral("3"));

        // The reachability check: a progress bar, and the date checked recorded for each link.
        QSignalSpy finished(evidence->linkChecker(), &LinkChecker::finished);
        QTest::mouseClick(child<QPushButton>(*evidence, "checkLinksButton"), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        auto *progress = child<QProgressBar>(*evidence, "checkProgress");
        QVERIFY(progress->isVisibleTo(&page));
        QCOMPARE(progress->value(), progress->maximum());
        QCOMPARE(progress->text(), QStringLiteral("1/1 liên kết truy cập được"));
        saved = storedEvidence(*session, "2.3.1");
        QCOMPARE(saved.at(2).lastChecked, QDate::currentDate());
        QVERIFY(!saved.at(0).lastChecked.isValid());  // a document is not a link

        // Removing everything raises the flag again.
        while (model->rowCount() > 0) {
            table->setCurrentIndex(model->index(0, EvidenceModel::TitleColumn));
            QTest::mouseClick(child<QPushButton>(*evidence, "removeButton"), Qt::LeftButton);
        }
        QVERIFY(storedEvidence(*session, "2.3.1").isEmpty());
        QVERIFY(cellIndex(page, "2.3.1", ChecklistModel::EvidenceColumn).data(ChecklistModel::EvidenceMissingRole).toBool());
    }

    void screenshots()
    {
        // Written only on request: SDX_SCREENSHOT_DIR=docs/screenshots.
        const QString folder = qEnvironmentVariable("SDX_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("SDX_SCREENSHOT_DIR not set");
        QVERIFY(QDir().mkpath(folder));
        auto session = sampleSession();
        QVERIFY(session);
        AssessmentRepository repository(session->database());
        EvidenceEntry record;
        record.itemId = QStringLiteral("1.7.1");
        record.kind = EvidenceKind::Document;
        record.title = QStringLiteral("Biên bản kiểm kê thiết bị phòng học");
        record.location = QStringLiteral("Biên bản số 05/BB-THCVA ngày 30/09/2022");
        record.issuer = QStringLiteral("Trường Tiểu học Chu Văn An");
        QVERIFY(repository.addEvidence(session->currentYear().id, record));
        EvidenceEntry photos = record;
        photos.kind = EvidenceKind::Link;
        photos.title = QStringLiteral("Ảnh các phòng học có máy chiếu");
        photos.location = QStringLiteral("https://thchuvanan.edu.vn/co-so-vat-chat");
        photos.issuer.clear();
        QVERIFY(repository.addEvidence(session->currentYear().id, photos));
        ChecklistPage page(session.get());
        page.setUserName(QStringLiteral("Hiệu trưởng"));
        page.resize(1400, 900);
        page.show();
        page.selectItem(QStringLiteral("1.7.1"));
        QTest::qWait(50);
        QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("checklist-page.png"))));

        QVERIFY(page.adjustItem(QStringLiteral("1.6.1"),
                                Adjustment{5, QStringLiteral("chỉ 12 giáo viên dùng tài khoản thường xuyên"),
                                           QStringLiteral("Hiệu trưởng")}));
        page.selectItem(QStringLiteral("1.6.1"));
        QTest::qWait(50);
        QVERIFY(page.grab().save(QDir(folder).filePath(QStringLiteral("checklist-adjusted.png"))));

        // The entry dialog of a stored document (the sample's 2.3.1).
        page.selectItem(QStringLiteral("2.3.1"));
        EvidencePanel *evidence = page.itemPanel()->evidencePanel();
        child<QTableView>(*evidence, "evidenceTable")->setCurrentIndex(evidence->model()->index(0, 0));
        EvidenceEntryDialog *dialog = evidence->editSelected();
        QVERIFY(dialog);
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("evidence-entry-dialog.png"))));
        dialog->reject();

        ResultsPage results(session.get());
        results.resize(1400, 1000);
        results.show();
        QTest::qWait(50);
        QVERIFY(results.grab().save(QDir(folder).filePath(QStringLiteral("results-page.png"))));
    }
};

QTEST_MAIN(TestChecklistReview)
#include "tst_checklist_review.moc"
