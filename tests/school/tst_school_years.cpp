#include "school/SchoolSession.h"
#include "school/YearRepository.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestSchoolYears : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<Database> freshDatabase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("y%1.sqlite").arg(++m_counter)));
        return db ? std::move(db.value()) : nullptr;
    }

    static void putText(Database &db, qint64 yearId, const QString &key, const QString &value)
    {
        SqlQuery query(db, QStringLiteral("INSERT INTO year_text (year_id, key, value) VALUES (:y, :k, :v)"));
        query.bind(QStringLiteral(":y"), yearId).bind(QStringLiteral(":k"), key).bind(QStringLiteral(":v"), value);
        QVERIFY(query.exec());
    }

    static QString text(Database &db, qint64 yearId, const QString &key)
    {
        SqlQuery query(db, QStringLiteral("SELECT value FROM year_text WHERE year_id = :y AND key = :k"));
        query.bind(QStringLiteral(":y"), yearId).bind(QStringLiteral(":k"), key);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

private slots:
    void parsesYearNames_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("plain") << "2022-2023" << true << "2022-2023";
        QTest::newRow("spaced") << "2022 - 2023" << true << "2022-2023";
        QTest::newRow("en dash") << "2023–2024" << true << "2023-2024";
        QTest::newRow("not consecutive") << "2022-2024" << false << "";
        QTest::newRow("reversed") << "2023-2022" << false << "";
        QTest::newRow("text") << "năm nay" << false << "";
        QTest::newRow("absurd") << "1850-1851" << false << "";
    }

    void parsesYearNames()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        QString result;
        QCOMPARE(SchoolYear::parseName(input, &result, nullptr), valid);
        if (valid)
            QCOMPARE(result, canonical);
    }

    void yearForDate()
    {
        QCOMPARE(SchoolYear::nameForDate(2026, 11), QStringLiteral("2026-2027"));
        QCOMPARE(SchoolYear::nameForDate(2027, 3), QStringLiteral("2026-2027"));
        QCOMPARE(SchoolYear::nameForDate(2027, 8), QStringLiteral("2027-2028"));
    }

    void createsAndRefusesDuplicates()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        YearRepository years(*db);
        auto created = years.create(QStringLiteral("2022 - 2023"));
        QVERIFY2(created, qPrintable(created.message()));
        QCOMPARE(created->name, QStringLiteral("2022-2023"));
        QCOMPARE(created->displayName(), QStringLiteral("2022 - 2023"));
        QCOMPARE(created->indexId, QStringLiteral("4725/QĐ-BGDĐT"));
        auto again = years.create(QStringLiteral("2022-2023"));
        QVERIFY(!again);
        QVERIFY(again.message().contains(QStringLiteral("đã có")));
        QCOMPARE(years.list()->size(), 1);
    }

    void copyForwardCopiesTheYearsData()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        YearRepository years(*db);
        auto first = years.create(QStringLiteral("2022-2023"));
        QVERIFY(first);
        putText(*db, first->id, QStringLiteral("plan.purpose"), QStringLiteral("Nâng cao nhận thức về chuyển đổi số."));
        auto second = years.copyForward(first->id, QStringLiteral("2023-2024"));
        QVERIFY2(second, qPrintable(second.message()));
        QCOMPARE(text(*db, second->id, QStringLiteral("plan.purpose")),
                 QStringLiteral("Nâng cao nhận thức về chuyển đổi số."));
        // The copy is independent of its source.
        putText(*db, second->id, QStringLiteral("only.new"), QStringLiteral("x"));
        QVERIFY(text(*db, first->id, QStringLiteral("only.new")).isEmpty());
    }

    void failedCopyForwardCreatesNothing()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        YearRepository years(*db);
        auto first = years.create(QStringLiteral("2022-2023"));
        QVERIFY(first);
        auto bad = years.copyForward(first->id + 100, QStringLiteral("2023-2024"));
        QVERIFY(!bad);
        QCOMPARE(years.list()->size(), 1);
    }

    void sessionRemembersCurrentYear()
    {
        const QString file = m_dir.filePath(QStringLiteral("session.sqlite"));
        qint64 firstId = 0;
        {
            auto session = SchoolSession::open(file);
            QVERIFY(session);
            QSignalSpy spy(session->get(), &SchoolSession::currentYearChanged);
            auto first = (*session)->createYear(QStringLiteral("2022-2023"));
            QVERIFY(first);
            firstId = first->id;
            QVERIFY((*session)->createYear(QStringLiteral("2023-2024"), firstId));
            QCOMPARE((*session)->currentYear().name, QStringLiteral("2023-2024"));
            QVERIFY((*session)->setCurrentYear(firstId));
            QVERIFY(spy.count() >= 3);
        }
        auto reopened = SchoolSession::open(file);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->years().size(), 2);
        QCOMPARE((*reopened)->currentYear().id, firstId);
    }
};

QTEST_GUILESS_MAIN(TestSchoolYears)
#include "tst_school_years.moc"
