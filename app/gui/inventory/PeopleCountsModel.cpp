#include "PeopleCountsModel.h"

#include "InventoryController.h"

#include <cmath>

namespace sdx {

PeopleCountsModel::PeopleCountsModel(InventoryController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    auto refresh = [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    };
    connect(controller, &InventoryController::structureChanged, this, refresh);
    connect(controller, &InventoryController::dataRefreshed, this, refresh);
}

int PeopleCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_controller->catalog().counts().size());
}

int PeopleCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PeopleCountsModel::keyAt(int row) const
{
    const QList<CountDefinition> &counts = m_controller->catalog().counts();
    return row >= 0 && row < counts.size() ? counts.at(row).key : QString();
}

QVariant PeopleCountsModel::display(int row, int column) const
{
    const CountDefinition &definition = m_controller->catalog().counts().at(row);
    const PeopleCounts &people = m_controller->snapshot().people;
    const std::optional<int> value = people.value(definition.key);
    const std::optional<int> base = people.sum(definition.of);
    switch (column) {
    case Label: return definition.label;
    case Value: return value ? QVariant(*value) : QVariant(QString());
    case Base: return base ? QVariant(*base) : QVariant(QString());
    case Share:
        if (value && base && *base > 0)
            return QStringLiteral("%1%").arg(std::lround(100.0 * *value / *base));
        return QString();
    case Feeds:
        if (!definition.item.isEmpty())
            return tr("Bộ chỉ số %1").arg(definition.item);
        if (definition.indicator > 0)
            return tr("Chỉ tiêu %1 của cấp quản lý").arg(definition.indicator);
        return QString();
    default: return QVariant();
    }
}

QVariant PeopleCountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Value || index.column() == Base || index.column() == Share
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Value ? tr("Để trống nếu chưa biết: SchoolDX không suy ra gì từ số liệu chưa biết.")
                                       : QVariant();
    default:
        return QVariant();
    }
}

QVariant PeopleCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Label: return tr("Số liệu");
    case Value: return tr("Số lượng");
    case Base: return tr("Trên tổng số");
    case Share: return tr("Tỷ lệ");
    case Feeds: return tr("Dùng cho");
    default: return QVariant();
    }
}

Qt::ItemFlags PeopleCountsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() == Value)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool PeopleCountsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != Value || role != Qt::EditRole)
        return false;
    PeopleCounts counts = m_controller->snapshot().people;
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        counts.clear(keyAt(index.row()));
    } else {
        bool ok = false;
        const int number = text.toInt(&ok);
        if (!ok)
            return false;
        counts.set(keyAt(index.row()), number);
    }
    if (counts == m_controller->snapshot().people)
        return true;
    return m_controller->saveCounts(counts).isOk();
}

} // namespace sdx
