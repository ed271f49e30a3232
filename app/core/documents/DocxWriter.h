#pragma once

#include "DocumentModel.h"
#include "common/Status.h"

#include <QByteArray>
#include <QString>

class QXmlStreamWriter;

namespace sdx {

/**
 * The document as a Word file (WordprocessingML, ECMA-376 transitional): A4 with the margins in
 * twips, Times New Roman (Word on Linux substitutes Liberation Serif), bordered tables with fixed
 * widths and repeated header rows, and a centred PAGE field in the header from page 2 (titlePg).
 * Lines under texts are bordered empty paragraphs indented to the wanted length.
 */
class DocxWriter final
{
public:
    explicit DocxWriter(const doc::Document &document);

    /// The .docx package as bytes.
    Expected<QByteArray> package() const;
    /// word/document.xml alone (for tests and for checking).
    QByteArray documentXml() const;

private:
    void writeBlocks(QXmlStreamWriter &xml) const;
    void writeParagraph(QXmlStreamWriter &xml, const doc::Paragraph &paragraph, qreal containerMm) const;
    void writeRule(QXmlStreamWriter &xml, const doc::Paragraph &paragraph, qreal containerMm) const;
    void writeTable(QXmlStreamWriter &xml, const doc::Table &table) const;
    void writeSection(QXmlStreamWriter &xml) const;

    const doc::Document &m_document;
    QString m_measureFamily;
};

} // namespace sdx
