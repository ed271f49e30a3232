#include "NarrativeSectionListModel.h"

#include <QCoreApplication>
#include <QFont>

namespace sdx {

NarrativeSectionListModel::NarrativeSectionListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void NarrativeSectionListModel::setSections(const QList<NarrativeSection> &sections, const QSet<QString> &edited)
{
    beginResetModel();
    m_sections = sections;
    m_edited = edited;
    endResetModel();
}

void NarrativeSectionListModel::setEdited(const QString &key, bool edited)
{
    if (m_edited.contains(key) == edited)
        return;
    if (edited)
        m_edited.insert(key);
    else
        m_edited.remove(key);
    const int row = rowOf(key);
    if (row >= 0)
        emit dataChanged(index(row), index(row), {Qt::FontRole, Qt::ToolTipRole, EditedRole});
}

QString NarrativeSectionListModel::keyAt(int row) const
{
    return row >= 0 && row < m_sections.size() ? m_sections.at(row).key : QString();
}

int NarrativeSectionListModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_sections.size(); ++row) {
        if (m_sections.at(row).key == key)
            return row;
    }
    return -1;
}

int NarrativeSectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

QVariant NarrativeSectionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sections.size())
        return {};
    const NarrativeSection &section = m_sections.at(index.row());
    const bool edited = m_edited.contains(section.key);
    switch (role) {
    case Qt::DisplayRole:
        return section.title;
    case Qt::FontRole: {
        QFont font;
        font.setBold(edited);
        return font;
    }
    case Qt::ToolTipRole:
        return edited ? tr("Nhà trường đã sửa phần này")
                      : tr("Đang dùng nội dung mặc định");
    case KeyRole:
        return section.key;
    case EditedRole:
        return edited;
    default:
        return {};
    }
}

} // namespace sdx
