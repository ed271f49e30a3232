// schooldx-cli finalise / reopen / export / import / aggregate and `score FILE.sdx`, as a script uses them.
#include "ExchangeTestSupport.h"

#include "exchange/ExchangeWriter.h"
#include "index/Assessment.h"
#include "index/FactsFile.h"
#include "school/SchoolRepository.h"
#include "school/YearRepository.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestCliExchange : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_school;

    static Run cli(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SCHOOLDX_DB"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SDX_CLI_PATH), arguments);
        process.waitForFinished(120000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    Run school(QStringList arguments)
    {
        arguments.prepend(m_school);
        arguments.prepend(QStringLiteral("--db"));
        return cli(arguments);
    }

private slots:
    void initTestCase()
    {
        m_school = m_dir.filePath(QStringLiteral("truong.sqlite"));
        auto db = Database::open(m_school);
        QVERIFY(db);
        SchoolProfile profile;
        profile.name = QStringLiteral("Trường Tiểu học Chu Văn An");
        profile.code = QStringLiteral("67000123");
        profile.authority = QStringLiteral("UBND XÃ ĐỨC AN");
        profile.placeName = QStringLiteral("Đức An");
        profile.principalName = QStringLiteral("Nguyễn Thị Hoa");
        QVERIFY(SchoolRepository(**db).save(profile));
        const qint64 year = YearRepository(**db).create(QStringLiteral("2022-2023"))->id;
        const Expected<FactsFileContent> facts = FactsFile::read(QStringLiteral(SDX_SAMPLES_DIR "/seed-002-facts.json"));
        QVERIFY(facts);
        QVERIFY(Assessment(**db).importFacts(year, *facts, QStringLiteral("Bình")));
    }

    void exportNeedsAFinalisedYear()
    {
        const Run run = school({QStringLiteral("export"), QStringLiteral("-o"), m_dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("chưa chốt số liệu")), qPrintable(run.err));
        const Run usage = school({QStringLiteral("export")});
        QCOMPARE(usage.exitCode, 2);
    }

    void finaliseReopenExportScoreImportAggregate()
    {
        QCOMPARE(school({QStringLiteral("finalise")}).exitCode, 0);
        const Run noReason = school({QStringLiteral("reopen")});
        QCOMPARE(noReason.exitCode, 2);
        const Run reopened = school({QStringLiteral("reopen"), QStringLiteral("--reason"), QStringLiteral("Bổ sung minh chứng")});
        QCOMPARE(reopened.exitCode, 0);
        QVERIFY2(reopened.out.contains(QStringLiteral("lần 2")), qPrintable(reopened.out));
        QCOMPARE(school({QStringLiteral("finalise"), QStringLiteral("--year"), QStringLiteral("2022 - 2023")}).exitCode, 0);

        const QString outbox = m_dir.filePath(QStringLiteral("gui-di"));
        QVERIFY(QDir().mkpath(outbox));
        const Run exported = school({QStringLiteral("export"), QStringLiteral("-o"), outbox, QStringLiteral("--json")});
        QCOMPARE(exported.exitCode, 0);
        const QJsonObject result = QJsonDocument::fromJson(exported.out.toUtf8()).object();
        const QString file = result.value(QStringLiteral("file")).toString();
        QVERIFY2(file.endsWith(QStringLiteral("67000123_TH-Chu-Van-An_2022-2023_r2.sdx")), qPrintable(exported.out));
        QCOMPARE(result.value(QStringLiteral("revision")).toInt(), 2);

        // score FILE.sdx scores the file's facts like the plain facts file.
        const Run scored = cli({QStringLiteral("score"), file});
        QCOMPARE(scored.exitCode, 0);
        const QJsonArray groups = QJsonDocument::fromJson(scored.out.toUtf8()).object().value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.at(0).toObject().value(QStringLiteral("points")).toDouble(), 32.0);
        QCOMPARE(groups.at(1).toObject().value(QStringLiteral("points")).toDouble(), 58.0);

        // import without --yes changes nothing; with --yes it restores into a new database.
        const QString newPc = m_dir.filePath(QStringLiteral("may-moi.sqlite"));
        const Run dry = cli({QStringLiteral("--db"), newPc, QStringLiteral("import"), file});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(QStringLiteral("Chưa thay đổi gì")), qPrintable(dry.out));
        const Run info = cli({QStringLiteral("--db"), newPc, QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("years")).toArray().size(), 0);
        const Run restored = cli({QStringLiteral("--db"), newPc, QStringLiteral("import"), file, QStringLiteral("--yes")});
        QCOMPARE(restored.exitCode, 0);
        const Run rescored = cli({QStringLiteral("--db"), newPc, QStringLiteral("score"), QStringLiteral("--year"),
                                  QStringLiteral("2022-2023")});
        QCOMPARE(rescored.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(rescored.out.toUtf8()).object().value(QStringLiteral("groups")).toArray().at(1)
                     .toObject().value(QStringLiteral("points")).toDouble(),
                 58.0);

        // aggregate: this file, a second school, a bad file; JSON and XLSX outputs.
        const ExchangeDocument other = test::makeDocument(test::testScorer(), QStringLiteral("67000456"),
                                                          QStringLiteral("Trường Tiểu học Kim Đồng"), test::variedFacts(3));
        QVERIFY(ExchangeWriter::writeFile(other, QDir(outbox).filePath(QStringLiteral("kim-dong.sdx"))));
        QFile bad(QDir(outbox).filePath(QStringLiteral("hong.sdx")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": \"schooldx-exchange\", \"formatVersion\": 1");
        bad.close();
        const QString json = m_dir.filePath(QStringLiteral("tong-hop.json"));
        const Run aggregated = cli({QStringLiteral("aggregate"), outbox, QStringLiteral("-o"), json});
        QCOMPARE(aggregated.exitCode, 0);
        QVERIFY2(aggregated.err.contains(QStringLiteral("hong.sdx")), qPrintable(aggregated.err));
        QFile output(json);
        QVERIFY(output.open(QIODevice::ReadOnly));
        const QJsonObject summary = QJsonDocument::fromJson(output.readAll()).object();
        QCOMPARE(summary.value(QStringLiteral("rejected")).toArray().size(), 1);
        const QJsonObject year = summary.value(QStringLiteral("summaries")).toArray().at(0).toObject();
        QCOMPARE(year.value(QStringLiteral("schoolYear")).toString(), QStringLiteral("2022-2023"));
        QCOMPARE(year.value(QStringLiteral("schools")).toArray().size(), 1);  // the other school is 2024-2025
        QCOMPARE(summary.value(QStringLiteral("summaries")).toArray().size(), 2);
        const QJsonObject seed = year.value(QStringLiteral("schools")).toArray().at(0).toObject();
        QCOMPARE(seed.value(QStringLiteral("groups")).toArray().at(0).toObject().value(QStringLiteral("points")).toDouble(), 32.0);

        const QString xlsx = m_dir.filePath(QStringLiteral("tong-hop.xlsx"));
        QCOMPARE(cli({QStringLiteral("aggregate"), outbox, QStringLiteral("-o"), xlsx}).exitCode, 0);
        QFile workbook(xlsx);
        QVERIFY(workbook.open(QIODevice::ReadOnly));
        QVERIFY(workbook.read(2) == "PK");

        const Run pdf = cli({QStringLiteral("aggregate"), outbox, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("bc.pdf"))});
        QCOMPARE(pdf.exitCode, 2);  // the report needs the authority's profile (tst_cli_summary_report)
        QVERIFY2(pdf.err.contains(QStringLiteral("--authority")), qPrintable(pdf.err));
        QCOMPARE(cli({QStringLiteral("aggregate"), outbox, QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.txt"))}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("aggregate"), QStringLiteral("-o"), json}).exitCode, 2);
    }

    void aggregateWithOnlyBadFilesFails()
    {
        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("a.sdx")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04zzzz");
        file.close();
        const Run run = cli({QStringLiteral("aggregate"), folder.path(), QStringLiteral("-o"), folder.filePath(QStringLiteral("o.json"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("ZIP")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"
