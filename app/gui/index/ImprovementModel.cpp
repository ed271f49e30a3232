#include "ImprovementModel.h"

#include "index/Points.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace sdx {

ImprovementModel::ImprovementModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImprovementModel::setPlan(const IndexDefinitionPtr &index, const ImprovementPlan &plan)
{
    beginResetModel();
    m_index = index;
    m_plan = plan;
    endResetModel();
}

int ImprovementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.improvements.size());
}

int ImprovementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImprovementModel::gainText(double gain, const QString &target) const
{
    const QString points = tr("+%1 điểm").arg(Points::format(gain));
    return target.isEmpty() ? points : tr("%1 khi đạt %2").arg(points, target);
}

QString ImprovementModel::displayText(const Improvement &improvement, int column) const
{
    switch (column) {
    case ItemColumn:
        return improvement.itemId;
    case ActionColumn:
        return improvement.guidance;
    case CostColumn:
        return ActionCosts::displayName(improvement.cost);
    case NextColumn:
        if (improvement.mandatory)
            return tr("Điều kiện bắt buộc");
        return gainText(improvement.nextGain, improvement.nextTarget);
    case FullColumn:
        if (improvement.mandatory)
            return QString();
        return gainText(improvement.fullGain, improvement.fullTarget);
    case GroupAfterColumn: {
        QString text = tr("Nhóm %1: %2 điểm, %3")
                           .arg(improvement.groupId, Points::format(improvement.groupPointsAfterFull),
                                m_index ? m_index->levelShortName(improvement.groupLevelAfterFull) : QString());
        if (!improvement.prerequisite.isEmpty())
            text += tr(" (cần làm %1 trước)").arg(improvement.prerequisite);
        return text;
    }
    default:
        return QString();
    }
}

QVariant ImprovementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_plan.improvements.size())
        return QVariant();
    const Improvement &improvement = m_plan.improvements.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(improvement, index.column());
    case Qt::ToolTipRole: {
        const IndexItem *item = m_index ? m_index->item(improvement.itemId) : nullptr;
        return item ? tr("%1 %2\n%3").arg(item->id, item->text, improvement.summary) : improvement.summary;
    }
    case Qt::FontRole:
        // Bold where doing this item alone lifts the group to a higher level.
        if (index.column() == GroupAfterColumn && improvement.groupLevelAfterFull > improvement.groupLevelNow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (improvement.mandatory)
            return QBrush(QColor(0xa0, 0x1c, 0x1c));
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant ImprovementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case ItemColumn:
        return tr("Mục");
    case ActionColumn:
        return tr("Việc cần làm");
    case CostColumn:
        return tr("Loại việc");
    case NextColumn:
        return tr("Bậc kế tiếp");
    case FullColumn:
        return tr("Tối đa");
    case GroupAfterColumn:
        return tr("Nhóm sau khi làm");
    default:
        return QVariant();
    }
}

} // namespace sdx
