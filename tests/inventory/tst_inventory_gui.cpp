#include "inventory/ColumnMappingModel.h"
#include "inventory/DerivedFactsModel.h"
#include "inventory/EquipmentTableModel.h"
#include "inventory/ImportPreviewModel.h"
#include "inventory/InventoryController.h"
#include "inventory/InventoryItemRoles.h"
#include "inventory/InventoryImportDialog.h"
#include "inventory/InventoryPage.h"
#include "inventory/InventoryStocktakeDialog.h"
#include "inventory/NeedsTableModel.h"
#include "inventory/PeopleCountsModel.h"
#include "inventory/RoomTableModel.h"
#include "inventory/SoftwareTableModel.h"
#include "inventory/StocktakeCountsModel.h"

#include "inventory/InventoryRepository.h"
#include "inventory/InventorySamples.h"
#include "school/SchoolSession.h"
#include "school/YearRepository.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestInventoryGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<SchoolSession> m_session;
    std::unique_ptr<InventoryPage> m_page;

    template<typename Model>
    Model *model(const char *name) const
    {
        return m_page->findChild<Model *>(QLatin1String(name));
    }

    QTableView *view(const char *name) const { return m_page->findChild<QTableView *>(QLatin1String(name)); }

    QString factValue(const QString &item) const
    {
        auto *facts = model<DerivedFactsModel>("factsModel");
        const int row = facts->rowOf(item);
        return row < 0 ? QStringLiteral("absent") : facts->index(row, DerivedFactsModel::Value).data().toString();
    }

    void selectRoom(const QString &name)
    {
        auto *rooms = model<RoomTableModel>("roomsModel");
        const Room *room = m_session->database().path().isEmpty() ? nullptr : m_page->controller()->snapshot().findRoom(name);
        QVERIFY(room);
        view("roomsView")->setCurrentIndex(rooms->index(rooms->rowOfRoom(room->id), RoomTableModel::Name));
        QCOMPARE(model<EquipmentTableModel>("equipmentModel")->roomId(), room->id);
    }

    QString writeFile(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(QString::number(++m_counter) + name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8());
        return path;
    }

