#pragma once

#include <QAbstractTableModel>

namespace sdx {

class InventoryController;
struct EquipmentItem;
struct Room;

/// The equipment of one room (chosen with setRoom); edits go to the core.
class EquipmentTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Category, Description, Quantity, Working, Broken, Year, Protected, Provider, Speed, Repairs, Note, ColumnCount };

    explicit EquipmentTableModel(InventoryController *controller, QObject *parent = nullptr);

    void setRoom(qint64 roomId);
    qint64 roomId() const { return m_roomId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const EquipmentItem *itemAt(int row) const;

private:
    const Room *room() const;
    QVariant display(const EquipmentItem &item, int column) const;
    bool apply(EquipmentItem &item, int column, const QVariant &value) const;

    InventoryController *m_controller;
    qint64 m_roomId = 0;
};

} // namespace sdx
