#pragma once

#include <QAbstractTableModel>

namespace sdx {

class InventoryController;

/// What the school still lacks ("còn thiếu cần bổ sung"), counted in the totals.
class NeedsTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Item, Quantity, Note, ColumnCount };

    explicit NeedsTableModel(InventoryController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// Adds the first category or room kind not yet listed.
    bool addNeed();
    bool removeNeed(int row);

private:
    QStringList keys() const;
    QStringList labels() const;

    InventoryController *m_controller;
};

} // namespace sdx
