#pragma once

#include "inventory/InventoryStocktake.h"

#include <QAbstractTableModel>

namespace sdx {

class InventoryController;

/// The counts being taken in one room: a draft of owned and working units per entry, saved for the
/// whole room at once by "Xác nhận số liệu" (InventoryController::confirmRoom).
class StocktakeCountsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Category, Description, Recorded, Quantity, Working, Broken, ColumnCount };

    explicit StocktakeCountsModel(InventoryController *controller, QObject *parent = nullptr);

    /// Starts the draft from what the inventory holds for the room.
    void setRoom(qint64 roomId);
    qint64 roomId() const { return m_roomId; }
    const QList<StocktakeCount> &draft() const { return m_draft; }
    bool isChanged() const;
    qint64 equipmentIdAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    void reloadDraft();

    InventoryController *m_controller;
    qint64 m_roomId = 0;
    QList<StocktakeCount> m_draft;
};

} // namespace sdx
