#pragma once

#include "exchange/ExchangeDocument.h"

#include <QAbstractTableModel>

namespace sdx::gui {

/// The authority's indicators of a year, one row each: label and an editable count. An empty row
/// shows in grey italics the inventory's figure, which is what will be reported for it.
class IndicatorsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, ValueColumn, ColumnCount };

    explicit IndicatorsModel(QObject *parent = nullptr);

    void setIndicators(const ExchangeIndicators &indicators);
    const ExchangeIndicators &indicators() const { return m_indicators; }
    void setReadOnly(bool readOnly);
    /// The inventory's figures, reported for the rows left empty (ReportedIndicators::completed).
    void setInventoryFigures(const ExchangeIndicators &figures);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    void updateReported();

    ExchangeIndicators m_indicators;   ///< as typed
    ExchangeIndicators m_inventory;
    ExchangeIndicators m_reported;     ///< as they will be sent
    bool m_readOnly = false;
};

} // namespace sdx::gui
