#include "samples/SampleSchool.h"
#include "school/SchoolSession.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestCliSample : public QObject
{
    Q_OBJECT

    static int run(const QStringList &arguments, QString *err = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(SDX_CLI_PATH), arguments);
        process.waitForFinished(60000);
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
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
};

QTEST_GUILESS_MAIN(TestCliSample)
#include "tst_cli_sample.moc"
