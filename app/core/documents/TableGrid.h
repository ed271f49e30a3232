#pragma once

#include "DocumentModel.h"

#include <QList>

namespace sdx::doc {

/**
 * Where each cell of a table lands once spans are taken into account. Every renderer needs the
 * same answer (QTextTable merges, DOCX gridSpan/vMerge, ODT covered cells), so it is computed once.
 */
class TableGrid final
{
public:
    struct Placed
    {
        int row = 0;
        int column = 0;
        int rowSpan = 1;   ///< clamped to the table
        int colSpan = 1;
        const TableCell *cell = nullptr;
    };

    explicit TableGrid(const Table &table);

    int rowCount() const { return m_rowCount; }
    int columnCount() const { return m_columnCount; }
    /// The anchor cells, row by row, left to right.
    const QList<Placed> &cells() const { return m_cells; }
    /// The anchor covering (row, column), or nullptr for a slot no cell fills.
    const Placed *at(int row, int column) const;
    /// True when (row, column) is the top-left slot of its cell.
    bool isAnchor(int row, int column) const;
    /// Cells that did not fit in the column count (a builder bug); empty when the table is sound.
    int overflowCount() const { return m_overflow; }

private:
    int m_rowCount = 0;
    int m_columnCount = 0;
    int m_overflow = 0;
    QList<Placed> m_cells;
    QList<int> m_owner; ///< row * columns + column → index in m_cells, or -1
};

} // namespace sdx::doc
