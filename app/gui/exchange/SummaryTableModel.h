#pragma once

#include "exchange/ReceivedSummary.h"

#include <QAbstractTableModel>

namespace sdx::gui {

/**
 * The schools × criteria table of one summary: school columns, then points and level of each group,
 * then each criterion's points (Đạt/Không đạt for mandatory conditions), then the unmet conditions.
 * SortRole gives numbers for numeric columns, so a QSortFilterProxyModel sorts 9 before 10.
 */
class SummaryTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { SortRole = Qt::UserRole + 1, RecordIdRole };
    enum FixedColumn { CodeColumn, NameColumn, LevelColumn, RevisionColumn, FixedColumnCount };

    explicit SummaryTableModel(QObject *parent = nullptr);

    void setSummary(const ReceivedSummary &summary);
    const ReceivedSummary &summary() const { return m_summary; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant groupCell(const SchoolSummaryRow &row, int groupColumn, int role) const;
    QVariant criterionCell(const SchoolSummaryRow &row, int criterion, int role) const;

    ReceivedSummary m_summary;
    QList<IndexOutline::Criterion> m_criteria;
};

} // namespace sdx::gui
