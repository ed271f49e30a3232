#include "OfficeXml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace sdx::OfficeXml {

QByteArray write(const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(false);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    body(xml);
    xml.writeEndDocument();
    return bytes;
}

Status checkWellFormed(const QByteArray &xml, const QString &partName)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        return Status::failure(QCoreApplication::translate("sdx::OfficeXml", "Phần %1 không phải XML hợp lệ (dòng %2): %3")
                                   .arg(partName)
                                   .arg(reader.lineNumber())
                                   .arg(reader.errorString()));
    return Status::success();
}

QString collectText(const QByteArray &xml, const QString &paragraphName)
{
    QXmlStreamReader reader(xml);
    QString text;
    int depth = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == paragraphName) {
            ++depth;
        } else if (reader.isEndElement() && reader.name() == paragraphName) {
            if (--depth == 0)
                text += QLatin1Char('\n');
        } else if (reader.isStartElement() && reader.name() == QLatin1String("s") && depth > 0) {
            const int count = reader.attributes().value(QLatin1String("text:c")).toInt();
            text += QString(count > 0 ? count : 1, QLatin1Char(' '));
        } else if (reader.isCharacters() && depth > 0) {
            text += reader.text();
        }
    }
    return text;
}

} // namespace sdx::OfficeXml
