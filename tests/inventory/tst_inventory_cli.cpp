#include "inventory/InventoryRepository.h"
#include "inventory/InventorySamples.h"
#include "school/YearRepository.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestInventoryCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SCHOOLDX_DB"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SDX_CLI_PATH), QStringList{QStringLiteral("--db"), m_db} + arguments);
        process.waitForFinished(60000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        m_db = file(QStringLiteral("school.sqlite"));
        auto db = Database::open(m_db);
        QVERIFY(db);
        YearRepository years(**db);
        auto year = years.create(QStringLiteral("2022-2023"));
        QVERIFY(year);
        QVERIFY(InventoryRepository(**db).replaceYear(year->id, InventorySamples::seed002()));
        QVERIFY(years.create(QStringLiteral("2023-2024")));
    }

    void factsAsJson()
    {
        const Run run = cli({QStringLiteral("inventory"), QStringLiteral("facts"), QStringLiteral("--year"), QStringLiteral("2022 - 2023")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(QStringLiteral("year")).toString(), QStringLiteral("2022-2023"));
        const QJsonObject facts = json.value(QStringLiteral("facts")).toObject();
        QCOMPARE(facts.value(QStringLiteral("1.7.1")).toObject(),
                 (QJsonObject{{QStringLiteral("count"), 8}, {QStringLiteral("of"), 15}}));
        QCOMPARE(facts.value(QStringLiteral("1.7.2")).toInt(), 2);
        QCOMPARE(facts.value(QStringLiteral("1.3.1")).toBool(), true);
        QVERIFY(json.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("1.7.1")).toString().contains(QStringLiteral("8/15")));
        const QJsonObject totals = json.value(QStringLiteral("totals")).toObject();
        QCOMPARE(totals.value(QStringLiteral("softwareInUse")).toInt(), 19);
        QCOMPARE(totals.value(QStringLiteral("softwareMissing")).toInt(), 5);
        QCOMPARE(totals.value(QStringLiteral("equipmentOwned")).toInt(), 23);
        QCOMPARE(totals.value(QStringLiteral("equipmentMissing")).toInt(), 3);
    }

    void factsOfTheCurrentYear()
    {
        // The current year is the latest one (2023-2024), which has no inventory yet.
        const Run run = cli({QStringLiteral("inventory"), QStringLiteral("facts")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("year")).toString(), QStringLiteral("2023-2024"));
        QVERIFY(json.value(QStringLiteral("facts")).toObject().isEmpty());
    }

    void exportThenImportIntoAnotherYear()
    {
        const QString xlsx = file(QStringLiteral("kiểm kê.xlsx"));
        const Run exported = cli({QStringLiteral("inventory"), QStringLiteral("export"), QStringLiteral("-o"), xlsx,
                                  QStringLiteral("--year"), QStringLiteral("2022-2023")});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(QFile::exists(xlsx));
        const Run imported = cli({QStringLiteral("inventory"), QStringLiteral("import"), xlsx, QStringLiteral("--year"),
                                  QStringLiteral("2023-2024")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY(imported.out.contains(QStringLiteral("dòng thêm mới")));
        const Run facts = cli({QStringLiteral("inventory"), QStringLiteral("facts"), QStringLiteral("--year"), QStringLiteral("2023-2024")});
        const QJsonObject json = QJsonDocument::fromJson(facts.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("facts")).toObject().value(QStringLiteral("1.7.1")).toObject().value(QStringLiteral("count")).toInt(), 8);
        QCOMPARE(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("softwareInUse")).toInt(), 19);
    }

    void exportCsvNeedsAKind()
    {
        const QString csv = file(QStringLiteral("rooms.csv"));
        QCOMPARE(cli({QStringLiteral("inventory"), QStringLiteral("export"), QStringLiteral("-o"), csv}).exitCode, 2);
        const Run run = cli({QStringLiteral("inventory"), QStringLiteral("export"), QStringLiteral("-o"), csv,
                             QStringLiteral("--kind"), QStringLiteral("rooms"), QStringLiteral("--year"), QStringLiteral("2022-2023")});
        QCOMPARE(run.exitCode, 0);
        QFile in(csv);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("Phòng tin học")));
    }

    void badImportChangesNothing()
    {
        const QString csv = file(QStringLiteral("bad.csv"));
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QStringLiteral("Phòng,Loại thiết bị,Số lượng,Đang hoạt động\nPhòng tin học,Máy tính để bàn,21,25\n").toUtf8());
        out.close();
        const Run before = cli({QStringLiteral("inventory"), QStringLiteral("facts"), QStringLiteral("--year"), QStringLiteral("2022-2023")});
        const Run dry = cli({QStringLiteral("inventory"), QStringLiteral("import"), csv, QStringLiteral("--dry-run"),
                             QStringLiteral("--year"), QStringLiteral("2022-2023")});
        QCOMPARE(dry.exitCode, 1);
        QVERIFY2(dry.err.contains(QStringLiteral("Dòng 2: Số đang hoạt động (25) nhiều hơn số lượng (21)")), qPrintable(dry.err));
        const Run run = cli({QStringLiteral("inventory"), QStringLiteral("import"), csv, QStringLiteral("--year"), QStringLiteral("2022-2023")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("Không nhập gì cả")));
        const Run after = cli({QStringLiteral("inventory"), QStringLiteral("facts"), QStringLiteral("--year"), QStringLiteral("2022-2023")});
        QCOMPARE(after.out, before.out);
    }

    void tcvn3NeedsTheOption()
    {
        const QString tcvn = QStringLiteral(SDX_TEST_DATA_DIR "/rooms-tcvn3.csv");
        const Run refused = cli({QStringLiteral("inventory"), QStringLiteral("import"), tcvn, QStringLiteral("--year"), QStringLiteral("2023-2024")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("Tệp dùng bảng mã TCVN3 (ABC), hãy lưu lại dạng UTF-8")));
        const Run converted = cli({QStringLiteral("inventory"), QStringLiteral("import"), tcvn, QStringLiteral("--convert-tcvn3"),
                                   QStringLiteral("--dry-run"), QStringLiteral("--year"), QStringLiteral("2023-2024")});
        QVERIFY2(converted.exitCode == 0, qPrintable(converted.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no sub-command") << QStringList{QStringLiteral("inventory")} << QStringLiteral("Thiếu lệnh con");
        QTest::newRow("unknown sub-command") << QStringList{QStringLiteral("inventory"), QStringLiteral("count")}
                                             << QStringLiteral("Lệnh con không rõ: count");
        QTest::newRow("bad kind") << QStringList{QStringLiteral("inventory"), QStringLiteral("import"), QStringLiteral("x.csv"),
                                                 QStringLiteral("--kind"), QStringLiteral("chairs")}
                                  << QStringLiteral("--kind phải là");
        QTest::newRow("import without file") << QStringList{QStringLiteral("inventory"), QStringLiteral("import")}
                                             << QStringLiteral("Cần đúng một tệp");
        QTest::newRow("export without output") << QStringList{QStringLiteral("inventory"), QStringLiteral("export")}
                                               << QStringLiteral("Cần -o TỆP");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    }

    void unknownYearIsADataError()
    {
        const Run run = cli({QStringLiteral("inventory"), QStringLiteral("facts"), QStringLiteral("--year"), QStringLiteral("2030-2031")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInventoryCli)
#include "tst_inventory_cli.moc"
