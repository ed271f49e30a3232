#pragma once

#include "SheetTable.h"
#include "common/Status.h"

#include <QList>
#include <QString>

namespace sdx {

/**
 * Reads the cell text of every sheet of an .xlsx workbook: unzips it with QuaZip and parses the
 * sheet XML and shared strings with QXmlStreamReader. Values are read as displayed text (numbers
 * as written in the file); merged ranges are reported so the importer can refuse merged headers.
 */
namespace XlsxReader {

Expected<QList<SheetTable>> read(const QString &path);

/// "C" → 3, "AA" → 27; 0 if not a column reference.
int columnNumber(const QString &letters);

} // namespace XlsxReader
} // namespace sdx
