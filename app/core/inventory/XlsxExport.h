#pragma once

#include "common/Status.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sdx {

/// One sheet to write: a header row and text rows; numeric columns are written as numbers.
struct ExportSheet
{
    QString name;
    QStringList header;
    QList<QStringList> rows;
    QList<int> numericColumns;      ///< 0-based columns whose non-empty cells are numbers
};

/**
 * Writes an .xlsx workbook with libxlsxwriter. libxlsxwriter can only write to a path, so the
 * workbook is built in a temporary folder, then copied to the user's path through SafeFile
 * (atomic replace + read back) and read again with XlsxReader to check every sheet and row is
 * there before success is reported.
 */
namespace XlsxExport {

Status write(const QString &path, const QList<ExportSheet> &sheets);

} // namespace XlsxExport
} // namespace sdx
