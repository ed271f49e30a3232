#include "exchange/YearLock.h"
#include "index/Assessment.h"
#include "inventory/InventoryRepository.h"
#include "samples/SampleSchool.h"
#include "school/SchoolSession.h"
#include "school/YearRepository.h"

#include <QJsonValue>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

/// A finalised year is what was sent upward: its inventory, like its answers, cannot change.
class TestInventoryLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SchoolSession> m_session;
    qint64 m_year = 0;

    int roomCount()
    {
        const Expected<InventorySnapshot> snapshot = InventoryRepository(m_session->database()).load(m_year);
        return snapshot ? int(snapshot->rooms.size()) : -1;
    }

    static void verifyLockedMessage(const Status &status)
    {
        QVERIFY(!status);
        QVERIFY2(status.message().contains(QStringLiteral("Năm học đã chốt số liệu")), qPrintable(status.message()));
        QVERIFY2(!status.message().contains(QStringLiteral("Lỗi cơ sở dữ liệu")), qPrintable(status.message()));
    }

private slots:
    void init()
    {
        static int counter = 0;
        auto session = SchoolSession::open(m_dir.filePath(QStringLiteral("lock-%1.sqlite").arg(++counter)));
        QVERIFY(session);
        m_session = std::move(session.value());
        QVERIFY(SampleSchool::create(*m_session));
        m_year = m_session->currentYear().id;
        QVERIFY(YearLock(m_session->database()).finalise(m_year, QStringLiteral("Hiệu trưởng")));
    }

    void roomsAndEquipmentAreLocked()
    {
        const int before = roomCount();
        QVERIFY(before > 0);
        InventoryRepository repository(m_session->database());
        Room room;
        room.name = QStringLiteral("Phòng học mới");
        room.kind = QStringLiteral("classroom");
        const Expected<qint64> added = repository.saveRoom(m_year, room);
        verifyLockedMessage(added.status());
        const InventorySnapshot snapshot = *repository.load(m_year);
        verifyLockedMessage(repository.removeRoom(snapshot.rooms.first().id));
        verifyLockedMessage(repository.replaceYear(m_year, InventorySnapshot()));
        QCOMPARE(roomCount(), before);
    }

    void answersGiveTheSameClearMessage()
    {
        const Status status = Assessment(m_session->database())
                                  .setAnswer(m_year, QStringLiteral("1.5.1"), QJsonValue(true), QStringLiteral("GV"));
        verifyLockedMessage(status);
    }

    void reopeningUnlocks()
    {
        QVERIFY(YearLock(m_session->database()).reopen(m_year, QStringLiteral("Hiệu trưởng"), QStringLiteral("Bổ sung phòng học")));
        Room room;
        room.name = QStringLiteral("Phòng học mới");
        room.kind = QStringLiteral("classroom");
        const Expected<qint64> added = InventoryRepository(m_session->database()).saveRoom(m_year, room);
        QVERIFY2(added, qPrintable(added.message()));
    }

    void aFinalisedYearCanStillBeDeletedWhole()
    {
        const Status removed = YearRepository(m_session->database()).remove(m_year);
        QVERIFY2(removed, qPrintable(removed.message()));
        QCOMPARE(YearRepository(m_session->database()).list()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInventoryLock)
#include "tst_inventory_lock.moc"
