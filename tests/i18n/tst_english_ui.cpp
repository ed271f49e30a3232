#include "../gui/GuiTestSupport.h"
#include "common/AppPaths.h"
#include "index/IndexRegistry.h"
#include "samples/SampleSchool.h"
#include "school/SchoolSession.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"
#include "TsFile.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;
using namespace sdx::gui;

/// With English chosen (Language, saved in QSettings), the sample school's main window speaks
/// English: navigation, menus and the pages' own labels. School data (names, the Ministry's
/// criteria wording) stays as entered, so only the interface's texts are checked.
class TestEnglishUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SchoolSession> m_session;

    /// Texts the interface writes itself on `root`: buttons, group and tab titles.
    static QStringList interfaceTexts(QWidget *root)
    {
        QStringList texts;
        for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
            texts << button->text();
        for (const QGroupBox *box : root->findChildren<QGroupBox *>())
            texts << box->title();
        for (const QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        }
        texts.removeAll(QString());
        return texts;
    }

    static QStringList menuTexts(const QList<QAction *> &actions)
    {
        QStringList texts;
        for (QAction *action : actions) {
            // A language is named in its own language in the Language menu.
            if (action->objectName() == QLatin1String("actionVietnamese"))
                continue;
            texts << action->text();
            if (action->menu())
                texts << menuTexts(action->menu()->actions());
        }
        texts.removeAll(QString());
        return texts;
    }

    /// The Index's group titles are the Ministry's official wording and stay Vietnamese
    /// (translations/README.md), so a title such as "Group 1. <official title>" is English; so
    /// are legal references such as "Decree 30/2020/NĐ-CP".
    static QString withoutOfficialWording(QString text)
    {
        static const QRegularExpression reference(QStringLiteral("\\d+(?:/\\d+)?/[A-ZĐ]+(?:-[A-ZĐ]+)*"));
        text.remove(reference);
        const IndexDefinitionPtr index = IndexRegistry::builtIn().latest(IndexRegistry::defaultIndexId());
        if (index) {
            for (const auto &group : index->groups)
                text.remove(group.title);
        }
        return text;
    }

    static QStringList vietnameseAmong(const QStringList &texts)
    {
        QStringList found;
        for (const QString &text : texts) {
            if (hasVietnameseLetters(withoutOfficialWording(text)))
                found << text;
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        AppPaths::setApplicationIdentity();
        Language::save(QString::fromLatin1(Language::English));
        QCOMPARE(Language::saved(), QString::fromLatin1(Language::English));
        Language::install(*qApp, Language::saved());

        auto session = SchoolSession::open(m_dir.filePath(QStringLiteral("sample.sqlite")));
        QVERIFY(session);
        m_session = std::move(session.value());
        const Status created = SampleSchool::create(*m_session);
        QVERIFY2(created, qPrintable(created.message()));
    }

    void navigationAndMenusAreEnglish()
    {
        MainWindow window(m_session.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QStringList areas;
        for (int row = 0; row < navigation->count(); ++row)
            areas << navigation->item(row)->text();
        QCOMPARE(areas, (QStringList{QStringLiteral("School"), QStringLiteral("Inventory"), QStringLiteral("Index"),
                                     QStringLiteral("Results"), QStringLiteral("Documents"), QStringLiteral("Send/Receive")}));

        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&School year"), QStringLiteral("&Language"),
                                     QStringLiteral("&Help")}));
        const QStringList vietnamese = vietnameseAmong(menuTexts(window.menuBar()->actions()));
        QVERIFY2(vietnamese.isEmpty(), qPrintable(vietnamese.join(QLatin1String(" | "))));
        QVERIFY2(window.windowTitle().contains(QStringLiteral("School year 2022 - 2023")), qPrintable(window.windowTitle()));
    }

    void everyPageLabelsItsControlsInEnglish_data()
    {
        QTest::addColumn<int>("area");
        QTest::newRow("school") << int(MainWindow::Area::School);
        QTest::newRow("inventory") << int(MainWindow::Area::Inventory);
        QTest::newRow("index") << int(MainWindow::Area::Index);
        QTest::newRow("results") << int(MainWindow::Area::Results);
        QTest::newRow("documents") << int(MainWindow::Area::Documents);
        QTest::newRow("exchange") << int(MainWindow::Area::Exchange);
    }

    void everyPageLabelsItsControlsInEnglish()
    {
        QFETCH(int, area);
        MainWindow window(m_session.get());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(MainWindow::Area(area));
        QWidget *page = window.page(MainWindow::Area(area));
        QVERIFY(page);
        const QStringList texts = interfaceTexts(page);
        QVERIFY(!texts.isEmpty());
        const QStringList vietnamese = vietnameseAmong(texts);
        QVERIFY2(vietnamese.isEmpty(), qPrintable(vietnamese.join(QLatin1String(" | "))));
        saveScreenshotIfAsked(&window, QStringLiteral("english-") + QLatin1String(QTest::currentDataTag()));
    }
};

QTEST_MAIN(TestEnglishUi)
#include "tst_english_ui.moc"
