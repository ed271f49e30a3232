#pragma once

#include <QAbstractTableModel>

namespace sdx {

class InventoryController;
struct DerivedFact;

/// The index facts derived from the inventory, with where each comes from. Read-only.
class DerivedFactsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Item, Subject, Value, Provenance, ColumnCount };

    explicit DerivedFactsModel(InventoryController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Có", "Không", "8/15 (53%)", "Mức 2", "42".
    static QString valueText(const DerivedFact &fact);
    /// The row showing an item, or -1.
    int rowOf(const QString &itemId) const;

private:
    QString subject(const QString &itemId) const;

    InventoryController *m_controller;
};

} // namespace sdx
