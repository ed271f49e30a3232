#pragma once

#include <QAbstractTableModel>

namespace sdx {

class InventoryController;
struct SoftwareRow;

/// The software and services register of the year, one row per SoftwareRow; edits go to the core.
class SoftwareTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Group, Name, Role, Status, Product, Provider, Link, HowObtained, Quantity, Details, Note, ColumnCount };

    explicit SoftwareTableModel(InventoryController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The register row shown on `row`, or nullptr.
    const SoftwareRow *rowAt(int row) const;
    /// "Phân hệ: …", "Chức năng: …", "Trao đổi kết quả" — the features a row declares.
    QString details(const SoftwareRow &row) const;

private:
    QVariant display(const SoftwareRow &row, int column) const;
    QVariant choices(int column, int role) const;
    QString key(const SoftwareRow &row, int column) const;

    InventoryController *m_controller;
};

} // namespace sdx
