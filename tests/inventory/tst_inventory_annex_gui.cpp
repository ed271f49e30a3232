// The inventory page's "In phụ lục kiểm kê…" button: it is there with its two actions, and the
// annex it prints (built without a dialog) holds the sample school's rooms; saving writes a PDF.
#include "inventory/InventoryPage.h"
#include "samples/SampleSchool.h"
#include "school/SchoolSession.h"

#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestInventoryAnnexGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SchoolSession> m_session;

private slots:
    void initTestCase()
    {
        auto session = SchoolSession::open(m_dir.filePath(QStringLiteral("sample.sqlite")));
        QVERIFY2(session, qPrintable(session.message()));
        m_session = std::move(session.value());
        const Status created = SampleSchool::create(*m_session);
        QVERIFY2(created, qPrintable(created.message()));
    }

    void buttonOffersPreviewAndSave()
    {
        InventoryPage page(m_session.get());
        auto *button = page.findChild<QPushButton *>(QStringLiteral("printAnnexButton"));
        QVERIFY(button);
        QVERIFY(button->menu());
        QCOMPARE(button->menu()->actions().size(), 2);
    }

    void annexHoldsTheSampleRooms()
    {
        InventoryPage page(m_session.get());
        const doc::Document document = page.annexDocument();
        QVERIFY(!document.blocks.isEmpty());
        QCOMPARE(document.kindCode, QStringLiteral("phu-luc-kiem-ke"));
        const QString text = doc::plainText(document);
        QVERIFY(text.contains(QStringLiteral("Phòng tin học")));
        QVERIFY(text.contains(QStringLiteral("Máy tính để bàn: 21 (17 hoạt động, 4 hỏng)")));
        QVERIFY(text.contains(QStringLiteral("Tổng số phần mềm và ứng dụng đang sử dụng: 19")));
    }

    void saveWritesAPdf()
    {
        InventoryPage page(m_session.get());
        const QString path = m_dir.filePath(QStringLiteral("phu-luc.pdf"));
        const Status saved = page.saveAnnex(ExportFormat::Pdf, path);
        QVERIFY2(saved, qPrintable(saved.message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
        // The user is told where the file went.
        const auto *message = page.findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(message);
        QVERIFY2(message->text().startsWith(QStringLiteral("Đã lưu")) && message->text().contains(QStringLiteral("trang")),
                 qPrintable(message->text()));
    }
};

QTEST_MAIN(TestInventoryAnnexGui)
#include "tst_inventory_annex_gui.moc"
