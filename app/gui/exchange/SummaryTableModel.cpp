#include "SummaryTableModel.h"

#include "school/SchoolProfile.h"

#include <QBrush>
#include <QColor>

namespace sdx::gui {
namespace {

QString points(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QColor levelColour(int level)
{
    switch (level) {
    case 3:
        return QColor(0xd8, 0xf0, 0xd8);
    case 2:
        return QColor(0xff, 0xf4, 0xcc);
    default:
        return QColor(0xfa, 0xdb, 0xd8);
    }
}

} // namespace

SummaryTableModel::SummaryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SummaryTableModel::setSummary(const ReceivedSummary &summary)
{
    beginResetModel();
    m_summary = summary;
    m_criteria = summary.outline.criteria();
    endResetModel();
}

int SummaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_summary.schools.size());
}

int SummaryTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return FixedColumnCount + 2 * int(m_summary.outline.groups.size()) + int(m_criteria.size()) + 1;
}

QVariant SummaryTableModel::groupCell(const SchoolSummaryRow &row, int groupColumn, int role) const
{
    const int group = groupColumn / 2;
    if (group >= row.groups.size())
        return {};
    const SchoolGroupResult &result = row.groups.at(group);
    const bool isLevel = groupColumn % 2 == 1;
    if (role == Qt::BackgroundRole && isLevel)
        return QBrush(levelColour(result.level));
    if (role == SortRole)
        return isLevel ? QVariant(result.level) : QVariant(result.points);
    if (role == Qt::ToolTipRole && isLevel && !result.mandatoryMet)
        return tr("Chưa đáp ứng điều kiện bắt buộc (mức theo điểm: %1)").arg(result.uncappedLevel);
    if (role != Qt::DisplayRole)
        return {};
    if (!isLevel)
        return points(result.points);
    return result.mandatoryMet ? tr("Mức %1").arg(result.level) : tr("Mức %1 (*)").arg(result.level);
}

QVariant SummaryTableModel::criterionCell(const SchoolSummaryRow &row, int criterion, int role) const
{
    const IndexOutline::Criterion &outline = m_criteria.at(criterion);
    const SchoolCriterionResult cell = row.criteria.value(outline.id);
    if (role == SortRole)
        return outline.mandatory ? QVariant(cell.met ? 1 : 0) : QVariant(cell.points);
    if (role == Qt::ForegroundRole && !cell.met)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (outline.mandatory)
        return cell.met ? tr("Đạt") : tr("Không đạt");
    return points(cell.points);
}

QVariant SummaryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_summary.schools.size())
        return {};
    const SchoolSummaryRow &row = m_summary.schools.at(index.row());
    if (role == RecordIdRole)
        return row.recordId;
    const int column = index.column();
    const int groupColumns = 2 * int(m_summary.outline.groups.size());
    if (column >= FixedColumnCount && column < FixedColumnCount + groupColumns)
        return groupCell(row, column - FixedColumnCount, role);
    const int criterion = column - FixedColumnCount - groupColumns;
    if (criterion >= 0 && criterion < m_criteria.size())
        return criterionCell(row, criterion, role);
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case CodeColumn:
        return row.code;
    case NameColumn:
        return role == Qt::ToolTipRole ? QVariant(row.authority) : QVariant(row.name);
    case LevelColumn: {
        bool ok = false;
        const SchoolLevel level = SchoolLevels::fromCode(row.level, &ok);
        return ok ? SchoolLevels::displayName(level) : row.level;
    }
    case RevisionColumn:
        return row.revision;
    default:
        return row.unmetMandatory.join(QStringLiteral(", "));
    }
}

QVariant SummaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const int groupColumns = 2 * int(m_summary.outline.groups.size());
    if (section >= FixedColumnCount && section < FixedColumnCount + groupColumns) {
        const IndexOutline::Group &group = m_summary.outline.groups.at((section - FixedColumnCount) / 2);
        if (role == Qt::ToolTipRole)
            return group.title;
        return (section - FixedColumnCount) % 2 == 0 ? tr("Nhóm %1\nđiểm").arg(group.id) : tr("Nhóm %1\nmức").arg(group.id);
    }
    const int criterion = section - FixedColumnCount - groupColumns;
    if (criterion >= 0 && criterion < m_criteria.size()) {
        const IndexOutline::Criterion &outline = m_criteria.at(criterion);
        if (role == Qt::ToolTipRole)
            return outline.title;
        return outline.mandatory ? tr("%1\n(bắt buộc)").arg(outline.id) : tr("%1\n(/%2)").arg(outline.id, points(outline.max));
    }
    if (role == Qt::ToolTipRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Mã trường");
    case NameColumn:
        return tr("Tên trường");
    case LevelColumn:
        return tr("Cấp học");
    case RevisionColumn:
        return tr("Lần\nchốt");
    default:
        return tr("ĐK bắt buộc\nchưa đạt");
    }
}

} // namespace sdx::gui
