#include "LegalBasisListModel.h"

#include <QCoreApplication>

namespace sdx {

LegalBasisListModel::LegalBasisListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void LegalBasisListModel::setBases(const QList<LegalBasis> &available, const QStringList &selected)
{
    beginResetModel();
    m_items.clear();
    for (const QString &key : selected) {
        for (const LegalBasis &basis : available) {
            if (basis.key == key)
                m_items << Item{basis, true};
        }
    }
    for (const LegalBasis &basis : available) {
        if (!selected.contains(basis.key))
            m_items << Item{basis, false};
    }
    endResetModel();
}

QStringList LegalBasisListModel::selectedKeys() const
{
    QStringList keys;
    for (const Item &item : m_items) {
        if (item.checked)
            keys << item.basis.key;
    }
    return keys;
}

int LegalBasisListModel::checkedCount() const
{
    return int(selectedKeys().size());
}

bool LegalBasisListModel::moveSelected(int row, int delta)
{
    const int target = row + delta;
    if (row < 0 || row >= m_items.size() || !m_items.at(row).checked || target < 0 || target >= checkedCount())
        return false;
    const int destination = delta > 0 ? target + 1 : target; // beginMoveRows counts the slot before which to insert
    if (!beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination))
        return false;
    m_items.move(row, target);
    endMoveRows();
    emit selectionChanged();
    return true;
}

int LegalBasisListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant LegalBasisListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = item.basis.shortName();
        if (item.basis.date.isValid())
            text += QStringLiteral(" (%1)").arg(item.basis.date.toString(QStringLiteral("dd/MM/yyyy")));
        if (item.basis.isOwn())
            text += tr(" — văn bản của địa phương, nhà trường");
        return text;
    }
    case Qt::ToolTipRole:
        return QString(QStringLiteral("Căn cứ ") + item.basis.citation());
    case Qt::CheckStateRole:
        return item.checked ? Qt::Checked : Qt::Unchecked;
    case KeyRole:
        return item.basis.key;
    default:
        return {};
    }
}

bool LegalBasisListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.row() >= m_items.size())
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    const int row = index.row();
    if (m_items.at(row).checked == checked)
        return true;
    // A newly checked basis goes to the end of the printed list, an unchecked one after it.
    const int target = checked ? checkedCount() : checkedCount() - 1;
    m_items[row].checked = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    if (target != row && beginMoveRows(QModelIndex(), row, row, QModelIndex(), target > row ? target + 1 : target)) {
        m_items.move(row, target);
        endMoveRows();
    }
    emit selectionChanged();
    return true;
}

Qt::ItemFlags LegalBasisListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace sdx
