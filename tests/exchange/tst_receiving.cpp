// The receiving workspace: duplicates and revisions of the same school and year, cancellation.
#include "ExchangeTestSupport.h"

#include "exchange/ExchangeWriter.h"
#include "exchange/ReceivingImport.h"
#include "exchange/ReceivingStore.h"
#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestReceiving : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_files = 0;

    QString writeSchool(const QString &code, int revision, const QString &year = QStringLiteral("2024-2025"),
                        const QJsonObject &facts = test::seedFacts())
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1_%2_r%3.sdx").arg(++m_files).arg(code).arg(revision));
        const ExchangeDocument document =
            test::makeDocument(test::testScorer(), code, QStringLiteral("Trường TH %1").arg(code), facts, revision, year);
        const Expected<ExchangeDocument> written = ExchangeWriter::writeFile(document, path);
        return written ? path : QString();
    }

    ImportReport import(const QStringList &files)
    {
        const Expected<ImportReport> report = ReceivingImport::run(*m_db, test::testScorer(), files);
        return report ? *report : ImportReport();
    }

private slots:
    void init()
    {
        auto opened = Database::open(m_dir.filePath(QStringLiteral("recv-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(opened);
        m_db = std::move(opened.value());
    }

    void cleanup() { m_db.reset(); }

    void newestRevisionIsKeptInAnyOrder_data()
    {
        QTest::addColumn<QList<int>>("order");
        QTest::newRow("oldest first") << QList<int>{1, 2, 3};
        QTest::newRow("newest first") << QList<int>{3, 1, 2};
        QTest::newRow("middle first") << QList<int>{2, 3, 1};
    }

    void newestRevisionIsKeptInAnyOrder()
    {
        QFETCH(QList<int>, order);
        QStringList files;
        for (int revision : order)
            files << writeSchool(QStringLiteral("A1"), revision);
        const ImportReport report = import(files);
        QCOMPARE(report.rejected.size(), 0);
        QCOMPARE(report.accepted.size(), 1);
        QCOMPARE(report.accepted.first().revision, 3);
        QCOMPARE(report.superseded.size(), 2);
        const QList<ReceivedRecord> records = ReceivingStore(*m_db).records().value();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().document.revision, 3);
        QCOMPARE(ReceivingStore(*m_db).superseded()->size(), 2);
    }

    void sameFileTwiceIsADuplicate()
    {
        const QString file = writeSchool(QStringLiteral("B2"), 1);
        QCOMPARE(import({file}).accepted.size(), 1);
        const ImportReport again = import({file});
        QCOMPARE(again.accepted.size(), 0);
        QCOMPARE(again.superseded.size(), 1);
        QVERIFY2(again.superseded.first().message.startsWith(QStringLiteral("Trùng lặp")),
                 qPrintable(again.superseded.first().message));
        QCOMPARE(ReceivingStore(*m_db).count().value(), 1);
    }

    void schoolsAndYearsAreKeptApart()
    {
        const ImportReport report = import({writeSchool(QStringLiteral("C1"), 1), writeSchool(QStringLiteral("C2"), 1),
                                            writeSchool(QStringLiteral("C1"), 1, QStringLiteral("2025-2026"))});
        QCOMPARE(report.accepted.size(), 3);
        QCOMPARE(ReceivingStore(*m_db).count().value(), 3);
    }

    void cancellationStopsAndKeepsWhatWasDone()
    {
        QStringList files;
        for (int i = 0; i < 6; ++i)
            files << writeSchool(QStringLiteral("D%1").arg(i), 1);
        std::atomic_bool cancel(false);
        int calls = 0;
        const Expected<ImportReport> report = ReceivingImport::run(
            *m_db, test::testScorer(), files,
            [&](int done, int total, const QString &) {
                ++calls;
                QCOMPARE(total, 6);
                if (done == 2)
                    cancel = true;
            },
            &cancel);
        QVERIFY(report);
        QVERIFY(report->cancelled);
        QCOMPARE(calls, 2);
        QCOMPARE(report->accepted.size(), 2);
        QCOMPARE(ReceivingStore(*m_db).count().value(), 2);
    }

    void foldersAreSearchedForSdxFiles()
    {
        QTemporaryDir folder;
        QVERIFY(QDir().mkpath(folder.filePath(QStringLiteral("xa-a/khoi-1"))));
        for (const QString &name : {QStringLiteral("xa-a/b.sdx"), QStringLiteral("xa-a/khoi-1/a.SDX"),
                                    QStringLiteral("xa-a/ghi-chu.txt"), QStringLiteral("c.sdx")}) {
            QFile file(folder.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QStringList found = ReceivingImport::collectFiles({folder.path()});
        QCOMPARE(found.size(), 3);
        QVERIFY(!found.join(QLatin1Char(' ')).contains(QStringLiteral(".txt")));
        // A file named explicitly is taken whatever its extension (and refused later if it is not ours).
        QCOMPARE(ReceivingImport::collectFiles({folder.filePath(QStringLiteral("xa-a/ghi-chu.txt"))}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReceiving)
#include "tst_receiving.moc"
