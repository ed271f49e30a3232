#include "EvidenceModel.h"

#include <QBrush>
#include <QColor>

namespace sdx {

EvidenceModel::EvidenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EvidenceModel::setEntries(const QString &itemId, const QList<EvidenceEntry> &entries)
{
    beginResetModel();
    m_itemId = itemId;
    m_entries = entries;
    endResetModel();
}

int EvidenceModel::addEntry(EvidenceKind kind)
{
    if (m_itemId.isEmpty())
        return -1;
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    EvidenceEntry entry;
    entry.itemId = m_itemId;
    entry.kind = kind;
    m_entries.append(entry);
    endInsertRows();
    emit entriesEdited(m_itemId, m_entries);
    return row;
}

int EvidenceModel::appendEntry(const EvidenceEntry &entry)
{
    if (m_itemId.isEmpty())
        return -1;
    const int row = int(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(entry);
    m_entries.last().id = 0;
    m_entries.last().itemId = m_itemId;
    endInsertRows();
    emit entriesEdited(m_itemId, m_entries);
    return row;
}

bool EvidenceModel::replaceEntry(int row, const EvidenceEntry &entry)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    const qint64 id = m_entries.at(row).id;
    m_entries[row] = entry;
    m_entries[row].id = id;
    m_entries[row].itemId = m_itemId;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit entriesEdited(m_itemId, m_entries);
    return true;
}

bool EvidenceModel::removeEntry(int row)
{
    if (row < 0 || row >= m_entries.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    emit entriesEdited(m_itemId, m_entries);
    return true;
}

void EvidenceModel::adoptStoredIds(const QList<EvidenceEntry> &stored)
{
    for (int row = 0; row < m_entries.size() && row < stored.size(); ++row)
        m_entries[row].id = stored.at(row).id;
}

void EvidenceModel::setCheckResult(qint64 entryId, const QDate &checkedOn, const QString &result)
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id != entryId)
            continue;
        m_entries[row].lastChecked = checkedOn;
        m_entries[row].lastResult = result;
        emit dataChanged(index(row, CheckedColumn), index(row, CheckedColumn));
    }
}

int EvidenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EvidenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EvidenceModel::locationPlaceholder(EvidenceKind kind) const
{
    switch (kind) {
    case EvidenceKind::Link:
        return tr("https://…");
    case EvidenceKind::Document:
        return tr("Quyết định số …/QĐ-… ngày dd/mm/yyyy");
    case EvidenceKind::File:
        return tr("đường dẫn tệp");
    }
    return QString();
}

QVariant EvidenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const EvidenceEntry &entry = m_entries.at(index.row());
    if (role == KindRole)
        return int(entry.kind);
    if (role == Qt::ForegroundRole && index.column() == LocationColumn && entry.location.isEmpty())
        return QBrush(QColor(0x90, 0x90, 0x90));
    if (role == Qt::ToolTipRole && index.column() == CheckedColumn)
        return entry.lastResult;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return QVariant();
    switch (index.column()) {
    case TitleColumn:
        return entry.title;
    case KindColumn:
        return role == Qt::EditRole ? QVariant(int(entry.kind)) : QVariant(EvidenceKinds::displayName(entry.kind));
    case LocationColumn:
        if (role == Qt::DisplayRole && entry.location.isEmpty())
            return locationPlaceholder(entry.kind);
        return entry.location;
    case IssuerColumn:
        return entry.issuer;
    case NotesColumn:
        return entry.notes;
    case CheckedColumn:
        if (!entry.lastChecked.isValid())
            return role == Qt::DisplayRole ? tr("chưa kiểm tra") : QString();
        return tr("%1: %2").arg(entry.lastChecked.toString(QStringLiteral("dd/MM/yyyy")), entry.lastResult);
    default:
        return QVariant();
    }
}

bool EvidenceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_entries.size())
        return false;
    EvidenceEntry &entry = m_entries[index.row()];
    switch (index.column()) {
    case TitleColumn:
        entry.title = value.toString().trimmed();
        break;
    case KindColumn: {
        const int kind = value.toInt();
        if (kind < int(EvidenceKind::Link) || kind > int(EvidenceKind::File))
            return false;
        entry.kind = EvidenceKind(kind);
        break;
    }
    case LocationColumn:
        entry.location = value.toString().trimmed();
        break;
    case IssuerColumn:
        entry.issuer = value.toString().trimmed();
        break;
    case NotesColumn:
        entry.notes = value.toString();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    emit entriesEdited(m_itemId, m_entries);
    return true;
}

QVariant EvidenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TitleColumn:
        return tr("Tên minh chứng");
    case KindColumn:
        return tr("Loại");
    case LocationColumn:
        return tr("Đường link / số hiệu văn bản / tệp");
    case IssuerColumn:
        return tr("Nơi ban hành");
    case NotesColumn:
        return tr("Ghi chú");
    case CheckedColumn:
        return tr("Kiểm tra lần cuối");
    default:
        return QVariant();
    }
}

Qt::ItemFlags EvidenceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != CheckedColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

} // namespace sdx
