#pragma once

#include <QAbstractTableModel>

namespace sdx {

class InventoryCatalog;
struct ImportState;

/// One row per column of the file: its header, the field it fills (editable), a sample value.
class ColumnMappingModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, Field, Sample, ColumnCount };

    ColumnMappingModel(const ImportState *state, const InventoryCatalog &catalog, QObject *parent = nullptr);

    /// The state changed (another sheet, kind or plan).
    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /// The label of a field of the current sheet's kind, "(bỏ qua)" for none.
    QString fieldLabel(const QString &field) const;

signals:
    /// The user mapped a column: the whole new mapping of the sheet.
    void mappingEdited(const QStringList &mapping);

private:
    const ImportState *m_state;
    const InventoryCatalog &m_catalog;
};

} // namespace sdx
