#include "InventoryTestSupport.h"

#include "inventory/InventoryImporter.h"
#include "inventory/InventoryRepository.h"
#include "school/YearRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace sdx;
using namespace sdx::test;

/**
 * A school's spreadsheet is written in Vietnamese whatever language the interface speaks: with
 * the English translation installed (before the catalogue is first read, as in the application),
 * Vietnamese headers, statuses, room kinds and equipment categories are still understood.
 */
class TestInventoryImportEnglish : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTranslator m_english;

    QString writeText(const QString &name, const QString &text)
    {
        const QString file = m_dir.filePath(name);
        QFile out(file);
        if (out.open(QIODevice::WriteOnly))
            out.write(text.toUtf8());
        return file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(":/i18n/schooldx_en.qm")));
        QVERIFY(QCoreApplication::installTranslator(&m_english));
        // The interface really is in English now.
        QCOMPARE(QCoreApplication::translate("sdx::SoftwareRow", "Đang dùng"), QStringLiteral("In use"));
    }

    void vietnameseFileImportsUnderAnEnglishInterface()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("en.sqlite")));
        QVERIFY2(db, qPrintable(db.message()));
        auto year = YearRepository(**db).create(QStringLiteral("2022-2023"));
        QVERIFY(year);

        const QString rooms = writeText(QStringLiteral("rooms.csv"), QStringLiteral(
            "Tên phòng,Loại phòng,Có Internet\n"
            "Phòng tin học,Phòng tin học,có\n"
            "Lớp 1A,Phòng học,có\n"));
        const QString equipment = writeText(QStringLiteral("equipment.csv"), QStringLiteral(
            "Phòng,Loại thiết bị,Số lượng,Đang hoạt động\n"
            "Phòng tin học,Máy tính để bàn,21,17\n"
            "Lớp 1A,Máy chiếu,1,1\n"));
        const QString software = writeText(QStringLiteral("software.csv"), QStringLiteral(
            "Tên ứng dụng,Trạng thái,Đường link (tên miền)\n"
            "Phần mềm quản lý thư viện,\"Còn thiếu, cần trang bị\",\n"
            "Ứng dụng học tập trực tuyến (Google meet; zoom),Đang dùng,https://meet.google.com\n"));
        for (const QString &file : {rooms, equipment, software}) {
            InventoryImporter importer;
            Expected<ImportPreview> preview = importer.read(file, {});
            QVERIFY2(preview, qPrintable(file + QLatin1String(": ") + preview.message()));
            const Expected<ImportPlan> plan = importer.commit(**db, year->id, *preview);
            QVERIFY2(plan, qPrintable(file + QLatin1String(": ") + plan.message()));
        }

        const Expected<InventorySnapshot> after = InventoryRepository(**db).load(year->id);
        QVERIFY(after);
        QCOMPARE(after->rooms.size(), 2);
        QCOMPARE(after->rooms.at(0).kind, QStringLiteral("computer-lab"));
        QCOMPARE(after->rooms.at(1).kind, QStringLiteral("classroom"));
        QCOMPARE(after->rooms.at(0).equipment.size(), 1);
        QCOMPARE(after->rooms.at(0).equipment.at(0).working, 17);
        QCOMPARE(after->software.size(), 2);
        QCOMPARE(after->software.at(1).status, SoftwareStatus::InUse);
    }
};

QTEST_MAIN(TestInventoryImportEnglish)
#include "tst_inventory_import_english.moc"
