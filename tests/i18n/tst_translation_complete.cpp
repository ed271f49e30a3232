#include "TsFile.h"

#include <QTest>

/// The committed translations/schooldx_en.ts is complete: every message has a real English text
/// that keeps the placeholders of its Vietnamese source.
class TestTranslationComplete : public QObject
{
    Q_OBJECT

    QList<TsMessage> m_messages;

    static QString listed(const QStringList &problems)
    {
        return problems.mid(0, 30).join(QLatin1Char('\n'))
               + QStringLiteral("\n(%1 in all) Translate them in Linguist or with translations/fill_translations.py; "
                                "see translations/README.md.")
                     .arg(problems.size());
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_messages = readTsFile(QStringLiteral(SDX_EN_TS_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_messages.size() > 1000, "schooldx_en.ts looks truncated");
    }

    void everyMessageIsTranslated()
    {
        QStringList problems;
        for (const TsMessage &message : std::as_const(m_messages)) {
            bool empty = message.translations.isEmpty();
            for (const QString &text : message.translations)
                empty = empty || text.trimmed().isEmpty();
            if (!message.type.isEmpty() || empty)
                problems << QStringLiteral("%1 [%2]").arg(message.key(), message.type.isEmpty() ? QStringLiteral("empty") : message.type);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
    }

    void placeholdersAreKept()
    {
        QStringList problems;
        for (const TsMessage &message : std::as_const(m_messages)) {
            QSet<QString> wanted = placeholdersOf(message.source);
            if (message.numerus)
                wanted.insert(QStringLiteral("%n"));
            for (const QString &text : message.translations) {
                const QSet<QString> missing = wanted - placeholdersOf(text);
                if (!missing.isEmpty())
                    problems << QStringLiteral("%1: %2 lacks %3").arg(message.key(), text, QStringList(missing.values()).join(QLatin1Char(' ')));
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
    }

    void numerusMessagesHaveBothEnglishForms()
    {
        for (const TsMessage &message : std::as_const(m_messages)) {
            if (message.numerus)
                QVERIFY2(message.translations.size() == 2, qPrintable(message.key()));
        }
    }

    /// A translation equal to its Vietnamese source was left untranslated, unless it is a
    /// Vietnamese reference the user types as is (a document number, a citation pattern).
    void nothingIsLeftInVietnamese()
    {
        const QSet<QString> keptAsIs = {QStringLiteral("1470/SGDĐT-VP"),
                                        QStringLiteral("Quyết định số …/QĐ-… ngày dd/mm/yyyy")};
        QStringList problems;
        for (const TsMessage &message : std::as_const(m_messages)) {
            for (const QString &text : message.translations) {
                if (text == message.source && hasVietnameseLetters(text) && !keptAsIs.contains(text))
                    problems << message.key();
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
    }
};

QTEST_GUILESS_MAIN(TestTranslationComplete)
#include "tst_translation_complete.moc"
