#pragma once

#include "exchange/YearLock.h"

#include <QAbstractTableModel>

namespace sdx::gui {

/// A year's finalisations, reopenings and restores, newest first.
class RevisionHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ActionColumn, RevisionColumn, ActorColumn, ReasonColumn, ColumnCount };

    explicit RevisionHistoryModel(QObject *parent = nullptr);
    void setEvents(const QList<YearRevisionEvent> &events);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<YearRevisionEvent> m_events;
};

} // namespace sdx::gui
