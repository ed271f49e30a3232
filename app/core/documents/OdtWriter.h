#pragma once

#include "DocumentModel.h"
#include "common/Status.h"

#include <QByteArray>
#include <QMap>
#include <QString>

class QXmlStreamWriter;

namespace sdx {

/**
 * The document as an OpenDocument text (ODF 1.2): "mimetype" first and stored, content.xml with
 * automatic styles, styles.xml with an A4 page whose first page has no header and the following
 * pages a centred page number, meta.xml and the manifest.
 */
class OdtWriter final
{
public:
    explicit OdtWriter(const doc::Document &document);

    Expected<QByteArray> package();
    QByteArray contentXml();
    QByteArray stylesXml() const;

private:
    /// One automatic style; equal properties share one name.
    struct Style
    {
        QString name;
        QString family;        ///< "paragraph", "text", "table", "table-column", "table-row", "table-cell"
        QString masterPage;    ///< set on the first block: the first page has no page number
        QList<std::pair<QString, QString>> properties;      ///< of <style:*-properties> for the family
        QList<std::pair<QString, QString>> textProperties;  ///< paragraphs also carry text properties
    };

    QString styleName(Style style, const QString &prefix);
    QString paragraphStyle(const doc::Paragraph &paragraph);
    QString textStyle(const doc::Run &run, qreal paragraphSize);
    QString ruleStyle(const doc::Paragraph &paragraph, qreal containerMm);
    void applyBreakAndMaster(Style &style);
    void writeBody(QXmlStreamWriter &xml);
    void writeParagraph(QXmlStreamWriter &xml, const doc::Paragraph &paragraph, qreal containerMm);
    void writeTable(QXmlStreamWriter &xml, const doc::Table &table);
    void writeAutomaticStyles(QXmlStreamWriter &xml) const;

    const doc::Document &m_document;
    QString m_measureFamily;
    QMap<QString, QString> m_nameByKey;
    QList<Style> m_styles;
    int m_tableCount = 0;
    bool m_firstBlock = true;
    bool m_breakNext = false;
};

} // namespace sdx
