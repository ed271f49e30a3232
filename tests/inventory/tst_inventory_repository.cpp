#include "InventoryTestSupport.h"

#include "inventory/InventoryOverview.h"
#include "inventory/InventoryRepository.h"
#include "inventory/InventorySamples.h"
#include "inventory/InventoryStocktake.h"
#include "inventory/InventoryDerivation.h"
#include "inventory/InventoryValidator.h"
#include "school/DerivedFactsProvider.h"
#include "school/YearRepository.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sdx;
using namespace sdx::test;

class TestInventoryRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    qint64 m_year = 0;

    static int rowCount(Database &db, const QString &table)
    {
        SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

    InventorySnapshot loaded()
    {
        Expected<InventorySnapshot> snapshot = InventoryRepository(*m_db).load(m_year);
        if (!snapshot)
            qWarning() << snapshot.message();
        return snapshot ? *snapshot : InventorySnapshot();
    }

    /// The snapshot without database ids, to compare what was written with what was read.
    static InventorySnapshot withoutIds(InventorySnapshot snapshot)
    {
        for (SoftwareRow &row : snapshot.software)
            row.id = 0;
        for (Room &room : snapshot.rooms) {
            room.id = 0;
            for (EquipmentItem &item : room.equipment) {
                item.id = 0;
                for (RepairEntry &repair : item.repairs)
                    repair.id = 0;
            }
        }
        for (EquipmentNeed &need : snapshot.needs)
            need.id = 0;
        return snapshot;
    }

    const Room &roomNamed(const InventorySnapshot &snapshot, const QString &name)
    {
        const Room *room = snapshot.findRoom(name);
        Q_ASSERT(room);
        return *room;
    }

private slots:
    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("inv%1.sqlite").arg(++m_counter)));
        QVERIFY2(db, qPrintable(db.message()));
        m_db = std::move(db.value());
        auto year = YearRepository(*m_db).create(QStringLiteral("2022-2023"));
        QVERIFY2(year, qPrintable(year.message()));
        m_year = year->id;
    }

    void cleanup()
    {
        m_db.reset();
    }

    void seedRoundTrip()
    {
        const InventorySnapshot seed = InventorySamples::seed002();
        InventoryRepository repository(*m_db);
        const Status status = repository.replaceYear(m_year, seed);
        QVERIFY2(status, qPrintable(status.message()));
        QCOMPARE(withoutIds(loaded()), seed);
    }

    void derivedFactsProviderUsesTheInventory()
    {
        QVERIFY(InventoryRepository(*m_db).replaceYear(m_year, InventorySamples::seed002()));
        const Expected<DerivedFacts> facts = collectDerivedFacts(*m_db, m_year);
        QVERIFY2(facts, qPrintable(facts.message()));
        QCOMPARE(factText(*facts, QStringLiteral("1.7.1")), QStringLiteral("8/15"));
        QCOMPARE(factText(*facts, QStringLiteral("1.7.2")), QStringLiteral("2"));
        const Expected<InventoryOverview> overview = InventoryOverview::load(*m_db, m_year);
        QVERIFY(overview);
        const QJsonObject json = overview->factsJson();
        QCOMPARE(json.value(QStringLiteral("year")).toString(), QStringLiteral("2022-2023"));
        QCOMPARE(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("softwareInUse")).toInt(), 19);
        QVERIFY(json.value(QStringLiteral("provenance")).toObject().contains(QStringLiteral("1.7.1")));
    }

    void prefillsOnce()
    {
        InventoryRepository repository(*m_db);
        bool prefilled = false;
        QVERIFY(repository.prefillIfNew(m_year, &prefilled));
        QVERIFY(prefilled);
        const InventorySnapshot first = loaded();
        QCOMPARE(first.software.size(), InventoryCatalog::builtIn().defaultSoftware().size());
        for (const SoftwareRow &row : first.software)
            QCOMPARE(row.status, SoftwareStatus::Unset);
        // Pre-filled suggestions are not answers: no fact comes from them.
        QVERIFY(InventoryDerivation::derive(first).isEmpty());
        for (const SoftwareRow &row : first.software)
            QVERIFY(repository.removeSoftware(row.id));
        QVERIFY(repository.prefillIfNew(m_year, &prefilled));
        QVERIFY(!prefilled);
        QVERIFY(loaded().software.isEmpty());
    }

    void savesAndEditsRows()
    {
        InventoryRepository repository(*m_db);
        SoftwareRow lms = software(QStringLiteral("lms"), SoftwareStatus::InUse);
        lms.functions = words("self-study,parents");
        lms.link = QStringLiteral("https://lms.truong.edu.vn");
        lms.acquisition = Acquisition::Rented;
        const Expected<qint64> id = repository.saveSoftware(m_year, lms);
        QVERIFY2(id, qPrintable(id.message()));
        lms.id = *id;
        lms.functions.append(QStringLiteral("answers"));
        QVERIFY(repository.saveSoftware(m_year, lms));
        QCOMPARE(loaded().software.constFirst(), lms);

        Room room;
        room.name = QStringLiteral("Lớp 5A");
        room.kind = QStringLiteral("classroom");
        const Expected<qint64> roomId = repository.saveRoom(m_year, room);
        QVERIFY(roomId);
        EquipmentItem tv = item(QStringLiteral("tv"), 1, 1);
        tv.yearAcquired = 2021;
        const Expected<qint64> tvId = repository.saveEquipment(*roomId, tv);
        QVERIFY(tvId);
        QCOMPARE(loaded().rooms.constFirst().equipment.constFirst().yearAcquired, 2021);
        QVERIFY(repository.removeRoom(*roomId));
        QCOMPARE(rowCount(*m_db, QStringLiteral("inv_equipment")), 0);
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("unknown category") << "category" << "không có trong danh mục";
        QTest::newRow("more working than owned") << "working" << "nhiều hơn số lượng";
        QTest::newRow("negative count") << "negative" << "không được âm";
        QTest::newRow("absurd count") << "absurd" << "quá lớn";
        QTest::newRow("malformed link") << "link" << "không hợp lệ";
        QTest::newRow("duplicated room") << "duplicate" << "Đã có phòng";
        QTest::newRow("unknown room kind") << "kind" << "Loại phòng";
        QTest::newRow("module on a non-management row") << "module" << "phân hệ";
        QTest::newRow("more teachers with an account than teachers") << "counts" << "nhiều hơn tổng số";
    }

    void refusesBadValues()
    {
        QFETCH(QString, what);
        QFETCH(QString, expectedWords);
        InventoryRepository repository(*m_db);
        Room room;
        room.name = QStringLiteral("Lớp 1A");
        room.kind = QStringLiteral("classroom");
        const Expected<qint64> roomId = repository.saveRoom(m_year, room);
        QVERIFY(roomId);
        Status status;
        if (what == QLatin1String("category")) {
            status = repository.saveEquipment(*roomId, item(QStringLiteral("hologram"), 1, 1)).status();
        } else if (what == QLatin1String("working")) {
            status = repository.saveEquipment(*roomId, item(QStringLiteral("tv"), 2, 3)).status();
        } else if (what == QLatin1String("negative")) {
            status = repository.saveEquipment(*roomId, item(QStringLiteral("tv"), -1, 0)).status();
        } else if (what == QLatin1String("absurd")) {
            status = repository.saveEquipment(*roomId, item(QStringLiteral("tv"), 500000, 0)).status();
        } else if (what == QLatin1String("link")) {
            SoftwareRow row = software(QStringLiteral("website"), SoftwareStatus::InUse);
            row.link = QStringLiteral("htp://truong");
            status = repository.saveSoftware(m_year, row).status();
        } else if (what == QLatin1String("duplicate")) {
            Room again = room;
            again.name = QStringLiteral("  lớp 1a ");
            status = repository.saveRoom(m_year, again).status();
        } else if (what == QLatin1String("kind")) {
            Room other = room;
            other.name = QStringLiteral("Phòng X");
            other.kind = QStringLiteral("spaceship");
            status = repository.saveRoom(m_year, other).status();
        } else if (what == QLatin1String("module")) {
            SoftwareRow row = software(QStringLiteral("website"), SoftwareStatus::InUse);
            row.modules = words("students");
            status = repository.saveSoftware(m_year, row).status();
        } else if (what == QLatin1String("counts")) {
            PeopleCounts counts;
            counts.set(QStringLiteral("teachers"), 10);
            counts.set(QStringLiteral("teachers-training-account"), 12);
            status = repository.saveCounts(m_year, counts);
        }
        QVERIFY(!status);
        QVERIFY2(status.message().contains(expectedWords), qPrintable(status.message()));
        // Nothing of the refused value was written.
        const InventorySnapshot snapshot = loaded();
        QCOMPARE(snapshot.rooms.size(), 1);
        QVERIFY(snapshot.rooms.constFirst().equipment.isEmpty());
        QVERIFY(snapshot.software.isEmpty());
        QVERIFY(snapshot.people.isEmpty());
    }

    void linksAccepted_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("valid");
        QTest::newRow("https") << "https://fbot.esoft.edu.vn" << true;
        QTest::newRow("domain") << "hoclieu.vn; olm.vn" << true;
        QTest::newRow("emails") << "c1chuvanands@gmail.com chuvanandaksong@gmail.com" << true;
        QTest::newRow("vietnamese path") << "https://www.facebook.com/people/Trường-tiểu-học" << true;
        QTest::newRow("query") << "https://meet.google.com/?hs=197&pli=1" << true;
        QTest::newRow("empty") << "" << true;
        QTest::newRow("bad scheme") << "htp://abc.vn" << false;
        QTest::newRow("no host") << "https://" << false;
        QTest::newRow("words") << "fbot esoft" << false;
        QTest::newRow("no tld") << "https://truong" << false;
    }

    void linksAccepted()
    {
        QFETCH(QString, link);
        QFETCH(bool, valid);
        QCOMPARE(InventoryValidator::checkLink(link).isEmpty(), valid);
    }

    void stocktakeConfirmsCountsAndDate()
    {
        QVERIFY(InventoryRepository(*m_db).replaceYear(m_year, InventorySamples::seed002()));
        const Room lab = roomNamed(loaded(), QStringLiteral("Phòng tin học"));
        InventoryStocktake stocktake(*m_db);
        const QDate date(2023, 3, 1);
        QVERIFY(stocktake.confirmRoom(lab.id, {{lab.equipment.constFirst().id, 21, 12}}, date));
        const InventorySnapshot after = loaded();
        QCOMPARE(roomNamed(after, QStringLiteral("Phòng tin học")).equipment.constFirst().working, 12);
        QCOMPARE(roomNamed(after, QStringLiteral("Phòng tin học")).checkedOn, date);
        // 36 pupils a class, 12 working computers → 3.0 em/máy: still level 2.
        QCOMPARE(factText(InventoryDerivation::derive(after), QStringLiteral("1.7.2")), QStringLiteral("2"));
        // An impossible count is refused and changes nothing, not even the date.
        const Status bad = stocktake.confirmRoom(lab.id, {{lab.equipment.constFirst().id, 21, 30}}, date.addDays(1));
        QVERIFY(!bad);
        QCOMPARE(roomNamed(loaded(), QStringLiteral("Phòng tin học")).checkedOn, date);
        // An entry of another room cannot be confirmed here.
        const Room office = roomNamed(after, QStringLiteral("Văn phòng"));
        QVERIFY(!stocktake.confirmRoom(lab.id, {{office.equipment.constFirst().id, 2, 2}}, date));
    }

    void stocktakeMarksBrokenAndRepairs()
    {
        QVERIFY(InventoryRepository(*m_db).replaceYear(m_year, InventorySamples::seed002()));
        const Room lab = roomNamed(loaded(), QStringLiteral("Phòng tin học"));
        const qint64 computers = lab.equipment.constFirst().id;
        InventoryStocktake stocktake(*m_db);
        QVERIFY(stocktake.markBroken(computers, 6, QStringLiteral("Hỏng nguồn"), QDate(2023, 3, 2)));
        InventorySnapshot after = loaded();
        const EquipmentItem &item = roomNamed(after, QStringLiteral("Phòng tin học")).equipment.constFirst();
        QCOMPARE(item.working, 11);
        QCOMPARE(item.repairs.size(), 1);
        QCOMPARE(item.repairs.constFirst().units, 6);
        QVERIFY(item.repairs.constFirst().isOpen());
        QCOMPARE(factText(InventoryDerivation::derive(after), QStringLiteral("1.7.2")), QStringLiteral("1"));
        QVERIFY(!stocktake.markBroken(computers, 12, QString(), QDate(2023, 3, 2)));

        const qint64 repair = item.repairs.constFirst().id;
        QVERIFY(!stocktake.closeRepair(repair, QDate(2023, 3, 1), RepairOutcome::Repaired, QString()));
        QVERIFY(stocktake.closeRepair(repair, QDate(2023, 3, 20), RepairOutcome::Repaired, QStringLiteral("Thay nguồn")));
        after = loaded();
        QCOMPARE(roomNamed(after, QStringLiteral("Phòng tin học")).equipment.constFirst().working, 17);
        QVERIFY(!stocktake.closeRepair(repair, QDate(2023, 3, 21), RepairOutcome::Repaired, QString()));

        const Expected<qint64> second = stocktake.openRepair(computers, 4, QStringLiteral("Hỏng ổ cứng"), QDate(2023, 4, 1));
        QVERIFY(second);
        QVERIFY(stocktake.closeRepair(*second, QDate(2023, 4, 2), RepairOutcome::WrittenOff, QString()));
        const EquipmentItem written = roomNamed(loaded(), QStringLiteral("Phòng tin học")).equipment.constFirst();
        QCOMPARE(written.quantity, 17);
        QCOMPARE(written.working, 17);
    }

    void stocktakeMarksMissing()
    {
        QVERIFY(InventoryRepository(*m_db).replaceYear(m_year, InventorySamples::seed002()));
        const qint64 computers = roomNamed(loaded(), QStringLiteral("Phòng tin học")).equipment.constFirst().id;
        InventoryStocktake stocktake(*m_db);
        // 21 owned, 17 working, 4 broken: the 5 missing take the 4 broken first, then 1 working.
        QVERIFY(stocktake.markMissing(computers, 5, QStringLiteral("Mất khi sửa phòng")));
        const EquipmentItem item = roomNamed(loaded(), QStringLiteral("Phòng tin học")).equipment.constFirst();
        QCOMPARE(item.quantity, 16);
        QCOMPARE(item.working, 16);
        QVERIFY(item.note.contains(QStringLiteral("Mất")));
        QVERIFY(!stocktake.markMissing(computers, 17, QString()));
    }

    void stocktakeMovesItems()
    {
        QVERIFY(InventoryRepository(*m_db).replaceYear(m_year, InventorySamples::seed002()));
        InventorySnapshot before = loaded();
        const Room lab = roomNamed(before, QStringLiteral("Phòng tin học"));
        const Room classroom = roomNamed(before, QStringLiteral("Lớp 5C"));   // the one without equipment
        InventoryStocktake stocktake(*m_db);
        const Expected<qint64> moved = stocktake.move(lab.equipment.constFirst().id, classroom.id, 2, 1);
        QVERIFY2(moved, qPrintable(moved.message()));
        InventorySnapshot after = loaded();
        const EquipmentItem &left = roomNamed(after, QStringLiteral("Phòng tin học")).equipment.constFirst();
        QCOMPARE(left.quantity, 18);
        QCOMPARE(left.working, 15);
        const EquipmentItem &arrived = roomNamed(after, QStringLiteral("Lớp 5C")).equipment.constFirst();
        QCOMPARE(arrived.id, *moved);
        QCOMPARE(arrived.quantity, 3);
        QCOMPARE(arrived.working, 2);
        // Moving again merges into the same entry.
        QCOMPARE(*stocktake.move(lab.equipment.constFirst().id, classroom.id, 1, 0), *moved);
        QCOMPARE(roomNamed(loaded(), QStringLiteral("Lớp 5C")).equipment.size(), 1);
        QCOMPARE(roomNamed(loaded(), QStringLiteral("Lớp 5C")).equipment.constFirst().quantity, 4);
        // Impossible moves change nothing.
        QVERIFY(!stocktake.move(lab.equipment.constFirst().id, classroom.id, 40, 0));
        QVERIFY(!stocktake.move(lab.equipment.constFirst().id, lab.id, 1, 0));
        auto other = YearRepository(*m_db).create(QStringLiteral("2023-2024"));
        QVERIFY(other);
        Room elsewhere;
        elsewhere.name = QStringLiteral("Lớp 1A");
        elsewhere.kind = QStringLiteral("classroom");
        const Expected<qint64> otherRoom = InventoryRepository(*m_db).saveRoom(other->id, elsewhere);
        QVERIFY(otherRoom);
        const Status crossYear = stocktake.move(lab.equipment.constFirst().id, *otherRoom, 1, 0).status();
        QVERIFY(!crossYear);
        QVERIFY(crossYear.message().contains(QStringLiteral("năm học khác")));
        QCOMPARE(roomNamed(loaded(), QStringLiteral("Phòng tin học")).equipment.constFirst().quantity, 17);
    }

    void copyForwardCopiesTheInventory()
    {
        InventorySnapshot seed = InventorySamples::seed002();
        RepairEntry open;
        open.opened = QDate(2023, 5, 1);
        open.units = 2;
        open.problem = QStringLiteral("Hỏng màn hình");
        RepairEntry closed = open;
        closed.closed = QDate(2023, 5, 10);
        closed.outcome = RepairOutcome::Repaired;
        seed.rooms[15].equipment[0].repairs = {open, closed};
        QVERIFY(InventoryRepository(*m_db).replaceYear(m_year, seed));
        auto next = YearRepository(*m_db).copyForward(m_year, QStringLiteral("2023-2024"));
        QVERIFY2(next, qPrintable(next.message()));
        Expected<InventorySnapshot> copied = InventoryRepository(*m_db).load(next->id);
        QVERIFY(copied);
        InventorySnapshot expected = seed;
        expected.yearName = QStringLiteral("2023-2024");
        expected.rooms[15].equipment[0].repairs = {open};
        QCOMPARE(withoutIds(*copied), expected);
        // The copy is independent of the original.
        InventoryRepository(*m_db).removeRoom(copied->rooms.constFirst().id);
        QCOMPARE(loaded().rooms.size(), seed.rooms.size());
        // A copied year is not pre-filled again.
        bool prefilled = true;
        QVERIFY(InventoryRepository(*m_db).prefillIfNew(next->id, &prefilled));
        QVERIFY(!prefilled);
    }

    void deletingAYearDeletesItsInventory()
    {
        QVERIFY(InventoryRepository(*m_db).replaceYear(m_year, InventorySamples::seed002()));
        QVERIFY(YearRepository(*m_db).remove(m_year));
        for (const QString &table : {QStringLiteral("inv_software"), QStringLiteral("inv_room"), QStringLiteral("inv_equipment"),
                                     QStringLiteral("inv_count"), QStringLiteral("inv_need")})
            QCOMPARE(rowCount(*m_db, table), 0);
    }
};

QTEST_GUILESS_MAIN(TestInventoryRepository)
#include "tst_inventory_repository.moc"
