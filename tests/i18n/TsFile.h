#pragma once

#include <QFile>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

/// One <message> of a Qt Linguist .ts file, as the i18n tests need it.
struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;              ///< translation type: "", "unfinished", "vanished", "obsolete"
    QStringList translations;  ///< one text, or the numerus forms

    QString key() const { return context + QLatin1String(" | ") + source; }
};

/// Reads every message of `path`; `error` says why when the file cannot be read.
inline QList<TsMessage> readTsFile(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations << xml.readElementText(); // <numerusform>
            } else {
                message.translations << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

/// The %1 … %99 and %n markers of a text.
inline QSet<QString> placeholdersOf(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression marker(QStringLiteral("%(?:\\d{1,2}|n)"));
    auto it = marker.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured());
    return found;
}

/// True when `text` holds a letter only Vietnamese uses (đ, ư, ơ, ă, â, ê, ô or a tone mark).
inline bool hasVietnameseLetters(const QString &text)
{
    static const QRegularExpression vietnamese(QStringLiteral(
        "[đĐăĂâÂêÊôÔơƠưƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
        "ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]"));
    return vietnamese.match(text).hasMatch();
}
