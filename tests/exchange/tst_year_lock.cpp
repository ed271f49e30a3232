// Chốt số liệu: finalising locks a year, reopening needs a reason and starts the next revision.
#include "exchange/ReportingRepository.h"
#include "exchange/YearLock.h"
#include "school/SchoolRepository.h"
#include "school/YearRepository.h"
#include "store/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestYearLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_year = 0;

private slots:
    void init()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("lock-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY2(opened, qPrintable(opened.message()));
        m_db = std::move(opened.value());
        SchoolProfile profile;
        profile.name = QStringLiteral("Trường THCS Lê Lợi");
        profile.authority = QStringLiteral("UBND PHƯỜNG BẾN THÀNH");
        profile.placeName = QStringLiteral("Bến Thành");
        QVERIFY(SchoolRepository(*m_db).save(profile));
        const Expected<SchoolYear> year = YearRepository(*m_db).create(QStringLiteral("2025-2026"));
        QVERIFY(year);
        m_year = year->id;
    }

    void cleanup() { m_db.reset(); }

    void newYearIsAnOpenDraftOfRevisionOne()
    {
        YearLock lock(*m_db);
        const Expected<YearState> state = lock.state(m_year);
        QVERIFY(state);
        QVERIFY(!state->finalised);
        QCOMPARE(state->revision, 1);
        QVERIFY(!lock.isLocked(m_year));
        QVERIFY(lock.ensureWritable(m_year));
    }

    void finaliseLocksAndReopenStartsTheNextRevision()
    {
        YearLock lock(*m_db);
        const Expected<YearState> finalised = lock.finalise(m_year, QStringLiteral("Hiệu trưởng"));
        QVERIFY2(finalised, qPrintable(finalised.message()));
        QVERIFY(finalised->finalised);
        QCOMPARE(finalised->revision, 1);
        QVERIFY(finalised->finalisedAt.isValid());
        QVERIFY(lock.isLocked(m_year));
        const Status refused = lock.ensureWritable(m_year);
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QStringLiteral("2025-2026")) && refused.message().contains(QStringLiteral("Mở lại")),
                 qPrintable(refused.message()));
        // Finalising twice is refused; reopening needs a reason.
        QVERIFY(!lock.finalise(m_year, QStringLiteral("x")));
        QVERIFY(!lock.reopen(m_year, QStringLiteral("x"), QStringLiteral("   ")));
        const Expected<YearState> reopened = lock.reopen(m_year, QStringLiteral("Tổ CNTT"), QStringLiteral("Sửa số học liệu"));
        QVERIFY2(reopened, qPrintable(reopened.message()));
        QVERIFY(!reopened->finalised);
        QCOMPARE(reopened->revision, 2);
        QVERIFY(!lock.isLocked(m_year));
        QVERIFY(!lock.reopen(m_year, QStringLiteral("x"), QStringLiteral("lại")));  // not finalised
        QCOMPARE(lock.finalise(m_year, QStringLiteral("Hiệu trưởng"))->revision, 2);

        const Expected<QList<YearRevisionEvent>> history = lock.history(m_year);
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).action, QStringLiteral("finalise"));
        QCOMPARE(history->at(1).action, QStringLiteral("reopen"));
        QCOMPARE(history->at(1).actor, QStringLiteral("Tổ CNTT"));
        QCOMPARE(history->at(1).reason, QStringLiteral("Sửa số học liệu"));
        QCOMPARE(history->at(1).revision, 2);
        QVERIFY(history->at(1).at.isValid());
        QCOMPARE(history->at(2).revision, 2);
    }

    void reportingDataRespectsTheLock()
    {
        ReportingRepository reporting(*m_db);
        // The recipient defaults to the school's cơ quan chủ quản, kind guessed from its name.
        const Expected<ExchangeRecipient> guessed = reporting.recipient(m_year);
        QVERIFY(guessed);
        QCOMPARE(guessed->name, QStringLiteral("UBND PHƯỜNG BẾN THÀNH"));
        QCOMPARE(guessed->kind, RecipientKind::CommuneCommittee);
        ExchangeIndicators indicators;
        indicators.values.insert(QStringLiteral("computersTotal"), 40);
        indicators.values.insert(QStringLiteral("computersWithAntiMalware"), 31);
        QVERIFY(reporting.setIndicators(m_year, indicators));
        QVERIFY(reporting.setRecipient(m_year, {QStringLiteral("Sở GD&ĐT TP. Hồ Chí Minh"), RecipientKind::Department}));
        QVERIFY(YearLock(*m_db).finalise(m_year, QStringLiteral("HT")));
        ExchangeIndicators changed = indicators;
        changed.values.insert(QStringLiteral("computersTotal"), 41);
        QVERIFY(!reporting.setIndicators(m_year, changed));
        QVERIFY(!reporting.setRecipient(m_year, {QStringLiteral("Khác"), RecipientKind::Other}));
        QCOMPARE(reporting.indicators(m_year).value(), indicators);
        QCOMPARE(reporting.recipient(m_year)->kind, RecipientKind::Department);
        ExchangeIndicators unknown;
        unknown.values.insert(QStringLiteral("nonsense"), 1);
        QVERIFY(!reporting.setIndicators(m_year, unknown));
    }

    void copyForwardKeepsTheRecipientNotTheLock()
    {
        ReportingRepository reporting(*m_db);
        QVERIFY(reporting.setRecipient(m_year, {QStringLiteral("Sở GD&ĐT tỉnh Lâm Đồng"), RecipientKind::Department}));
        QVERIFY(YearLock(*m_db).finalise(m_year, QStringLiteral("HT")));
        const Expected<SchoolYear> next = YearRepository(*m_db).copyForward(m_year, QStringLiteral("2026-2027"));
        QVERIFY2(next, qPrintable(next.message()));
        QCOMPARE(reporting.recipient(next->id)->name, QStringLiteral("Sở GD&ĐT tỉnh Lâm Đồng"));
        QVERIFY(!YearLock(*m_db).isLocked(next->id));
    }

    void recipientKindGuess_data()
    {
        QTest::addColumn<QString>("authority");
        QTest::addColumn<int>("kind");
        QTest::newRow("commune") << "UBND XÃ ĐỨC AN" << int(RecipientKind::CommuneCommittee);
        QTest::newRow("ward, long form") << "Ủy ban nhân dân phường Bến Nghé" << int(RecipientKind::CommuneCommittee);
        QTest::newRow("department") << "SỞ GD&ĐT TỈNH ĐẮK NÔNG" << int(RecipientKind::Department);
        QTest::newRow("old district office") << "PHÒNG GD&ĐT HUYỆN ĐĂK SONG" << int(RecipientKind::DistrictOffice);
        QTest::newRow("unknown") << "Trung tâm X" << int(RecipientKind::Other);
    }

    void recipientKindGuess()
    {
        QFETCH(QString, authority);
        QFETCH(int, kind);
        QCOMPARE(int(RecipientKinds::guess(authority)), kind);
    }
};

QTEST_GUILESS_MAIN(TestYearLock)
#include "tst_year_lock.moc"