private slots:
    void init()
    {
        const QString path = m_dir.filePath(QStringLiteral("gui%1.sqlite").arg(++m_counter));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            auto year = YearRepository(**db).create(QStringLiteral("2022-2023"));
            QVERIFY(year);
            QVERIFY(InventoryRepository(**db).replaceYear(year->id, InventorySamples::seed002()));
        }
        auto session = SchoolSession::open(path);
        QVERIFY2(session, qPrintable(session.message()));
        m_session = std::move(session.value());
        m_page = std::make_unique<InventoryPage>(m_session.get());
        m_page->resize(1180, 720);
        m_page->show();
    }

    void cleanup()
    {
        m_page.reset();
        m_session.reset();
    }

    void modelsPassTheTester()
    {
        const QList<QAbstractItemModel *> models = {
            model<SoftwareTableModel>("softwareModel"), model<RoomTableModel>("roomsModel"),
            model<EquipmentTableModel>("equipmentModel"), model<NeedsTableModel>("needsModel"),
            model<PeopleCountsModel>("peopleModel"), model<DerivedFactsModel>("factsModel")};
        for (QAbstractItemModel *m : models) {
            QVERIFY(m);
            new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest, m);
        }
        // Exercise them: a room change, edits, a structural change.
        selectRoom(QStringLiteral("Phòng tin học"));
        auto *equipment = model<EquipmentTableModel>("equipmentModel");
        QVERIFY(equipment->setData(equipment->index(0, EquipmentTableModel::Working), 15));
        QVERIFY(m_page->controller()->addRoom(QStringLiteral("studio")));
        QVERIFY(model<NeedsTableModel>("needsModel")->addNeed());
        auto *people = model<PeopleCountsModel>("peopleModel");
        QVERIFY(people->setData(people->index(0, PeopleCountsModel::Value), QStringLiteral("")));
        QCOMPARE(people->index(0, PeopleCountsModel::Value).data().toString(), QString());
    }

    void editingARoomChangesTheDerivedFacts()
    {
        QCOMPARE(factValue(QStringLiteral("1.7.1")), QStringLiteral("8/15 (53%)"));
        QCOMPARE(factValue(QStringLiteral("1.7.2")), QStringLiteral("Mức 2"));
        // The TV of Lớp 1A breaks: one equipped classroom fewer.
        selectRoom(QStringLiteral("Lớp 1A"));
        auto *equipment = model<EquipmentTableModel>("equipmentModel");
        QVERIFY(equipment->setData(equipment->index(0, EquipmentTableModel::Broken), 1));
        QCOMPARE(factValue(QStringLiteral("1.7.1")), QStringLiteral("7/15 (47%)"));
        // Lớp 3C (TV, no Internet) gets connected: back to 8.
        auto *rooms = model<RoomTableModel>("roomsModel");
        const int row = rooms->rowOfRoom(m_page->controller()->snapshot().findRoom(QStringLiteral("Lớp 3C"))->id);
        QVERIFY(rooms->setData(rooms->index(row, RoomTableModel::Internet), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(factValue(QStringLiteral("1.7.1")), QStringLiteral("8/15 (53%)"));
        // Six more lab computers break: 36 pupils for 11 computers is level 1.
        selectRoom(QStringLiteral("Phòng tin học"));
        QVERIFY(equipment->setData(equipment->index(0, EquipmentTableModel::Working), 11));
        QCOMPARE(factValue(QStringLiteral("1.7.2")), QStringLiteral("Mức 1"));
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("totalsLabel"))->text().contains(QStringLiteral("đã có: 23")));
    }

    void editsTellTheOtherPages()
    {
        QSignalSpy spy(m_session.get(), &SchoolSession::yearDataChanged);
        auto *reset = new QSignalSpy(model<RoomTableModel>("roomsModel"), &QAbstractItemModel::modelReset);
        selectRoom(QStringLiteral("Lớp 1A"));
        auto *equipment = model<EquipmentTableModel>("equipmentModel");
        QVERIFY(equipment->setData(equipment->index(0, EquipmentTableModel::Description), QStringLiteral("LG 50 inch")));
        QCOMPARE(spy.count(), 1);
        // The page's own notification does not make it re-read (and lose the selection).
        QCOMPARE(reset->count(), 0);
        delete reset;
        // Data changed elsewhere (an import by another page) is re-read.
        m_session->notifyYearDataChanged();
        QCOMPARE(model<EquipmentTableModel>("equipmentModel")->roomId(),
                 m_page->controller()->snapshot().findRoom(QStringLiteral("Lớp 1A"))->id);
    }

    void refusedEditIsExplained()
    {
        selectRoom(QStringLiteral("Lớp 1A"));
        auto *equipment = model<EquipmentTableModel>("equipmentModel");
        QVERIFY(!equipment->setData(equipment->index(0, EquipmentTableModel::Working), 30));
        auto *message = m_page->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("nhiều hơn số lượng")), qPrintable(message->text()));
        QCOMPARE(equipment->index(0, EquipmentTableModel::Working).data().toInt(), 1);
        QVERIFY(equipment->setData(equipment->index(0, EquipmentTableModel::Description), QStringLiteral("Samsung 55 inch")));
        QVERIFY(!message->isVisible());
    }

    void editingSoftwareAndPeople()
    {
        auto *software = model<SoftwareTableModel>("softwareModel");
        int lms = -1;
        for (int row = 0; row < software->rowCount(); ++row) {
            if (software->rowAt(row)->role == QLatin1String("lms"))
                lms = row;
        }
        QVERIFY(lms >= 0);
        QCOMPARE(factValue(QStringLiteral("1.3.2")), QStringLiteral("Không"));
        QVERIFY(software->setData(software->index(lms, SoftwareTableModel::Status), QStringLiteral("in-use")));
        QCOMPARE(factValue(QStringLiteral("1.3.2")), QStringLiteral("Có"));
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("softwareTotalsLabel"))->text().contains(QStringLiteral("đang sử dụng: 20")));
        auto *people = model<PeopleCountsModel>("peopleModel");
        int materials = -1;
        for (int row = 0; row < people->rowCount(); ++row) {
            if (people->keyAt(row) == QLatin1String("teachers-digital-materials"))
                materials = row;
        }
        QVERIFY(people->setData(people->index(materials, PeopleCountsModel::Value), 10));
        QCOMPARE(factValue(QStringLiteral("1.6.3")), QStringLiteral("10/20 (50%)"));
        QVERIFY(!people->setData(people->index(materials, PeopleCountsModel::Value), 25));
    }

    void roleDrivesTheFacts()
    {
        // A row the school adds itself feeds the index once its role is chosen, whatever its name.
        QVERIFY(m_page->controller()->addSoftware(SoftwareGroup::Teaching));
        auto *software = model<SoftwareTableModel>("softwareModel");
        const int row = software->rowCount() - 1;
        QVERIFY(software->setData(software->index(row, SoftwareTableModel::Name), QStringLiteral("K12Online")));
        QVERIFY(software->setData(software->index(row, SoftwareTableModel::Status), QStringLiteral("in-use")));
        QCOMPARE(factValue(QStringLiteral("1.5.1")), QStringLiteral("absent"));
        QVERIFY(software->index(row, SoftwareTableModel::Role).data(InventoryItemRoles::ChoiceKeysRole).toStringList()
                    .contains(QStringLiteral("computer-testing")));
        QVERIFY(software->setData(software->index(row, SoftwareTableModel::Role), QStringLiteral("computer-testing")));
        QCOMPARE(factValue(QStringLiteral("1.5.1")), QStringLiteral("Có"));
        QCOMPARE(factValue(QStringLiteral("1.5.2")), QStringLiteral("Không"));
        QVERIFY(!software->setData(software->index(row, SoftwareTableModel::Role), QStringLiteral("no-such-role")));
    }

    void importDialogCancelImportsNothing()
    {
        const QString file = writeFile(QStringLiteral("rooms.csv"), QStringLiteral("Tên phòng,Loại phòng\nLớp 6A,Phòng học\nStudio,Phòng studio\n"));
        const qsizetype before = m_page->controller()->snapshot().rooms.size();
        {
            InventoryImportDialog dialog(m_page->controller(), file);
            QVERIFY(dialog.canImport());
            QCOMPARE(dialog.state().plan.inserts(), 2);
            dialog.reject();
        }
        QCOMPARE(m_page->controller()->snapshot().rooms.size(), before);
        InventoryImportDialog dialog(m_page->controller(), file);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_page->controller()->snapshot().rooms.size(), before + 2);
        QVERIFY(model<RoomTableModel>("roomsModel")->rowCount() == int(before + 2));
    }

    void importDialogShowsRowErrorsAndRefuses()
    {
        const QString file = writeFile(QStringLiteral("bad.csv"),
                                       QStringLiteral("Phòng,Loại thiết bị,Số lượng\nLớp 1A,Ti vi,2\nLớp 1A,Tủ lạnh thông minh,1\n"));
        InventoryImportDialog dialog(m_page->controller(), file);
        QVERIFY(!dialog.canImport());
        auto *preview = dialog.findChild<ImportPreviewModel *>();
        QVERIFY(preview);
        new QAbstractItemModelTester(preview, QAbstractItemModelTester::FailureReportingMode::QtTest, &dialog);
        QCOMPARE(preview->rowCount(), 2);
        QVERIFY(preview->index(0, 0).data().toString().isEmpty());
        QVERIFY(preview->index(1, 0).data().toString().contains(QStringLiteral("Tủ lạnh thông minh")));
        const InventorySnapshot before = m_page->controller()->snapshot();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(m_page->controller()->snapshot(), before);
    }

    void importDialogMappingAndEncoding()
    {
        const QString file = writeFile(QStringLiteral("cols.csv"), QStringLiteral("Cột 1,Cột 2\nLớp 7A,Phòng học\n"));
        InventoryImportDialog dialog(m_page->controller(), file);
        auto *mapping = dialog.findChild<ColumnMappingModel *>();
        QVERIFY(mapping);
        new QAbstractItemModelTester(mapping, QAbstractItemModelTester::FailureReportingMode::QtTest, &dialog);
        QVERIFY(!dialog.canImport());
        dialog.setSheetKind(InventoryKind::Rooms);
        QCOMPARE(mapping->rowCount(), 2);
        QVERIFY(mapping->setData(mapping->index(0, ColumnMappingModel::Field), QStringLiteral("name")));
        QVERIFY(mapping->setData(mapping->index(1, ColumnMappingModel::Field), QStringLiteral("kind")));
        QVERIFY(dialog.canImport());

        InventoryImportDialog legacy(m_page->controller(), QStringLiteral(SDX_TEST_DATA_DIR "/rooms-tcvn3.csv"));
        QVERIFY(!legacy.canImport());
        legacy.setConvertTcvn3(true);
        QVERIFY(legacy.canImport());
    }

    void stocktakeDialogConfirmsARoom()
    {
        const Room *lab = m_page->controller()->snapshot().findRoom(QStringLiteral("Phòng tin học"));
        QVERIFY(lab);
        InventoryStocktakeDialog dialog(m_page->controller(), lab->id);
        StocktakeCountsModel *counts = dialog.countsModel();
        new QAbstractItemModelTester(counts, QAbstractItemModelTester::FailureReportingMode::QtTest, &dialog);
        QCOMPARE(counts->rowCount(), 1);
        QVERIFY(counts->setData(counts->index(0, StocktakeCountsModel::Working), 20));
        QVERIFY(counts->isChanged());
        QCOMPARE(factValue(QStringLiteral("1.7.2")), QStringLiteral("Mức 2"));
        QVERIFY(dialog.confirmCounts());
        const Room *after = m_page->controller()->snapshot().findRoom(QStringLiteral("Phòng tin học"));
        QCOMPARE(after->equipment.constFirst().working, 20);
        QCOMPARE(after->checkedOn, QDate::currentDate());
        QVERIFY(!counts->isChanged());
        QVERIFY(counts->setData(counts->index(0, StocktakeCountsModel::Working), 40));
        QVERIFY(!dialog.confirmCounts());
        QCOMPARE(m_page->controller()->snapshot().findRoom(QStringLiteral("Phòng tin học"))->equipment.constFirst().working, 20);
    }

    void exportsFromThePage()
    {
        const QString xlsx = m_dir.filePath(QStringLiteral("page.xlsx"));
        QVERIFY(m_page->exportFile(xlsx, InventoryKind::Software));
        QVERIFY(QFile::exists(xlsx));
        const QString csv = m_dir.filePath(QStringLiteral("page.csv"));
        QVERIFY(m_page->exportFile(csv, InventoryKind::Rooms));
        QFile in(csv);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(in.readAll()).contains(QStringLiteral("Tên phòng")));
    }

    /// Screenshots of every tab with the seed school, for docs/screenshots (SDX_SCREENSHOT_DIR).
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("SDX_SCREENSHOT_DIR", m_dir.filePath(QStringLiteral("shots")));
        QVERIFY(QDir().mkpath(folder));
        auto *tabs = m_page->findChild<QTabWidget *>(QStringLiteral("tabs"));
        selectRoom(QStringLiteral("Phòng tin học"));
        const QStringList names = {QStringLiteral("software"), QStringLiteral("rooms"), QStringLiteral("people"), QStringLiteral("facts")};
        for (int i = 0; i < names.size(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(20);
            QVERIFY(m_page->grab().save(QDir(folder).filePath(QStringLiteral("inventory-%1.png").arg(names.at(i)))));
        }
        const QString file = writeFile(QStringLiteral("import.csv"),
                                       QStringLiteral("Phòng,Loại thiết bị,Số lượng,Đang hoạt động\nLớp 1A,Ti vi,1,1\n"
                                                      "Lớp 2B,Máy chiếu,1,1\nLớp 9Z,Ti vi,1,1\nVăn phòng,Máy in,2,3\n"));
        InventoryImportDialog import(m_page->controller(), file, m_page.get());
        import.resize(1100, 560);
        import.show();
        QTest::qWait(20);
        QVERIFY(import.grab().save(QDir(folder).filePath(QStringLiteral("inventory-import.png"))));
        const Room *lab = m_page->controller()->snapshot().findRoom(QStringLiteral("Phòng tin học"));
        QVERIFY(m_page->controller()->markBroken(lab->equipment.constFirst().id, 2, QStringLiteral("Không lên nguồn")));
        InventoryStocktakeDialog stocktake(m_page->controller(), lab->id, m_page.get());
        stocktake.resize(900, 520);
        stocktake.show();
        QTableView *counts = stocktake.findChild<QTableView *>(QStringLiteral("countsView"));
        counts->setCurrentIndex(counts->model()->index(0, 0));
        QVERIFY(stocktake.countsModel()->setData(stocktake.countsModel()->index(0, StocktakeCountsModel::Quantity), 20));
        QTest::qWait(20);
        QVERIFY(stocktake.grab().save(QDir(folder).filePath(QStringLiteral("inventory-stocktake.png"))));
    }
};

QTEST_MAIN(TestInventoryGui)
#include "tst_inventory_gui.moc"
