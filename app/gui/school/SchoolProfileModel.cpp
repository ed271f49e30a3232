#include "SchoolProfileModel.h"

namespace sdx::gui {

SchoolProfileModel::SchoolProfileModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SchoolProfileModel::setProfile(const SchoolProfile &profile)
{
    m_profile = profile;
    emit dataChanged(index(0, 0), index(0, ColumnCount - 1));
}

int SchoolProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

int SchoolProfileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString *SchoolProfileModel::textField(int column)
{
    switch (column) {
    case Name: return &m_profile.name;
    case Code: return &m_profile.code;
    case Authority: return &m_profile.authority;
    case PlaceName: return &m_profile.placeName;
    case DocSign: return &m_profile.docSign;
    case PrincipalName: return &m_profile.principalName;
    case PrincipalTitle: return &m_profile.principalTitle;
    case Address: return &m_profile.address;
    case Phone: return &m_profile.phone;
    case Email: return &m_profile.email;
    case Website: return &m_profile.website;
    default: return nullptr;
    }
}

QVariant SchoolProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    if (index.column() == Level) {
        return role == Qt::EditRole ? QVariant(int(SchoolLevels::all().indexOf(m_profile.level)))
                                    : QVariant(SchoolLevels::displayName(m_profile.level));
    }
    const QString *field = const_cast<SchoolProfileModel *>(this)->textField(index.column());
    return field ? QVariant(*field) : QVariant();
}

bool SchoolProfileModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    if (index.column() == Level) {
        const QList<SchoolLevel> levels = SchoolLevels::all();
        const int position = value.toInt();
        if (position < 0 || position >= levels.size() || levels.at(position) == m_profile.level)
            return false;
        m_profile.level = levels.at(position);
    } else {
        QString *field = textField(index.column());
        // The document sign is printed in capitals (ký hiệu IN HOA); store it that way.
        const QString text = index.column() == DocSign ? value.toString().toUpper() : value.toString();
        if (!field || *field == text)
            return false;
        *field = text;
    }
    emit dataChanged(index, index);
    emit edited();
    return true;
}

Qt::ItemFlags SchoolProfileModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant SchoolProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Tên trường");
    case Code: return tr("Mã trường");
    case Level: return tr("Cấp học");
    case Authority: return tr("Cơ quan chủ quản");
    case PlaceName: return tr("Địa danh");
    case DocSign: return tr("Ký hiệu văn bản");
    case PrincipalName: return tr("Người ký");
    case PrincipalTitle: return tr("Chức vụ người ký");
    case Address: return tr("Địa chỉ");
    case Phone: return tr("Điện thoại");
    case Email: return tr("Thư điện tử");
    case Website: return tr("Trang thông tin điện tử");
    default: return {};
    }
}

} // namespace sdx::gui
