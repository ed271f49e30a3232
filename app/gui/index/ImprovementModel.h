#pragma once

#include "index/Improvements.h"
#include "index/IndexRegistry.h"

#include <QAbstractTableModel>

namespace sdx {

/// The improvement list of the results page: one row per item not at its maximum.
class ImprovementModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ItemColumn, ActionColumn, CostColumn, NextColumn, FullColumn, GroupAfterColumn, ColumnCount };

    explicit ImprovementModel(QObject *parent = nullptr);

    void setPlan(const IndexDefinitionPtr &index, const ImprovementPlan &plan);
    const ImprovementPlan &plan() const { return m_plan; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString gainText(double gain, const QString &target) const;
    QString displayText(const Improvement &improvement, int column) const;

    IndexDefinitionPtr m_index;
    ImprovementPlan m_plan;
};

} // namespace sdx
