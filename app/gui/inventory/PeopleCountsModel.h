#pragma once

#include <QAbstractTableModel>

namespace sdx {

class InventoryController;

/// The year's people and materials counts, one row per catalog count; an empty value is unknown.
class PeopleCountsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Label, Value, Base, Share, Feeds, ColumnCount };

    explicit PeopleCountsModel(InventoryController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The catalog key of a row ("teachers"…).
    QString keyAt(int row) const;

private:
    QVariant display(int row, int column) const;

    InventoryController *m_controller;
};

} // namespace sdx
