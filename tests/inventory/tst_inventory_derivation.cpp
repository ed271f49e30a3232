#include "InventoryTestSupport.h"

#include "inventory/InventoryCatalog.h"
#include "inventory/InventoryDerivation.h"
#include "inventory/InventorySamples.h"
#include "inventory/InventoryTotals.h"

#include <QTest>

using namespace sdx;
using namespace sdx::test;

class TestInventoryDerivation : public QObject
{
    Q_OBJECT

    static InventorySnapshot withClasses(int students, int classes)
    {
        InventorySnapshot snapshot;
        if (students >= 0)
            snapshot.people.set(QStringLiteral("students"), students);
        if (classes >= 0)
            snapshot.people.set(QStringLiteral("classes"), classes);
        return snapshot;
    }

private slots:
    void catalogLoads()
    {
        const InventoryCatalog &catalog = InventoryCatalog::builtIn();
        QVERIFY(!catalog.roles().isEmpty());
        QVERIFY(catalog.category(QStringLiteral("desktop-computer")));
        QVERIFY(catalog.roomKind(QStringLiteral("computer-lab")));
        QCOMPARE(catalog.lmsFunctions().size(), 4);
        QCOMPARE(catalog.modules().size(), 7);
    }

    void seedSchoolFacts_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("expected");
        // Seed 002's self-assessment (lines 112–155): these are the facts behind its scores.
        QTest::newRow("1.3.1 live teaching") << "1.3.1" << "true";
        QTest::newRow("1.3.2 no LMS") << "1.3.2" << "false";
        QTest::newRow("1.3.3.1") << "1.3.3.1" << "false";
        QTest::newRow("1.3.3.4") << "1.3.3.4" << "false";
        QTest::newRow("1.4 no materials") << "1.4" << "0";
        QTest::newRow("1.5.1 no testing row") << "1.5.1" << "absent";
        QTest::newRow("1.6.1 100%") << "1.6.1" << "20/20";
        QTest::newRow("1.6.3 10%") << "1.6.3" << "2/20";
        QTest::newRow("1.7.1 53%") << "1.7.1" << "8/15";
        QTest::newRow("1.7.2 level 2") << "1.7.2" << "2";
        QTest::newRow("1.7.3 no studio") << "1.7.3" << "false";
        QTest::newRow("2.3.2 students") << "2.3.2" << "true";
        QTest::newRow("2.3.3 no gradebook") << "2.3.3" << "false";
        QTest::newRow("2.3.5 assets") << "2.3.5" << "true";
        QTest::newRow("2.3.7 accounting by MISA") << "2.3.7" << "true";
        QTest::newRow("2.3.8 sector database") << "2.3.8" << "true";
        QTest::newRow("2.4.1 family") << "2.4.1" << "true";
        QTest::newRow("2.4.2 no row") << "2.4.2" << "absent";
    }

    void seedSchoolFacts()
    {
        QFETCH(QString, item);
        QFETCH(QString, expected);
        const DerivedFacts facts = InventoryDerivation::derive(InventorySamples::seed002());
        QCOMPARE(factText(facts, item), expected);
        if (expected != QLatin1String("absent"))
            QVERIFY(!fact(facts, item)->provenance.isEmpty());
    }

    void seedSchoolTotals()
    {
        const InventoryTotals totals = InventoryTotals::compute(InventorySamples::seed002());
        // "Tổng số phần mềm và ứng dụng đang sử dụng: 19 … còn thiếu: 05 … đã có: 23 … còn thiếu: 03"
        QCOMPARE(totals.softwareInUse, 19);
        QCOMPARE(totals.softwareMissing, 5);
        QCOMPARE(totals.equipmentOwned, 23);
        QCOMPARE(totals.equipmentMissing, 3);
        QCOMPARE(totals.classrooms, 15);
        QCOMPARE(totals.classroomsEquipped, 8);
        QCOMPARE(totals.labComputers, 21);
        QCOMPARE(totals.labComputersWorking, 17);
    }

    void seedProvenanceNamesFigures()
    {
        const DerivedFacts facts = InventoryDerivation::derive(InventorySamples::seed002());
        QVERIFY(fact(facts, QStringLiteral("1.7.1"))->provenance.contains(QStringLiteral("8/15")));
        QVERIFY(fact(facts, QStringLiteral("1.7.1"))->provenance.contains(QStringLiteral("53%")));
        QVERIFY(fact(facts, QStringLiteral("1.7.2"))->provenance.contains(QStringLiteral("17/21")));
    }

    void brokenComputerLowersFactsAtOnce()
    {
        InventorySnapshot snapshot = InventorySamples::seed002();
        Room *lab = nullptr;
        for (Room &room : snapshot.rooms) {
            if (room.kind == QLatin1String("computer-lab"))
                lab = &room;
        }
        QVERIFY(lab);
        // 36 pupils a class: 17 working → 2.1 em/máy (level 2); 11 working → 3.3 (level 1).
        lab->equipment[0].working = 11;
        QCOMPARE(factText(InventoryDerivation::derive(snapshot), QStringLiteral("1.7.2")), QStringLiteral("1"));
        lab->equipment[0].working = 0;
        QCOMPARE(factText(InventoryDerivation::derive(snapshot), QStringLiteral("1.7.2")), QStringLiteral("1"));
        // A TV breaking in an equipped classroom takes it out of 1.7.1.
        snapshot = InventorySamples::seed002();
        snapshot.rooms[0].equipment[0].working = 0;
        QCOMPARE(factText(InventoryDerivation::derive(snapshot), QStringLiteral("1.7.1")), QStringLiteral("7/15"));
    }

    void classroomShare_data()
    {
        QTest::addColumn<QString>("rooms");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tv and internet") << "tv+net" << "1/1";
        QTest::newRow("projector, board") << "projector+net,board+net" << "2/2";
        QTest::newRow("no internet") << "tv,projector" << "0/2";
        QTest::newRow("internet only") << "net,net,tv+net" << "1/3";
        QTest::newRow("broken tv") << "tv!+net,tv+net" << "1/2";
        QTest::newRow("broken and working") << "tv!+tv+net" << "1/1";
        QTest::newRow("printer is not projection") << "printer+net" << "0/1";
        QTest::newRow("empty classroom") << "" << "0/1";
    }

    void classroomShare()
    {
        QFETCH(QString, rooms);
        QFETCH(QString, expected);
        InventorySnapshot snapshot;
        snapshot.rooms = classrooms(rooms);
        QCOMPARE(factText(InventoryDerivation::derive(snapshot), QStringLiteral("1.7.1")), expected);
    }

    void classroomShareNeedsClassrooms()
    {
        InventorySnapshot snapshot;
        snapshot.rooms = labs(QStringLiteral("20/20"));
        QCOMPARE(factText(InventoryDerivation::derive(snapshot), QStringLiteral("1.7.1")), QStringLiteral("absent"));
        snapshot.rooms.clear();
        const DerivedFacts none = InventoryDerivation::derive(snapshot);
        QCOMPARE(factText(none, QStringLiteral("1.7.2")), QStringLiteral("absent"));
        QCOMPARE(factText(none, QStringLiteral("1.7.3")), QStringLiteral("absent"));
    }

    void labLevel_data()
    {
        QTest::addColumn<QString>("labSpec");
        QTest::addColumn<int>("students");
        QTest::addColumn<int>("classes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seed: 21 with 4 broken, 36/class") << "21/17" << 540 << 15 << "2";
        QTest::newRow("all 21 working") << "21/21" << 540 << 15 << "2";
        QTest::newRow("one per pupil") << "40/36" << 540 << 15 << "3";
        QTest::newRow("exactly 1.0 is level 3") << "36/36" << 540 << 15 << "3";
        QTest::newRow("exactly 3.0 is level 2") << "20/12" << 540 << 15 << "2";
        QTest::newRow("just over 3 is level 1") << "20/11" << 540 << 15 << "1";
        QTest::newRow("two labs average") << "21/17,21/17" << 540 << 15 << "2";
        QTest::newRow("all broken") << "10/0" << 540 << 15 << "1";
        QTest::newRow("all broken, pupils unknown") << "10/0" << -1 << -1 << "1";
        QTest::newRow("lab without computers") << "0/0" << 540 << 15 << "1";
        QTest::newRow("no lab at all") << "" << 540 << 15 << "1";
        QTest::newRow("pupils unknown") << "21/17" << -1 << 15 << "absent";
        QTest::newRow("classes unknown") << "21/17" << 540 << -1 << "absent";
        QTest::newRow("zero classes") << "21/17" << 540 << 0 << "absent";
    }

    void labLevel()
    {
        QFETCH(QString, labSpec);
        QFETCH(int, students);
        QFETCH(int, classes);
        QFETCH(QString, expected);
        InventorySnapshot snapshot = withClasses(students, classes);
        snapshot.rooms = labs(labSpec) + classrooms(QStringLiteral("tv+net"));
        QCOMPARE(factText(InventoryDerivation::derive(snapshot), QStringLiteral("1.7.2")), expected);
    }

    void labNeverFilledInIsUnknown()
    {
        // A computer lab with no equipment entered yet: the inventory is unfinished.
        Room lab;
        lab.name = QStringLiteral("Phòng tin học");
        lab.kind = QStringLiteral("computer-lab");
        InventorySnapshot snapshot = withClasses(540, 15);
        snapshot.rooms = {lab};
        QCOMPARE(factText(InventoryDerivation::derive(snapshot), QStringLiteral("1.7.2")), QStringLiteral("absent"));
        snapshot.rooms[0].equipment.append(item(QStringLiteral("projector"), 1, 1));
        QCOMPARE(factText(InventoryDerivation::derive(snapshot), QStringLiteral("1.7.2")), QStringLiteral("1"));
    }

    void studio_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("computers");
        QTest::addColumn<int>("working");
        QTest::addColumn<QString>("expected");
        QTest::newRow("studio with a computer") << "studio" << 1 << 1 << "true";
        QTest::newRow("studio, computer broken") << "studio" << 2 << 0 << "false";
        QTest::newRow("studio without computer") << "studio" << 0 << 0 << "false";
        QTest::newRow("office is no studio") << "office" << 3 << 3 << "false";
    }

    void studio()
    {
        QFETCH(QString, kind);
        QFETCH(int, computers);
        QFETCH(int, working);
        QFETCH(QString, expected);
        Room room;
        room.name = QStringLiteral("Phòng ghi hình");
        room.kind = kind;
        if (computers > 0)
            room.equipment.append(item(QStringLiteral("laptop"), computers, working));
        InventorySnapshot snapshot;
        snapshot.rooms = {room};
        QCOMPARE(factText(InventoryDerivation::derive(snapshot), QStringLiteral("1.7.3")), expected);
    }

    void roleFacts_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("statuses");
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("expected");
        QTest::newRow("live in use") << "live-teaching" << "in-use" << "1.3.1" << "true";
        QTest::newRow("live missing") << "live-teaching" << "missing" << "1.3.1" << "false";
        QTest::newRow("live not needed") << "live-teaching" << "not-needed" << "1.3.1" << "false";
        QTest::newRow("live unanswered") << "live-teaching" << "unset" << "1.3.1" << "absent";
        QTest::newRow("live no row") << "website" << "in-use" << "1.3.1" << "absent";
        QTest::newRow("one of two in use") << "live-teaching" << "missing,in-use" << "1.3.1" << "true";
        QTest::newRow("lms in use") << "lms" << "in-use" << "1.3.2" << "true";
        QTest::newRow("family") << "family-connection" << "in-use" << "2.4.1" << "true";
        QTest::newRow("admission missing") << "online-admission" << "missing" << "2.4.2" << "false";
        QTest::newRow("cashless in use") << "cashless-fees" << "in-use" << "2.4.3" << "true";
        QTest::newRow("cashless unanswered") << "cashless-fees" << "unset" << "2.4.3" << "absent";
    }

    void roleFacts()
    {
        QFETCH(QString, role);
        QFETCH(QString, statuses);
        QFETCH(QString, item);
        QFETCH(QString, expected);
        InventorySnapshot snapshot;
        const QStringList codes = statuses.split(QLatin1Char(','));
        for (int i = 0; i < codes.size(); ++i) {
            SoftwareRow row = software(role, status(codes.at(i)));
            row.name += QString::number(i);
            snapshot.software.append(row);
        }
        QCOMPARE(factText(InventoryDerivation::derive(snapshot), item), expected);
    }

    void lmsFunctions_data()
    {
        QTest::addColumn<QString>("lmsStatus");
        QTest::addColumn<QStringList>("functions");
        QTest::addColumn<QStringList>("expected");   // 1.3.3.1 … 1.3.3.4
        QTest::newRow("all four") << "in-use" << words("self-study,answers,assessment,parents")
                                  << words("true,true,true,true");
        QTest::newRow("two") << "in-use" << words("self-study,assessment")
                             << words("true,false,true,false");
        QTest::newRow("no LMS") << "missing" << QStringList() << words("false,false,false,false");
        QTest::newRow("functions of an LMS not in use") << "not-needed" << words("parents")
                                                        << words("false,false,false,false");
        QTest::newRow("unanswered") << "unset" << words("parents")
                                    << words("absent,absent,absent,absent");
    }

    void lmsFunctions()
    {
        QFETCH(QString, lmsStatus);
        QFETCH(QStringList, functions);
        QFETCH(QStringList, expected);
        SoftwareRow lms = software(QStringLiteral("lms"), status(lmsStatus));
        lms.functions = functions;
        InventorySnapshot snapshot;
        snapshot.software = {lms};
        const DerivedFacts facts = InventoryDerivation::derive(snapshot);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(factText(facts, QStringLiteral("1.3.3.%1").arg(i + 1)), expected.at(i));
    }

    void managementModules_data()
    {
        QTest::addColumn<QString>("managementStatus");
        QTest::addColumn<QStringList>("modules");
        QTest::addColumn<QString>("otherRole");     // a separate product in use, or ""
        QTest::addColumn<QStringList>("expected");  // 2.3.2 … 2.3.8
        QTest::newRow("all modules") << "in-use"
                                     << words("students,gradebook,staff,facilities,health,accounting,sector-database")
                                     << "" << words("true,true,true,true,true,true,true");
        QTest::newRow("students only") << "in-use" << words("students") << ""
                                       << words("true,false,false,false,false,false,false");
        QTest::newRow("separate asset software") << "in-use" << words("students") << "asset-management"
                                                 << words("true,false,false,true,false,false,false");
        QTest::newRow("separate finance without system") << "unset" << QStringList() << "finance"
                                                         << words("false,false,false,false,false,true,false");
        QTest::newRow("system missing") << "missing" << QStringList() << ""
                                        << words("false,false,false,false,false,false,false");
        QTest::newRow("unanswered") << "unset" << words("students") << ""
                                    << words("absent,absent,absent,absent,absent,absent,absent");
    }

    void managementModules()
    {
        QFETCH(QString, managementStatus);
        QFETCH(QStringList, modules);
        QFETCH(QString, otherRole);
        QFETCH(QStringList, expected);
        SoftwareRow system = software(QStringLiteral("school-management"), status(managementStatus), SoftwareGroup::Management);
        system.modules = modules;
        InventorySnapshot snapshot;
        snapshot.software = {system};
        if (!otherRole.isEmpty())
            snapshot.software.append(software(otherRole, SoftwareStatus::InUse, SoftwareGroup::Management));
        const DerivedFacts facts = InventoryDerivation::derive(snapshot);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(factText(facts, QStringLiteral("2.3.%1").arg(i + 2)), expected.at(i));
    }

    void computerTesting_data()
    {
        QTest::addColumn<QString>("testingStatus");
        QTest::addColumn<bool>("exchanges");
        QTest::addColumn<QString>("labSpec");
        QTest::addColumn<QString>("expected151");
        QTest::addColumn<QString>("expected152");
        QTest::newRow("in use, lab, exchanging") << "in-use" << true << "20/18" << "true" << "true";
        QTest::newRow("in use, lab") << "in-use" << false << "20/18" << "true" << "false";
        QTest::newRow("in use, lab all broken") << "in-use" << false << "20/0" << "false" << "false";
        QTest::newRow("in use, no rooms recorded") << "in-use" << true << "" << "absent" << "true";
        QTest::newRow("missing") << "missing" << false << "20/18" << "false" << "false";
        QTest::newRow("unanswered") << "unset" << true << "20/18" << "absent" << "absent";
    }

    void computerTesting()
    {
        QFETCH(QString, testingStatus);
        QFETCH(bool, exchanges);
        QFETCH(QString, labSpec);
        QFETCH(QString, expected151);
        QFETCH(QString, expected152);
        SoftwareRow testing = software(QStringLiteral("computer-testing"), status(testingStatus));
        testing.exchangesResults = exchanges;
        InventorySnapshot snapshot;
        snapshot.software = {testing};
        snapshot.rooms = labs(labSpec);
        const DerivedFacts facts = InventoryDerivation::derive(snapshot);
        QCOMPARE(factText(facts, QStringLiteral("1.5.1")), expected151);
        QCOMPARE(factText(facts, QStringLiteral("1.5.2")), expected152);
    }

    void peopleShares_data()
    {
        QTest::addColumn<int>("teachers");
        QTest::addColumn<int>("withAccount");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all") << 20 << 20 << "20/20";
        QTest::newRow("some") << 30 << 9 << "9/30";
        QTest::newRow("none") << 30 << 0 << "0/30";
        QTest::newRow("teachers unknown") << -1 << 9 << "absent";
        QTest::newRow("count unknown") << 30 << -1 << "absent";
        QTest::newRow("no teachers") << 0 << 0 << "absent";
        QTest::newRow("more than teachers") << 10 << 12 << "absent";
    }

    void peopleShares()
    {
        QFETCH(int, teachers);
        QFETCH(int, withAccount);
        QFETCH(QString, expected);
        InventorySnapshot snapshot;
        if (teachers >= 0)
            snapshot.people.set(QStringLiteral("teachers"), teachers);
        if (withAccount >= 0)
            snapshot.people.set(QStringLiteral("teachers-training-account"), withAccount);
        QCOMPARE(factText(InventoryDerivation::derive(snapshot), QStringLiteral("1.6.1")), expected);
    }

    void materialsCount()
    {
        InventorySnapshot snapshot;
        QCOMPARE(factText(InventoryDerivation::derive(snapshot), QStringLiteral("1.4")), QStringLiteral("absent"));
        snapshot.people.set(QStringLiteral("approved-materials"), 42);
        QCOMPARE(factText(InventoryDerivation::derive(snapshot), QStringLiteral("1.4")), QStringLiteral("42"));
    }

    void emptyInventoryDerivesNothing()
    {
        QVERIFY(InventoryDerivation::derive(InventorySnapshot()).isEmpty());
    }

    void softwareTotals_data()
    {
        QTest::addColumn<QStringList>("statuses");
        QTest::addColumn<QList<int>>("quantities");
        QTest::addColumn<int>("inUse");
        QTest::addColumn<int>("missing");
        QTest::newRow("quantities add up") << words("in-use,in-use") << QList<int>{2, 1} << 3 << 0;
        QTest::newRow("missing rows counted once") << words("missing,missing") << QList<int>{1, 3} << 0 << 2;
        QTest::newRow("a zero quantity in use counts one") << words("in-use") << QList<int>{0} << 1 << 0;
        QTest::newRow("unset and not needed count nothing") << words("unset,not-needed") << QList<int>{1, 1} << 0 << 0;
    }

    void softwareTotals()
    {
        QFETCH(QStringList, statuses);
        QFETCH(QList<int>, quantities);
        QFETCH(int, inUse);
        QFETCH(int, missing);
        InventorySnapshot snapshot;
        for (int i = 0; i < statuses.size(); ++i) {
            SoftwareRow row = software(QString(), status(statuses.at(i)));
            row.name = QStringLiteral("Ứng dụng %1").arg(i);
            row.quantity = quantities.at(i);
            snapshot.software.append(row);
        }
        const InventoryTotals totals = InventoryTotals::compute(snapshot);
        QCOMPARE(totals.softwareInUse, inUse);
        QCOMPARE(totals.softwareMissing, missing);
    }

    void equipmentTotals()
    {
        InventorySnapshot snapshot;
        snapshot.rooms = labs(QStringLiteral("21/17")) + classrooms(QStringLiteral("tv+net,tv!,"));
        Room office;
        office.name = QStringLiteral("Văn phòng");
        office.kind = QStringLiteral("office");
        office.equipment = {item(QStringLiteral("network-device"), 4, 4), item(QStringLiteral("laptop"), 3, 2)};
        office.equipment[1].protectedCount = 2;
        snapshot.rooms.append(office);
        snapshot.needs = {{0, QStringLiteral("studio"), 1, QString()}, {0, QStringLiteral("projector"), 4, QString()}};
        const InventoryTotals totals = InventoryTotals::compute(snapshot);
        // lab as one + 2 TVs (one broken, still owned) + 3 laptops; network devices not counted.
        QCOMPARE(totals.equipmentOwned, 1 + 2 + 3);
        QCOMPARE(totals.equipmentMissing, 5);
        QCOMPARE(totals.computers, 24);
        QCOMPARE(totals.computersProtected, 2);
        QCOMPARE(totals.unitsBroken, 4 + 1 + 1);
        const auto malware = std::find_if(totals.indicators.cbegin(), totals.indicators.cend(),
                                          [](const AuthorityIndicator &i) { return i.number == 5; });
        QVERIFY(malware != totals.indicators.cend());
        QCOMPARE(*malware->count, 2);
        QCOMPARE(*malware->of, 24);
    }

    void authorityIndicators()
    {
        const InventoryTotals totals = InventoryTotals::compute(InventorySamples::seed002());
        QList<int> numbers;
        for (const AuthorityIndicator &indicator : totals.indicators)
            numbers.append(indicator.number);
        QCOMPARE(numbers, (QList<int>{3, 4, 5, 6, 7, 8}));
        // IT staff: 1 of 25 teachers and staff; trained staff unknown.
        QCOMPARE(*totals.indicators.at(0).count, 1);
        QCOMPARE(*totals.indicators.at(0).of, 25);
        QVERIFY(!totals.indicators.at(1).isKnown());
    }
};

QTEST_GUILESS_MAIN(TestInventoryDerivation)
#include "tst_inventory_derivation.moc"
