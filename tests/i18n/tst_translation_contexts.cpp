#include "TsFile.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// lupdate, run on today's sources, finds nothing that the committed schooldx_en.ts lacks, and
/// every tr() call has a context it can read: a new or changed string fails here until someone
/// runs `make translations` and translates it.
class TestTranslationContexts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_lupdateOutput;
    QList<TsMessage> m_fresh;
    QList<TsMessage> m_committed;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.ts"));
        QStringList arguments = QString::fromUtf8(SDX_LUPDATE_INPUTS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        arguments << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-source-language")
                  << QStringLiteral("vi_VN") << QStringLiteral("-target-language") << QStringLiteral("en_US")
                  << QStringLiteral("-ts") << fresh;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(SDX_LUPDATE_PATH), arguments);
        QVERIFY2(lupdate.waitForFinished(240000), "lupdate did not finish");
        m_lupdateOutput = QString::fromUtf8(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(m_lupdateOutput));

        QString error;
        m_fresh = readTsFile(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_committed = readTsFile(QStringLiteral(SDX_EN_TS_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_fresh.size() > 1000, qPrintable(m_lupdateOutput));
    }

    /// "tr() cannot be called without context", "Class … lacks Q_OBJECT macro": lupdate guessed
    /// a context that the program may not use at run time.
    void lupdateReadsEveryContext()
    {
        QStringList warnings;
        for (const QString &line : m_lupdateOutput.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("without context")) || line.contains(QLatin1String("lacks Q_OBJECT"))
                || line.contains(QLatin1String("Qualifying with unknown")) || line.contains(QLatin1String("Cannot invoke")))
                warnings << line;
        }
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))
                                                + QStringLiteral("\nUse the class's own tr() or a struct Text { Q_DECLARE_TR_FUNCTIONS(context) } "
                                                                 "(translations/README.md).")));
    }

    void committedTranslationsCoverTheSources()
    {
        QSet<QString> committed;
        for (const TsMessage &message : std::as_const(m_committed))
            committed.insert(message.key());
        QStringList missing;
        for (const TsMessage &message : std::as_const(m_fresh)) {
            if (!committed.contains(message.key()))
                missing << message.key();
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) of the sources are not in translations/schooldx_en.ts:\n%2\n"
                                           "Run `make translations`, then translate them (translations/README.md).")
                                .arg(missing.size())
                                .arg(missing.mid(0, 30).join(QLatin1Char('\n')))));
    }

    /// Obsolete messages are harmless at run time but mean the file was not refreshed.
    void committedFileHasNoStaleMessages()
    {
        QSet<QString> fresh;
        for (const TsMessage &message : std::as_const(m_fresh))
            fresh.insert(message.key());
        QStringList stale;
        for (const TsMessage &message : std::as_const(m_committed)) {
            if (!fresh.contains(message.key()))
                stale << message.key();
        }
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) of translations/schooldx_en.ts are no longer in the sources:\n%2\n"
                                           "Run `make translations` (it drops them).")
                                .arg(stale.size())
                                .arg(stale.mid(0, 30).join(QLatin1Char('\n')))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationContexts)
#include "tst_translation_contexts.moc"
