#include "YearComparisonModel.h"

#include "index/Points.h"

#include <QBrush>
#include <QCoreApplication>
#include <QColor>
#include <QFont>

namespace sdx {
namespace {

QString pointsAndLevel(const IndexDefinition &index, double points, int level)
{
    return QCoreApplication::translate("sdx::YearComparisonModel", "%1 (%2)")
        .arg(Points::format(points), index.levelShortName(level));
}

} // namespace

YearComparisonModel::YearComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void YearComparisonModel::setReports(const IndexDefinition &index, const ScoreReport &current,
                                     const QString &currentName, const std::optional<ScoreReport> &previous,
                                     const QString &previousName)
{
    beginResetModel();
    m_rows.clear();
    m_currentName = currentName;
    m_previousName = previousName;
    m_hasPrevious = previous.has_value();
    for (const GroupScore &group : current.groups) {
        Row row{tr("Nhóm %1. %2").arg(group.id, group.title), true, QString(),
                pointsAndLevel(index, group.points, group.level), std::nullopt};
        if (previous) {
            if (const GroupScore *before = previous->group(group.id)) {
                row.previous = pointsAndLevel(index, before->points, before->level);
                row.change = Points::normalized(group.points - before->points);
            }
        }
        m_rows.append(row);
        for (const CriterionScore &criterion : group.criteria) {
            if (criterion.mandatory)
                continue;
            const Criterion *definition = index.criterion(criterion.id);
            Row line{tr("%1 %2").arg(criterion.id, definition ? definition->text : QString()), false, QString(),
                     pointsAndLevel(index, criterion.points, criterion.level), std::nullopt};
            if (previous) {
                if (const CriterionScore *before = previous->criterion(criterion.id)) {
                    line.previous = pointsAndLevel(index, before->points, before->level);
                    line.change = Points::normalized(criterion.points - before->points);
                }
            }
            m_rows.append(line);
        }
    }
    endResetModel();
}

int YearComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int YearComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant YearComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    if (role == Qt::FontRole && row.isGroup) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && index.column() == ChangeColumn && row.change) {
        const int sign = Points::compare(*row.change, 0);
        if (sign != 0)
            return QBrush(sign > 0 ? QColor(0x1b, 0x7a, 0x2e) : QColor(0xa0, 0x1c, 0x1c));
    }
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case CriterionColumn:
        return row.title;
    case PreviousColumn:
        return m_hasPrevious ? row.previous : tr("không có");
    case CurrentColumn:
        return row.current;
    case ChangeColumn:
        if (!row.change)
            return QString();
        return Points::compare(*row.change, 0) > 0 ? tr("+%1").arg(Points::format(*row.change))
                                                  : Points::format(*row.change);
    default:
        return QVariant();
    }
}

QVariant YearComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case CriterionColumn:
        return tr("Tiêu chí");
    case PreviousColumn:
        return m_previousName.isEmpty() ? tr("Năm học trước") : tr("Năm học %1").arg(m_previousName);
    case CurrentColumn:
        return tr("Năm học %1").arg(m_currentName);
    case ChangeColumn:
        return tr("Thay đổi (điểm)");
    default:
        return QVariant();
    }
}

} // namespace sdx
