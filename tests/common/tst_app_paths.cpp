#include "common/AppPaths.h"
#include "common/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestAppPaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        AppPaths::setApplicationIdentity();
    }

    void commandLineWinsOverEnvironment()
    {
        qputenv(AppPaths::DatabaseEnvVariable, "/tmp/from-env.sqlite");
        QCOMPARE(AppPaths::resolveDatabasePath(QStringLiteral("/tmp/from-cli.sqlite")), QStringLiteral("/tmp/from-cli.sqlite"));
        QCOMPARE(AppPaths::resolveDatabasePath(QString()), QStringLiteral("/tmp/from-env.sqlite"));
        qunsetenv(AppPaths::DatabaseEnvVariable);
        QCOMPARE(AppPaths::resolveDatabasePath(QString()), AppPaths::defaultDatabasePath());
    }

    void relativePathsBecomeAbsolute()
    {
        const QString resolved = AppPaths::resolveDatabasePath(QStringLiteral("school.sqlite"));
        QVERIFY(QDir::isAbsolutePath(resolved));
        QVERIFY(resolved.endsWith(QStringLiteral("/school.sqlite")));
    }

    void defaultIsUnderApplicationData()
    {
        const QString path = AppPaths::defaultDatabasePath();
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(path.endsWith(QStringLiteral("schooldx.sqlite")));
    }

    void safeWriteReplacesOnlyWhenComplete()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("out/doc.txt"));
        QVERIFY(SafeFile::write(file, QByteArrayLiteral("bản cũ")));
        // A writer that fails half-way leaves the previous file as it was.
        const Status failed = SafeFile::write(file, [](QIODevice &device, QString *error) {
            device.write("bản mới nhưng");
            *error = QStringLiteral("ổ đĩa đầy");
            return false;
        });
        QVERIFY(!failed);
        QVERIFY(failed.message().contains(QStringLiteral("ổ đĩa đầy")));
        QFile check(file);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArrayLiteral("bản cũ"));
    }

    void safeWriteReportsAnUnwritableFolder()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("blocker"));
        QVERIFY(SafeFile::write(blocker, QByteArrayLiteral("x")));
        // A file stands where the folder should be: the folder cannot be created.
        const Status status = SafeFile::write(blocker + QStringLiteral("/sub/file.txt"), QByteArrayLiteral("y"));
        QVERIFY(!status);
        QVERIFY2(status.message().contains(QStringLiteral("Không")), qPrintable(status.message()));
    }

    void readRefusesOversizedFilesBeforeReading()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("big.bin"));
        QFile big(file);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(qint64(3) * 1024 * 1024));
        big.close();
        const Expected<QByteArray> read = SafeFile::read(file, 1024 * 1024);
        QVERIFY(!read);
        QVERIFY(read.message().contains(QStringLiteral("quá lớn")));
    }
};

QTEST_GUILESS_MAIN(TestAppPaths)
#include "tst_app_paths.moc"
