#include "store/Database.h"
#include "store/Migrations.h"
#include "store/SqlQuery.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray fileHash(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static QVariant pragma(Database &db, const QString &name)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
            return {};
        return query.value(0);
    }

    /// Writes a plain SQLite file with the given header values, as another program would.
    static void makeRawSqlite(const QString &file, int userVersion, bool withTable)
    {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            if (withTable)
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE other (x INTEGER)")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private slots:
    void freshCreateIsAtLatestVersion()
    {
        auto db = Database::open(path(QStringLiteral("fresh/school.sqlite")));
        QVERIFY2(db, qPrintable(db.message()));
        QVERIFY(Migrations::latestVersion() >= 1);
        QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(pragma(**db, QStringLiteral("application_id")).toInt(), Database::ApplicationId);
        QCOMPARE(pragma(**db, QStringLiteral("foreign_keys")).toInt(), 1);
        // Rollback journal: the one file is the whole database.
        QCOMPARE(pragma(**db, QStringLiteral("journal_mode")).toString(), QStringLiteral("delete"));
        QVERIFY(!QFile::exists(path(QStringLiteral("fresh/school.sqlite-wal"))));
    }

    void reopenKeepsData()
    {
        const QString file = path(QStringLiteral("reopen.sqlite"));
        {
            auto db = Database::open(file);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO app_setting (key, value) VALUES ('k', 'giá trị')")));
        }
        auto db = Database::open(file);
        QVERIFY(db);
        SqlQuery query(**db, QStringLiteral("SELECT value FROM app_setting WHERE key = 'k'"));
        QVERIFY(query.exec());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("giá trị"));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int version = 1; version < Migrations::latestVersion(); ++version)
            QTest::addRow("v%d", version) << version;
        if (Migrations::latestVersion() == 1)
            QTest::addRow("v0") << 0;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, fromVersion);
        const QString file = path(QStringLiteral("migrate-%1.sqlite").arg(fromVersion));
        {
            auto old = Database::openAtVersion(file, fromVersion);
            QVERIFY2(old, qPrintable(old.message()));
            QCOMPARE((*old)->schemaVersion(), fromVersion);
            if (fromVersion >= 1)
                QVERIFY((*old)->exec(QStringLiteral(
                    "INSERT INTO school (id, name, authority) VALUES (1, 'Trường Tiểu học Chu Văn An', 'UBND XÃ ĐỨC AN')")));
        }
        auto db = Database::open(file);
        QVERIFY2(db, qPrintable(db.message()));
        QCOMPARE((*db)->schemaVersion(), Migrations::latestVersion());
        if (fromVersion >= 1) {
            SqlQuery query(**db, QStringLiteral("SELECT name FROM school"));
            QVERIFY(query.exec());
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("Trường Tiểu học Chu Văn An"));
        }
    }

    void refusesNewerVersionAndLeavesFileUntouched()
    {
        const QString file = path(QStringLiteral("newer.sqlite"));
        {
            auto db = Database::open(file);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
        }
        const QByteArray before = fileHash(file);
        auto db = Database::open(file);
        QVERIFY(!db);
        QVERIFY2(db.message().contains(QStringLiteral("phiên bản SchoolDX mới hơn")), qPrintable(db.message()));
        QVERIFY(db.message().contains(QStringLiteral("không bị thay đổi")));
        QCOMPARE(fileHash(file), before);
    }

    void refusesForeignSqliteFile()
    {
        const QString file = path(QStringLiteral("foreign.sqlite"));
        makeRawSqlite(file, 3, true);
        const QByteArray before = fileHash(file);
        auto db = Database::open(file);
        QVERIFY(!db);
        QVERIFY2(db.message().contains(QStringLiteral("chương trình khác")), qPrintable(db.message()));
        QCOMPARE(fileHash(file), before);
    }

    void refusesFileThatIsNotSqlite()
    {
        const QString file = path(QStringLiteral("text.sqlite"));
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray(4096, 'x'));
        text.close();
        const QByteArray before = fileHash(file);
        auto db = Database::open(file);
        QVERIFY(!db);
        QVERIFY2(db.message().contains(QStringLiteral("không phải là cơ sở dữ liệu SchoolDX")), qPrintable(db.message()));
        QCOMPARE(fileHash(file), before);
    }

    void backupIsACompleteDatabase()
    {
        const QString file = path(QStringLiteral("live.sqlite"));
        const QString copy = path(QStringLiteral("backup/copy.sqlite"));
        {
            auto db = Database::open(file);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("INSERT INTO app_setting (key, value) VALUES ('k', 'Sao lưu')")));
            const Status status = (*db)->backupTo(copy);
            QVERIFY2(status, qPrintable(status.message()));
        }
        auto restored = Database::open(copy);
        QVERIFY2(restored, qPrintable(restored.message()));
        SqlQuery query(**restored, QStringLiteral("SELECT value FROM app_setting WHERE key = 'k'"));
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Sao lưu"));
    }

    void migrationStatementsAreSplitAtLineEnds()
    {
        const QStringList parts = Migrations::statements(QStringLiteral(
            "-- comment; with a semicolon\nCREATE TABLE a (x TEXT DEFAULT 'a;b');\n\nCREATE TABLE b (y);\n"));
        QCOMPARE(parts.size(), 2);
        QVERIFY(parts.at(0).contains(QStringLiteral("'a;b'")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
