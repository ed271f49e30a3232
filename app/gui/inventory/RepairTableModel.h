#pragma once

#include <QAbstractTableModel>

namespace sdx {

class InventoryController;
struct RepairEntry;

/// The repair log of one equipment entry. Read-only: repairs are opened by "Báo hỏng" and
/// closed with InventoryController::closeRepair.
class RepairTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Opened, Units, Problem, Closed, Outcome, Note, ColumnCount };

    explicit RepairTableModel(InventoryController *controller, QObject *parent = nullptr);

    void setEquipment(qint64 equipmentId);
    const RepairEntry *repairAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const QList<RepairEntry> *repairs() const;

    InventoryController *m_controller;
    qint64 m_equipmentId = 0;
};

} // namespace sdx
