// The documents area of the main window prints the open school's data and follows it.
#include "GuiTestSupport.h"

#include "documents/DocumentsPage.h"
#include "samples/SampleSchool.h"
#include "school/SchoolSession.h"
#include "shell/Language.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;
using namespace sdx::gui;

class TestDocumentsArea : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SchoolSession> m_session;

    static QString printed(MainWindow &window)
    {
        auto *page = qobject_cast<DocumentsPage *>(window.page(MainWindow::Area::Documents));
        return page ? doc::plainText(page->currentDocument()) : QString();
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

    void printsTheSchoolsPlan()
    {
        MainWindow window(m_session.get());
        window.showArea(MainWindow::Area::Documents);
        auto *page = qobject_cast<DocumentsPage *>(window.page(MainWindow::Area::Documents));
        QVERIFY(page);
        QCOMPARE(page->currentKind(), DocumentKind::Plan);
        const doc::Document document = page->currentDocument();
        QVERIFY(!document.blocks.isEmpty());
        const QString text = doc::plainText(document);
        QVERIFY(text.contains(QStringLiteral("Số: 18/KH-THCVA")));
        QVERIFY(text.contains(QStringLiteral("Tổng số phần mềm và ứng dụng đang sử dụng: 19")));
        QVERIFY(text.contains(QStringLiteral("Căn cứ Hướng dẫn số 539/PGD&ĐT")));
        page->setCurrentKind(DocumentKind::SelfAssessmentReport);
        QVERIFY(printed(window).contains(QStringLiteral("đạt 32/100 điểm")));
        page->setCurrentKind(DocumentKind::Plan);
    }

    /// A changed profile reaches the next preview without reopening the window.
    void followsTheProfile()
    {
        MainWindow window(m_session.get());
        SchoolProfile profile = m_session->profile();
        profile.principalName = QStringLiteral("Trần Văn Bình");
        const Status saved = m_session->saveProfile(profile);
        QVERIFY2(saved, qPrintable(saved.message()));
        QVERIFY(printed(window).contains(QStringLiteral("Trần Văn Bình")));
    }

    /// Another year prints its own data and its own (fresh) draft; the first year keeps its number.
    void followsTheYear()
    {
        MainWindow window(m_session.get());
        const qint64 first = m_session->currentYear().id;
        const Expected<SchoolYear> next = m_session->createYear(QStringLiteral("2023-2024"), first);
        QVERIFY2(next, qPrintable(next.message()));
        QCOMPARE(m_session->currentYear().id, next->id);
        const QString text = printed(window);
        QVERIFY(text.contains(QStringLiteral("năm học 2023 - 2024")));
        QVERIFY(!text.contains(QStringLiteral("Số: 18/KH-THCVA")));
        QVERIFY(m_session->setCurrentYear(first));
        QVERIFY(printed(window).contains(QStringLiteral("Số: 18/KH-THCVA")));
    }
};

QTEST_MAIN(TestDocumentsArea)
#include "tst_documents_area.moc"
