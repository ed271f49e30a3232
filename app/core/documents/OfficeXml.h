#pragma once

#include "common/Status.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QXmlStreamWriter;

namespace sdx {

/// Small shared pieces of the DOCX and ODT writers.
namespace OfficeXml {

/// An XML part: declaration, then whatever `body` writes (UTF-8, no indentation).
QByteArray write(const std::function<void(QXmlStreamWriter &)> &body);
/// Whether `xml` is well-formed; the failure names the part and the line.
Status checkWellFormed(const QByteArray &xml, const QString &partName);
/// The text of every element named `localName` (e.g. "t" in WordprocessingML, "p" in ODF), joined.
QString collectText(const QByteArray &xml, const QString &paragraphName);

} // namespace OfficeXml
} // namespace sdx
