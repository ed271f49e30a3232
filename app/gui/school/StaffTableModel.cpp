#include "StaffTableModel.h"

namespace sdx::gui {

StaffTableModel::StaffTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StaffTableModel::setStaff(const QList<StaffContact> &staff)
{
    beginResetModel();
    m_staff = staff;
    endResetModel();
}

void StaffTableModel::appendEmptyRow()
{
    beginInsertRows({}, int(m_staff.size()), int(m_staff.size()));
    m_staff.append(StaffContact());
    endInsertRows();
    emit edited();
}

void StaffTableModel::removeStaffRow(int row)
{
    if (row < 0 || row >= m_staff.size())
        return;
    beginRemoveRows({}, row, row);
    m_staff.removeAt(row);
    endRemoveRows();
    emit edited();
}

int StaffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_staff.size());
}

int StaffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString *StaffTableModel::field(StaffContact &contact, int column)
{
    switch (column) {
    case Name: return &contact.name;
    case Title: return &contact.title;
    case Phone: return &contact.phone;
    case Email: return &contact.email;
    default: return nullptr;
    }
}

QVariant StaffTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    StaffContact contact = m_staff.at(index.row());
    const QString *value = field(contact, index.column());
    return value ? QVariant(*value) : QVariant();
}

bool StaffTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    QString *target = field(m_staff[index.row()], index.column());
    if (!target || *target == value.toString())
        return false;
    *target = value.toString();
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags StaffTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Họ và tên");
    case Title: return tr("Chức vụ");
    case Phone: return tr("Điện thoại");
    case Email: return tr("Thư điện tử");
    default: return {};
    }
}

} // namespace sdx::gui
