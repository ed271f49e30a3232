#include "index/Assessment.h"
#include "index/FactsFile.h"
#include "school/YearRepository.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestCliScore : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };

    QTemporaryDir m_dir;

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SCHOOLDX_DB"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SDX_CLI_PATH), arguments);
        process.waitForFinished(60000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(content);
        return file.fileName();
    }

    static QJsonObject byId(const QJsonArray &array, const QString &id)
    {
        for (const QJsonValue &value : array) {
            if (value.toObject().value(QStringLiteral("id")).toString() == id)
                return value.toObject();
        }
        return QJsonObject();
    }

    static void checkSeed(const QJsonObject &json)
    {
        QCOMPARE(json.value(QStringLiteral("index")).toString(), QStringLiteral("4725/QĐ-BGDĐT"));
        QCOMPARE(json.value(QStringLiteral("indexVersion")).toInt(), 1);
        const QJsonArray groups = json.value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 2);
        const QJsonObject teaching = byId(groups, QStringLiteral("1"));
        QCOMPARE(teaching.value(QStringLiteral("points")).toDouble(), 32.0);
        QCOMPARE(teaching.value(QStringLiteral("max")).toDouble(), 100.0);
        QCOMPARE(teaching.value(QStringLiteral("level")).toInt(), 1);
        QCOMPARE(teaching.value(QStringLiteral("uncappedLevel")).toInt(), 1);
        QVERIFY(teaching.value(QStringLiteral("mandatoryMet")).toBool());
        const QJsonObject management = byId(groups, QStringLiteral("2"));
        QCOMPARE(management.value(QStringLiteral("points")).toDouble(), 58.0);
        QCOMPARE(management.value(QStringLiteral("level")).toInt(), 2);
        const QJsonObject c16 = byId(teaching.value(QStringLiteral("criteria")).toArray(), QStringLiteral("1.6"));
        QCOMPARE(c16.value(QStringLiteral("points")).toDouble(), 16.0);
        QCOMPARE(c16.value(QStringLiteral("level")).toInt(), 3);
        const QJsonObject i161 = byId(c16.value(QStringLiteral("items")).toArray(), QStringLiteral("1.6.1"));
        QCOMPARE(i161.value(QStringLiteral("points")).toDouble(), 7.0);
        QCOMPARE(i161.value(QStringLiteral("max")).toDouble(), 7.0);
        QCOMPARE(i161.value(QStringLiteral("explanation")).toString(),
                 QStringLiteral("1.6.1: 100% (15/15) giáo viên có tài khoản (> 60%) → 7/7 điểm"));
        const QJsonObject c11 = byId(teaching.value(QStringLiteral("criteria")).toArray(), QStringLiteral("1.1"));
        QVERIFY(c11.value(QStringLiteral("level")).isNull());
        QVERIFY(c11.value(QStringLiteral("met")).toBool());
    }

