#include "IndicatorsModel.h"

#include "exchange/ReportedIndicators.h"

#include <QFont>
#include <QColor>
#include <QLocale>

namespace sdx::gui {

IndicatorsModel::IndicatorsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IndicatorsModel::setIndicators(const ExchangeIndicators &indicators)
{
    beginResetModel();
    m_indicators = indicators;
    updateReported();
    endResetModel();
}

void IndicatorsModel::setInventoryFigures(const ExchangeIndicators &figures)
{
    beginResetModel();
    m_inventory = figures;
    updateReported();
    endResetModel();
}

void IndicatorsModel::updateReported()
{
    m_reported = ReportedIndicators::completed(m_indicators, m_inventory);
}

void IndicatorsModel::setReadOnly(bool readOnly)
{
    beginResetModel();
    m_readOnly = readOnly;
    endResetModel();
}

int IndicatorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ExchangeIndicators::keys().size());
}

int IndicatorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= ExchangeIndicators::keys().size())
        return {};
    const QString key = ExchangeIndicators::keys().at(index.row());
    if (index.column() == LabelColumn)
        return role == Qt::DisplayRole ? QVariant(ExchangeIndicators::label(key)) : QVariant();
    const std::optional<qint64> value = m_indicators.value(key);
    const std::optional<qint64> taken = value ? std::nullopt : m_reported.value(key);
    switch (role) {
    case Qt::DisplayRole:
        return value ? QVariant(*value) : taken ? QVariant(*taken) : QVariant();
    case Qt::EditRole:
        return value ? QVariant(*value) : QVariant(QString());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return taken ? QVariant(QColor(Qt::darkGray)) : QVariant();
    case Qt::FontRole:
        if (taken) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return taken ? QVariant(tr("Số liệu kiểm kê, được gửi khi ô này để trống; nhập số khác để thay.")) : QVariant();
    default:
        return {};
    }
}

bool IndicatorsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != ValueColumn || m_readOnly)
        return false;
    const QString key = ExchangeIndicators::keys().at(index.row());
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        m_indicators.values.remove(key);
    } else {
        bool ok = false;
        const qint64 number = QLocale().toLongLong(text, &ok);
        const qint64 plain = ok ? number : text.toLongLong(&ok);
        if (!ok || plain < 0)
            return false;
        m_indicators.values.insert(key, plain);
    }
    updateReported();
    // A total changes which shares the inventory may fill: every row may change.
    emit dataChanged(this->index(0, ValueColumn), this->index(rowCount() - 1, ValueColumn));
    emit edited();
    return true;
}

Qt::ItemFlags IndicatorsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.column() == ValueColumn && !m_readOnly)
        result |= Qt::ItemIsEditable;
    return result;
}

QVariant IndicatorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == LabelColumn ? tr("Chỉ số") : tr("Số lượng");
}

} // namespace sdx::gui
