#include "GuiTestSupport.h"

#include "documents/DocumentsPage.h"
#include "samples/SampleSchool.h"
#include "school/SchoolSession.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;
using namespace sdx::gui;

/// A newcomer opens the sample school and walks through every area: each shows real content.
class TestSampleWalkthrough : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SchoolSession> m_session;

    static QString allLabelText(QWidget *page)
    {
        QStringList texts;
        const QList<QLabel *> labels = page->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            texts << label->text();
        return texts.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        Language::install(*qApp, QString::fromLatin1(Language::Vietnamese));
        auto session = SchoolSession::open(m_dir.filePath(QStringLiteral("sample.sqlite")));
        QVERIFY(session);
        m_session = std::move(session.value());
        const Status created = SampleSchool::create(*m_session);
        QVERIFY2(created, qPrintable(created.message()));
    }

    void everyAreaShowsTheSample_data()
    {
        QTest::addColumn<int>("area");
        QTest::addColumn<QString>("name");
        QTest::newRow("school") << int(MainWindow::Area::School) << "school";
        QTest::newRow("inventory") << int(MainWindow::Area::Inventory) << "inventory";
        QTest::newRow("index") << int(MainWindow::Area::Index) << "index";
        QTest::newRow("results") << int(MainWindow::Area::Results) << "results";
        QTest::newRow("documents") << int(MainWindow::Area::Documents) << "documents";
        QTest::newRow("exchange") << int(MainWindow::Area::Exchange) << "exchange";
    }

    void everyAreaShowsTheSample()
    {
        QFETCH(int, area);
        QFETCH(QString, name);
        MainWindow window(m_session.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(MainWindow::Area(area));
        QTest::qWait(50);
        QVERIFY(window.windowTitle().contains(QStringLiteral("Chu Văn An")));
        QWidget *page = window.page(MainWindow::Area(area));
        QVERIFY(page);
        QCOMPARE(page->objectName(), QStringLiteral("page-") + name);
        if (MainWindow::Area(area) == MainWindow::Area::Documents) {
            // The plan is the sample's own: its number, its school, its self-assessment.
            auto *documents = qobject_cast<DocumentsPage *>(page);
            QVERIFY(documents);
            const QString text = doc::plainText(documents->currentDocument());
            QVERIFY2(text.contains(QStringLiteral("Số: 18/KH-THCVA")), qPrintable(text.left(400)));
            QVERIFY(text.contains(QStringLiteral("Trường Tiểu học Chu Văn An")));
            QVERIFY(text.contains(QStringLiteral("đạt 58/100 điểm")));
        }
        if (MainWindow::Area(area) == MainWindow::Area::Results)
            QVERIFY2(allLabelText(page).contains(QStringLiteral("58")), qPrintable(allLabelText(page)));
        saveScreenshotIfAsked(&window, QStringLiteral("sample-") + name);
    }
};

QTEST_MAIN(TestSampleWalkthrough)
#include "tst_sample_walkthrough.moc"