private slots:
    void scoresTheSeedFile()
    {
        const Run run = cli({QStringLiteral("score"), QStringLiteral(SDX_TEST_DATA_DIR "/seed-002-facts.json")});
        QCOMPARE(run.exitCode, 0);
        checkSeed(run.json());
        // Points are JSON numbers written without a trailing ".0".
        QVERIFY(run.out.contains(QStringLiteral("\"points\": 32,")) || run.out.contains(QStringLiteral("\"points\": 32\n")));
    }

    void printsImprovementsOnRequest()
    {
        const Run run = cli({QStringLiteral("score"), QStringLiteral("--improvements"),
                             QStringLiteral(SDX_TEST_DATA_DIR "/seed-002-facts.json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray improvements = run.json().value(QStringLiteral("improvements")).toArray();
        QVERIFY(!improvements.isEmpty());
        QCOMPARE(improvements.at(0).toObject().value(QStringLiteral("item")).toString(), QStringLiteral("1.5.1"));
        QCOMPARE(run.json().value(QStringLiteral("lifts")).toArray().size(), 2);
    }

    void adjustmentsInTheFileAreApplied()
    {
        const QString file = write(QStringLiteral("adj.json"), R"({"index": "4725/QĐ-BGDĐT", "facts": {"1.4": 25},
            "adjustments": {"1.4": {"points": 4.5, "reason": "2 học liệu chưa phê duyệt", "by": "HT"}}})");
        const Run run = cli({QStringLiteral("score"), file});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject group = byId(run.json().value(QStringLiteral("groups")).toArray(), QStringLiteral("1"));
        const QJsonObject item = byId(byId(group.value(QStringLiteral("criteria")).toArray(), QStringLiteral("1.4"))
                                          .value(QStringLiteral("items"))
                                          .toArray(),
                                      QStringLiteral("1.4"));
        QCOMPARE(item.value(QStringLiteral("points")).toDouble(), 4.5);
        QCOMPARE(item.value(QStringLiteral("adjusted")).toObject().value(QStringLiteral("rulePoints")).toDouble(), 6.0);
        QCOMPARE(group.value(QStringLiteral("points")).toDouble(), 4.5);
    }

    void badFactsAreEachNamed()
    {
        const QString file = write(QStringLiteral("bad.json"), R"({"index": "4725/QĐ-BGDĐT", "facts": {
            "1.1": "có", "1.4": -2, "1.6.1": {"count": 3, "of": 0}, "9.9": true, "2.3.1": true}})");
        const Run run = cli({QStringLiteral("score"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        for (const char *expected : {"Mục 1.1: cần giá trị có/không", "Mục 1.4: cần một số nguyên không âm",
                                     "Mục 1.6.1: tổng số (\"of\") phải lớn hơn 0", "Mục \"9.9\" không có"})
            QVERIFY2(run.err.contains(QString::fromUtf8(expected)), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("2.3.1")));
    }

    void unreadableInputs_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << "broken.json" << QByteArray("{\"index\": \"4725") << "không phải JSON hợp lệ";
        QTest::newRow("not a facts file") << "other.json" << QByteArray(R"({"hello": 1})") << "không đúng dạng tệp dữ kiện";
        QTest::newRow("unknown index") << "index.json" << QByteArray(R"({"index": "1234/QĐ-X", "facts": {}})")
                                       << "Không có bộ chỉ số 1234/QĐ-X";
        QTest::newRow("unknown version") << "version.json"
                                         << QByteArray(R"({"index": "4725/QĐ-BGDĐT", "indexVersion": 5, "facts": {}})")
                                         << "Không có bộ chỉ số 4725/QĐ-BGDĐT phiên bản 5";
        QTest::newRow("missing file") << "" << QByteArray() << "Không tìm thấy tệp";
    }

    void unreadableInputs()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString file = name.isEmpty() ? m_dir.filePath(QStringLiteral("none.json")) : write(name, content);
        const Run run = cli({QStringLiteral("score"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("two files") << QStringList{QStringLiteral("score"), QStringLiteral("a.json"), QStringLiteral("b.json")};
        QTest::newRow("file and year") << QStringList{QStringLiteral("score"), QStringLiteral("a.json"),
                                                      QStringLiteral("--year"), QStringLiteral("2022-2023")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("score"), QStringLiteral("--fast")};
        QTest::newRow("year without value") << QStringList{QStringLiteral("score"), QStringLiteral("--year")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("Lỗi: ")), qPrintable(run.err));
    }

    void helpDescribesTheCommand()
    {
        const Run run = cli({QStringLiteral("score"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("--year")));
        QVERIFY(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("score")));
    }

    void scoresAStoredYear()
    {
        const QString path = m_dir.filePath(QStringLiteral("school.sqlite"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            const Expected<SchoolYear> year = YearRepository(**db).create(QStringLiteral("2022-2023"));
            QVERIFY(year);
            QVERIFY(YearRepository(**db).create(QStringLiteral("2023-2024")));
            const Expected<FactsFileContent> seed =
                FactsFile::read(QStringLiteral(SDX_TEST_DATA_DIR "/seed-002-facts.json"));
            QVERIFY(Assessment(**db).importFacts(year->id, *seed, QStringLiteral("kiểm thử")));
        }
        const Run run = cli({QStringLiteral("--db"), path, QStringLiteral("score"), QStringLiteral("--year"),
                             QStringLiteral("2022 - 2023")});
        QCOMPARE(run.exitCode, 0);
        checkSeed(run.json());
        QCOMPARE(run.json().value(QStringLiteral("year")).toString(), QStringLiteral("2022-2023"));
        const Run empty = cli({QStringLiteral("--db"), path, QStringLiteral("score"), QStringLiteral("--year"),
                               QStringLiteral("2023-2024")});
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(empty.json().value(QStringLiteral("unanswered")).toArray().size(), 30);
        const Run missing = cli({QStringLiteral("--db"), path, QStringLiteral("score"), QStringLiteral("--year"),
                                 QStringLiteral("2030-2031")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("Chưa có năm học 2030-2031")), qPrintable(missing.err));
        const Run noDatabase = cli({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite")),
                                    QStringLiteral("score")});
        QCOMPARE(noDatabase.exitCode, 1);
        QVERIFY(noDatabase.err.contains(QStringLiteral("Chưa có cơ sở dữ liệu")));
    }
};

QTEST_GUILESS_MAIN(TestCliScore)
#include "tst_cli_score.moc"
