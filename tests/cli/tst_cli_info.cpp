#include "school/SchoolRepository.h"
#include "school/YearRepository.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestCliInfo : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run cli(const QStringList &arguments, const QString &envDb = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (envDb.isEmpty())
            env.remove(QStringLiteral("SCHOOLDX_DB"));
        else
            env.insert(QStringLiteral("SCHOOLDX_DB"), envDb);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SDX_CLI_PATH), arguments);
        process.waitForFinished(60000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void helpAndVersion()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QStringLiteral("Cách dùng: schooldx-cli")));
        QVERIFY(help.out.contains(QStringLiteral("info")));
        const Run version = cli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(QStringLiteral("schooldx-cli ")));
    }

    void unknownCommandIsAUsageError()
    {
        const Run run = cli({QStringLiteral("fly")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("Lệnh không rõ: fly")));
    }

    void infoOnMissingDatabaseIsAClearError()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("none.sqlite"));
        const Run run = cli({QStringLiteral("--db"), missing, QStringLiteral("info")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("Chưa có cơ sở dữ liệu")), qPrintable(run.err));
        QVERIFY(!QFile::exists(missing));
    }

    void infoPrintsSchoolAndYears()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("school.sqlite"));
        {
            auto db = Database::open(file);
            QVERIFY(db);
            SchoolProfile profile;
            profile.name = QStringLiteral("Trường Tiểu học Chu Văn An");
            profile.authority = QStringLiteral("UBND XÃ ĐỨC AN");
            profile.placeName = QStringLiteral("Đức An");
            QVERIFY(SchoolRepository(**db).save(profile));
            QVERIFY(YearRepository(**db).create(QStringLiteral("2022-2023")));
        }
        // The environment variable is honoured when --db is absent.
        const Run text = cli({QStringLiteral("info")}, file);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Trường: Trường Tiểu học Chu Văn An")), qPrintable(text.out));
        QVERIFY(text.out.contains(QStringLiteral("2022-2023")));
        QVERIFY(text.out.contains(QStringLiteral("Phiên bản lược đồ")));

        const Run json = cli({QStringLiteral("--db"), file, QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(object.value(QStringLiteral("school")).toObject().value(QStringLiteral("authority")).toString(),
                 QStringLiteral("UBND XÃ ĐỨC AN"));
        QCOMPARE(object.value(QStringLiteral("years")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliInfo)
#include "tst_cli_info.moc"
