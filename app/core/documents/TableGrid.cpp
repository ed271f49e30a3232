#include "TableGrid.h"

#include <algorithm>

namespace sdx::doc {

TableGrid::TableGrid(const Table &table)
    : m_rowCount(int(table.rows.size()))
    , m_columnCount(int(table.columnWidthsMm.size()))
{
    m_owner.fill(-1, m_rowCount * m_columnCount);
    for (int row = 0; row < m_rowCount; ++row) {
        int column = 0;
        for (const TableCell &cell : table.rows.at(row).cells) {
            while (column < m_columnCount && m_owner.at(row * m_columnCount + column) >= 0)
                ++column;
            const int colSpan = std::max(1, cell.colSpan);
            if (column + colSpan > m_columnCount) {
                ++m_overflow;
                continue;
            }
            const int rowSpan = std::clamp(cell.rowSpan, 1, m_rowCount - row);
            const int index = int(m_cells.size());
            m_cells.append(Placed{row, column, rowSpan, colSpan, &cell});
            for (int r = row; r < row + rowSpan; ++r)
                for (int c = column; c < column + colSpan; ++c)
                    m_owner[r * m_columnCount + c] = index;
            column += colSpan;
        }
    }
}

const TableGrid::Placed *TableGrid::at(int row, int column) const
{
    if (row < 0 || row >= m_rowCount || column < 0 || column >= m_columnCount)
        return nullptr;
    const int owner = m_owner.at(row * m_columnCount + column);
    return owner < 0 ? nullptr : &m_cells.at(owner);
}

bool TableGrid::isAnchor(int row, int column) const
{
    const Placed *placed = at(row, column);
    return placed && placed->row == row && placed->column == column;
}

} // namespace sdx::doc
