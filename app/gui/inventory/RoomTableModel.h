#pragma once

#include <QAbstractTableModel>

namespace sdx {

class InventoryController;
struct Room;

/// The rooms of the year with a summary of what each holds; edits go to the core.
class RoomTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Kind, Internet, Equipment, Equipped, CheckedOn, Note, ColumnCount };

    explicit RoomTableModel(InventoryController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const Room *roomAt(int row) const;
    int rowOfRoom(qint64 roomId) const;
    /// "1 Ti vi; 21 Máy tính để bàn (4 hỏng)".
    QString equipmentSummary(const Room &room) const;

private:
    QVariant display(const Room &room, int column) const;

    InventoryController *m_controller;
};

} // namespace sdx
