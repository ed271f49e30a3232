#include "RevisionHistoryModel.h"

#include <algorithm>

namespace sdx::gui {

RevisionHistoryModel::RevisionHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RevisionHistoryModel::setEvents(const QList<YearRevisionEvent> &events)
{
    beginResetModel();
    m_events = events;
    std::reverse(m_events.begin(), m_events.end());
    endResetModel();
}

int RevisionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int RevisionHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RevisionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size() || role != Qt::DisplayRole)
        return {};
    const YearRevisionEvent &event = m_events.at(index.row());
    switch (index.column()) {
    case TimeColumn:
        return event.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    case ActionColumn:
        if (event.action == QLatin1String("finalise"))
            return tr("Chốt số liệu");
        if (event.action == QLatin1String("reopen"))
            return tr("Mở lại");
        return tr("Khôi phục từ tệp");
    case RevisionColumn:
        return event.revision;
    case ActorColumn:
        return event.actor;
    case ReasonColumn:
        return event.reason;
    }
    return {};
}

QVariant RevisionHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Thời điểm");
    case ActionColumn:
        return tr("Việc");
    case RevisionColumn:
        return tr("Lần");
    case ActorColumn:
        return tr("Người thực hiện");
    case ReasonColumn:
        return tr("Lý do");
    }
    return {};
}

} // namespace sdx::gui
