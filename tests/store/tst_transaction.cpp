#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestTransaction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    int settingCount()
    {
        SqlQuery query(*m_db, QStringLiteral("SELECT count(*) FROM app_setting"));
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

    Status insert(const QString &key)
    {
        SqlQuery query(*m_db, QStringLiteral("INSERT INTO app_setting (key, value) VALUES (:k, 'v')"));
        query.bind(QStringLiteral(":k"), key);
        return query.exec();
    }

private slots:
    void init()
    {
        static int counter = 0;
        auto db = Database::open(m_dir.filePath(QStringLiteral("tx-%1.sqlite").arg(++counter)));
        QVERIFY2(db, qPrintable(db.message()));
        m_db = std::move(db.value());
    }

    void commitPersists()
    {
        Transaction tx(*m_db);
        QVERIFY(tx.beginStatus());
        QVERIFY(insert(QStringLiteral("a")));
        QVERIFY(tx.commit());
        QCOMPARE(settingCount(), 1);
    }

    void failingStatementRollsBackEverything()
    {
        {
            Transaction tx(*m_db);
            QVERIFY(insert(QStringLiteral("a")));
            const Status duplicate = insert(QStringLiteral("a")); // primary key violation
            QVERIFY(!duplicate);
            QVERIFY(duplicate.message().startsWith(QStringLiteral("Lỗi cơ sở dữ liệu")));
            // The guard goes out of scope without commit().
        }
        QCOMPARE(settingCount(), 0);
    }

    void nestedGuardRollsBackOnlyItsPart()
    {
        Transaction outer(*m_db);
        QVERIFY(insert(QStringLiteral("kept")));
        {
            Transaction inner(*m_db);
            QVERIFY(inner.beginStatus());
            QVERIFY(insert(QStringLiteral("dropped")));
        }
        QVERIFY(outer.commit());
        QCOMPARE(settingCount(), 1);
    }

    void nestedCommitJoinsOuter()
    {
        {
            Transaction outer(*m_db);
            {
                Transaction inner(*m_db);
                QVERIFY(insert(QStringLiteral("x")));
                QVERIFY(inner.commit());
            }
            // outer never commits: the inner work goes too.
        }
        QCOMPARE(settingCount(), 0);
    }

    void foreignKeysAreEnforced()
    {
        Transaction tx(*m_db);
        const Status status = m_db->exec(QStringLiteral("INSERT INTO year_text (year_id, key, value) VALUES (999, 'k', 'v')"));
        QVERIFY(!status);
        QVERIFY(status.message().contains(QStringLiteral("FOREIGN KEY"), Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
