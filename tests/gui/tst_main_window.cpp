#include "GuiTestSupport.h"

#include "exchange/YearLock.h"
#include "school/SchoolRepository.h"
#include "school/SchoolSession.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;
using namespace sdx::gui;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SchoolSession> m_session;

private slots:
    void initTestCase()
    {
        Language::install(*qApp, QString::fromLatin1(Language::Vietnamese));
        auto session = SchoolSession::open(m_dir.filePath(QStringLiteral("main.sqlite")));
        QVERIFY(session);
        m_session = std::move(session.value());
        SchoolProfile profile;
        profile.name = QStringLiteral("Trường Tiểu học Chu Văn An");
        profile.code = QStringLiteral("67000123");
        profile.authority = QStringLiteral("PHÒNG GD&ĐT HUYỆN ĐĂK SONG");
        profile.placeName = QStringLiteral("Đức An");
        profile.docSign = QStringLiteral("THCVA");
        profile.principalName = QStringLiteral("Nguyễn Thị Hường");
        profile.principalTitle = QStringLiteral("Hiệu trưởng");
        profile.itStaff = {{QStringLiteral("Vũ Thị Minh Thảo"), QStringLiteral("Giáo viên Tin học"), QStringLiteral("0912 345 678"), {}}};
        QVERIFY(m_session->saveProfile(profile));
        QVERIFY(m_session->createYear(QStringLiteral("2022-2023")));
        QVERIFY(m_session->createYear(QStringLiteral("2023-2024"), m_session->currentYear().id));
    }

    void showsVietnameseAreasAndMenus()
    {
        MainWindow window(m_session.get());
        window.resize(1180, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QStringList areas;
        for (int row = 0; row < navigation->count(); ++row)
            areas << navigation->item(row)->text();
        QCOMPARE(areas, (QStringList{QStringLiteral("Trường"), QStringLiteral("Kiểm kê"), QStringLiteral("Bộ chỉ số"),
                                     QStringLiteral("Kết quả"), QStringLiteral("Văn bản"), QStringLiteral("Gửi/Nhận")}));
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QCOMPARE(menus.first(), QStringLiteral("&Tệp"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Năm học 2023 - 2024")));
        saveScreenshotIfAsked(&window, QStringLiteral("main-window"));
    }

    void yearSwitcherChangesTheCurrentYear()
    {
        MainWindow window(m_session.get());
        QComboBox *years = window.yearSwitcher();
        QCOMPARE(years->count(), 2);
        QCOMPARE(years->currentText(), QStringLiteral("2023 - 2024"));
        years->setCurrentIndex(0);
        emit years->activated(0);
        QCOMPARE(m_session->currentYear().name, QStringLiteral("2022-2023"));
        QVERIFY(window.windowTitle().contains(QStringLiteral("2022 - 2023")));
    }

    void finalisedYearShowsTheLockBanner()
    {
        MainWindow window(m_session.get());
        window.show();
        auto *banner = window.findChild<QLabel *>(QStringLiteral("lockBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());
        const qint64 year = m_session->currentYear().id;
        QVERIFY(YearLock(m_session->database()).finalise(year, QStringLiteral("Hiệu trưởng")));
        m_session->notifyYearDataChanged();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("đã chốt số liệu")), qPrintable(banner->text()));
        saveScreenshotIfAsked(&window, QStringLiteral("main-window-locked"));
        QVERIFY(YearLock(m_session->database()).reopen(year, QStringLiteral("Hiệu trưởng"), QStringLiteral("sửa")));
        m_session->notifyYearDataChanged();
        QVERIFY(!banner->isVisible());
    }

    void profilePageEditsThroughTheModelAndSaves()
    {
        MainWindow window(m_session.get());
        window.showArea(MainWindow::Area::School);
        QWidget *page = window.page(MainWindow::Area::School);
        auto *authority = page->findChild<QLineEdit *>(QStringLiteral("authorityEdit"));
        QCOMPARE(authority->text(), QStringLiteral("PHÒNG GD&ĐT HUYỆN ĐĂK SONG"));
        auto *save = page->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(!save->isEnabled());
        authority->clear();
        typeText(authority, QStringLiteral("UBND XÃ ĐỨC AN"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(m_session->profile().authority, QStringLiteral("UBND XÃ ĐỨC AN"));
        auto stored = SchoolRepository(m_session->database()).load();
        QVERIFY(stored && stored->has_value());
        QCOMPARE(stored->value().authority, QStringLiteral("UBND XÃ ĐỨC AN"));
        QVERIFY(!save->isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
