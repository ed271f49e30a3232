#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sdx {

/// A rectangle of merged cells in a spreadsheet, 1-based, as Excel names it ("A1:C1").
struct MergedRange
{
    int firstRow = 0;
    int lastRow = 0;
    int firstColumn = 0;
    int lastColumn = 0;
    QString reference;
};

/// One line of a table as read from a file, with its line number in the file (1-based).
struct SheetRow
{
    int number = 0;
    QStringList cells;
};

/// A table read from a CSV file or one sheet of an XLSX workbook, before any interpretation.
struct SheetTable
{
    QString name;                   ///< sheet name; the file name for CSV
    QList<SheetRow> rows;           ///< non-empty rows only
    QList<MergedRange> merges;
};

} // namespace sdx
