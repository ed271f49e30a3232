// The exchange page offscreen: the school finalises and exports; the receiving office imports a
// folder of generated school files and sees the summary rows, the lists, the charts and a record.
#include "ExchangeTestSupport.h"
#include "../gui/GuiTestSupport.h"

#include "exchange/ExchangePage.h"
#include "exchange/ExchangeReceivePanel.h"
#include "exchange/ExchangeSendPanel.h"
#include "exchange/IndicatorsModel.h"
#include "exchange/ReceivedRecordDialog.h"
#include "exchange/SummaryCharts.h"
#include "exchange/SummaryTableModel.h"
#include "exchange/ExchangeWriter.h"
#include "exchange/ReceivingStore.h"
#include "exchange/YearLock.h"
#include "index/Assessment.h"
#include "index/FactsFile.h"
#include "school/SchoolSession.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;
using namespace sdx::gui;

class TestExchangePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SchoolSession> m_session;
    QString m_inbox;

private slots:
    void initTestCase()
    {
        auto session = SchoolSession::open(m_dir.filePath(QStringLiteral("truong.sqlite")));
        QVERIFY(session);
        m_session = std::move(session.value());
        SchoolProfile profile;
        profile.name = QStringLiteral("Trường Tiểu học Chu Văn An");
        profile.code = QStringLiteral("67000123");
        profile.authority = QStringLiteral("UBND XÃ ĐỨC AN");
        profile.placeName = QStringLiteral("Đức An");
        profile.principalName = QStringLiteral("Nguyễn Thị Hoa");
        QVERIFY(m_session->saveProfile(profile));
        QVERIFY(m_session->createYear(QStringLiteral("2024-2025")));
        const Expected<FactsFileContent> facts = FactsFile::read(QStringLiteral(SDX_SAMPLES_DIR "/seed-002-facts.json"));
        QVERIFY(facts);
        QVERIFY(Assessment(m_session->database()).importFacts(m_session->currentYear().id, *facts, QStringLiteral("Bình")));

        // A commune's inbox: 30 schools, one of them twice (revisions 1 and 2), and a damaged file.
        m_inbox = m_dir.filePath(QStringLiteral("hop-thu"));
        QVERIFY(QDir().mkpath(m_inbox));
        static const QStringList names{QStringLiteral("Trường Tiểu học Kim Đồng"), QStringLiteral("Trường THCS Lê Lợi"),
                                       QStringLiteral("Trường Tiểu học Võ Thị Sáu")};
        for (int i = 0; i < 30; ++i) {
            const QString code = QStringLiteral("6701%1").arg(i, 4, 10, QLatin1Char('0'));
            const ExchangeDocument document = test::makeDocument(test::testScorer(), code,
                                                                 names.at(i % 3) + QStringLiteral(" %1").arg(i),
                                                                 test::variedFacts(i), i == 7 ? 2 : 1);
            QVERIFY(ExchangeWriter::writeFile(document, QDir(m_inbox).filePath(code + QStringLiteral(".sdx"))));
        }
        QVERIFY(ExchangeWriter::writeFile(test::makeDocument(test::testScorer(), QStringLiteral("67010007"),
                                                             QStringLiteral("Trường THCS Lê Lợi 7"), test::variedFacts(7), 1),
                                          QDir(m_inbox).filePath(QStringLiteral("67010007-cu.sdx"))));
        QFile damaged(QDir(m_inbox).filePath(QStringLiteral("truong-hong.sdx")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("{\"format\": \"schooldx-exchange\", \"formatVersion\": 1, \"school\": {");
    }

    void schoolSideFinalisesAndExports()
    {
        ExchangePage page(m_session.get());
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ExchangeSendPanel *send = page.sendPanel();
        auto *state = send->findChild<QLabel *>(QStringLiteral("yearStateLabel"));
        auto *exportButton = send->findChild<QPushButton *>(QStringLiteral("exportButton"));
        auto *finaliseButton = send->findChild<QPushButton *>(QStringLiteral("finaliseButton"));
        QVERIFY(state && exportButton && finaliseButton);
        QVERIFY2(state->text().contains(QStringLiteral("đang soạn")), qPrintable(state->text()));
        QVERIFY(!exportButton->isEnabled());
        QVERIFY(finaliseButton->isEnabled());
        auto *indicators = send->findChild<QTableView *>(QStringLiteral("indicatorsView"));
        QAbstractItemModelTester tester(indicators->model());
        QVERIFY(indicators->model()->setData(indicators->model()->index(3, IndicatorsModel::ValueColumn), 21));
        send->findChild<QPushButton *>(QStringLiteral("saveIndicatorsButton"))->click();
        QVERIFY2(send->statusText().contains(QStringLiteral("Đã lưu chỉ số")), qPrintable(send->statusText()));
        saveScreenshotIfAsked(&page, QStringLiteral("exchange-send-draft"));

        QVERIFY(YearLock(m_session->database()).finalise(m_session->currentYear().id, QStringLiteral("Nguyễn Thị Hoa")));
        m_session->notifyYearDataChanged();
        QVERIFY2(state->text().contains(QStringLiteral("đã chốt số liệu lần 1")), qPrintable(state->text()));
        QVERIFY(exportButton->isEnabled());
        QVERIFY(!finaliseButton->isEnabled());
        QVERIFY(!indicators->model()->flags(indicators->model()->index(3, IndicatorsModel::ValueColumn)).testFlag(Qt::ItemIsEditable));
        const QString file = m_dir.filePath(QStringLiteral("gui.sdx"));
        QVERIFY2(send->exportTo(file), qPrintable(send->statusText()));
        QVERIFY(QFile::exists(file));
        QVERIFY(send->statusText().contains(QStringLiteral("UBND XÃ ĐỨC AN")));
        QCOMPARE(send->findChild<QTableView *>(QStringLiteral("historyView"))->model()->rowCount(), 1);
        saveScreenshotIfAsked(&page, QStringLiteral("exchange-send"));
    }

    void receivingSideImportsAFolderAndShowsTheSummary()
    {
        ExchangePage page(m_session.get());
        page.resize(1240, 760);
        page.tabs()->setCurrentIndex(1);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ExchangeReceivePanel *receive = page.receivePanel();
        const ImportReport report = receive->importPaths({m_inbox});
        QCOMPARE(report.total, 32);
        QCOMPARE(report.accepted.size(), 30);
        QCOMPARE(report.rejected.size(), 1);
        QCOMPARE(report.superseded.size(), 1);

        QSortFilterProxyModel *proxy = receive->summaryProxy();
        QAbstractItemModelTester tester(proxy->sourceModel());
        QCOMPARE(proxy->rowCount(), 30);
        QCOMPARE(receive->findChild<QTableView *>(QStringLiteral("rejectedView"))->model()->rowCount(), 1);
        QCOMPARE(receive->findChild<QTableView *>(QStringLiteral("supersededView"))->model()->rowCount(), 1);
        QCOMPARE(receive->findChild<QTableView *>(QStringLiteral("acceptedView"))->model()->rowCount(), 30);
        const QString firstRejected = receive->findChild<QTableView *>(QStringLiteral("rejectedView"))
                                          ->model()->index(0, 4).data().toString();
        QVERIFY2(firstRejected.contains(QStringLiteral("truong-hong.sdx")), qPrintable(firstRejected));

        // Filtering by name, then sorting by group 1 points (numbers, not text).
        auto *filter = receive->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        typeText(filter, QStringLiteral("Kim Đồng"));
        QCOMPARE(proxy->rowCount(), 10);
        filter->clear();
        QCOMPARE(proxy->rowCount(), 30);
        const int pointsColumn = SummaryTableModel::FixedColumnCount;
        receive->findChild<QTableView *>(QStringLiteral("summaryView"))->sortByColumn(pointsColumn, Qt::DescendingOrder);
        double previous = 1000;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const double points = proxy->index(row, pointsColumn).data(SummaryTableModel::SortRole).toDouble();
            QVERIFY(points <= previous);
            previous = points;
        }
        // The revision 2 of school 7 is the one kept.
        const QModelIndexList seven = proxy->match(proxy->index(0, 0), Qt::DisplayRole, QStringLiteral("67010007"));
        QCOMPARE(seven.size(), 1);
        QCOMPARE(proxy->index(seven.first().row(), SummaryTableModel::RevisionColumn).data().toInt(), 2);

        QCOMPARE(receive->charts()->levelChart()->chart()->series().size(), 1);
        QVERIFY(!receive->charts()->averageChart()->chart()->series().isEmpty());
        page.findChild<QTabWidget *>(QStringLiteral("resultTabs"))->setCurrentIndex(0);
        saveScreenshotIfAsked(&page, QStringLiteral("exchange-receive"));
        page.findChild<QTabWidget *>(QStringLiteral("resultTabs"))->setCurrentIndex(1);
        saveScreenshotIfAsked(&page, QStringLiteral("exchange-charts"));
        page.findChild<QTabWidget *>(QStringLiteral("resultTabs"))->setCurrentIndex(2);
        saveScreenshotIfAsked(&page, QStringLiteral("exchange-statistics"));
        page.findChild<QTabWidget *>(QStringLiteral("resultTabs"))->setCurrentIndex(4);
        saveScreenshotIfAsked(&page, QStringLiteral("exchange-rejected"));

        // A school's record, read-only, with its evidence.
        const qint64 id = proxy->index(seven.first().row(), 0).data(SummaryTableModel::RecordIdRole).toLongLong();
        const Expected<ReceivedRecord> record = ReceivingStore(m_session->database()).record(id);
        QVERIFY(record);
        ReceivedRecordDialog dialog(record->document, receive->summaries().first().outline, &page);
        QVERIFY(dialog.html().contains(QStringLiteral("Trường THCS Lê Lợi 7")));
        QVERIFY(dialog.html().contains(QStringLiteral("Kế hoạch dạy học trực tuyến")));
        QVERIFY(dialog.html().contains(QStringLiteral("Lần chốt 2")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveScreenshotIfAsked(&dialog, QStringLiteral("exchange-record"));

        const QString xlsx = m_dir.filePath(QStringLiteral("tong-hop.xlsx"));
        QVERIFY(receive->exportExcelTo(xlsx));
        QVERIFY(QFile::exists(xlsx));
    }
};

QTEST_MAIN(TestExchangePage)
#include "tst_exchange_page.moc"
