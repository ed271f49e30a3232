#include "IndicatorsModel.h"

namespace sdx::gui {

IndicatorsModel::IndicatorsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IndicatorsModel::setIndicators(const ExchangeIndicators &indicators)
{
    beginResetModel();
    m_indicators = indicators;
    endResetModel();
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
    if (role == Qt::DisplayRole)
        return value ? QVariant(*value) : QVariant();
    if (role == Qt::EditRole)
        return value ? QVariant(*value) : QVariant(QString());
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
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
    emit dataChanged(index, index);
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
