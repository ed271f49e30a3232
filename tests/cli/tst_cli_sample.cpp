#include "samples/SampleSchool.h"
#include "school/SchoolSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestCliSample : public QObject
{
    Q_OBJECT

    static int run(const QStringList &arguments, QString *err = nullptr, QByteArray *out = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(SDX_CLI_PATH), arguments);
        process.waitForFinished(60000);
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        if (out)
            *out = process.readAllStandardOutput();
        return process.exitCode();
    }

private slots:
    void createsTheSampleOnceAndNeverOverwrites()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sample.sqlite"));
        QString err;
        QCOMPARE(run({QStringLiteral("--db"), file, QStringLiteral("sample")}, &err), 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(run({QStringLiteral("--db"), file, QStringLiteral("sample")}, &err), 1);
        QVERIFY(err.contains(QStringLiteral("đã có trường")));

        auto session = SchoolSession::open(file);
        QVERIFY(session);
        QCOMPARE((*session)->profile(), SampleSchool::profile());
        QCOMPARE((*session)->years().size(), 1);
        QCOMPARE((*session)->currentYear().name, QStringLiteral("2022-2023"));
    }

    /// The sample reproduces seed 002's table: most facts come from its inventory, the rest typed in.
    void sampleScoresLikeItsPlan()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("sample.sqlite"));
        QCOMPARE(run({QStringLiteral("--db"), file, QStringLiteral("sample")}), 0);
        QByteArray out;
        QString err;
        QCOMPARE(run({QStringLiteral("--db"), file, QStringLiteral("score")}, &err, &out), 0);
        const QJsonArray groups = QJsonDocument::fromJson(out).object().value(QStringLiteral("groups")).toArray();
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].toObject().value(QStringLiteral("points")).toDouble(), 32.0);
        QCOMPARE(groups[0].toObject().value(QStringLiteral("level")).toInt(), 1);
        QCOMPARE(groups[1].toObject().value(QStringLiteral("points")).toDouble(), 58.0);
        QCOMPARE(groups[1].toObject().value(QStringLiteral("level")).toInt(), 2);

        QCOMPARE(run({QStringLiteral("--db"), file, QStringLiteral("inventory"), QStringLiteral("facts")}, &err, &out), 0);
        const QJsonObject facts = QJsonDocument::fromJson(out).object().value(QStringLiteral("facts")).toObject();
        // 8 of 15 classrooms equipped (53%), as the seed's table says.
        QCOMPARE(facts.value(QStringLiteral("1.7.1")).toObject().value(QStringLiteral("count")).toInt(), 8);
        QCOMPARE(facts.value(QStringLiteral("1.7.1")).toObject().value(QStringLiteral("of")).toInt(), 15);
    }
};

QTEST_GUILESS_MAIN(TestCliSample)
#include "tst_cli_sample.moc"
