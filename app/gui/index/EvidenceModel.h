#pragma once

#include "index/Evidence.h"

#include <QAbstractTableModel>

namespace sdx {

/// One item's evidence as an editable table; every edit is reported through entriesEdited.
class EvidenceModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, KindColumn, LocationColumn, IssuerColumn, NotesColumn, CheckedColumn, ColumnCount };
    static constexpr int KindRole = Qt::UserRole + 1;  ///< int(EvidenceKind) of the row

    explicit EvidenceModel(QObject *parent = nullptr);

    void setEntries(const QString &itemId, const QList<EvidenceEntry> &entries);
    const QList<EvidenceEntry> &entries() const { return m_entries; }
    const QString &itemId() const { return m_itemId; }

    /// Appends an empty link row; returns its row.
    int addEntry(EvidenceKind kind = EvidenceKind::Link);
    /// Appends a whole entry (from the entry dialog); returns its row.
    int appendEntry(const EvidenceEntry &entry);
    /// Replaces one row with an edited entry, keeping its database id.
    bool replaceEntry(int row, const EvidenceEntry &entry);
    bool removeEntry(int row);
    /// After the list was stored: takes the database ids of the same rows, in the same order.
    void adoptStoredIds(const QList<EvidenceEntry> &stored);
    /// Writes a link check's outcome into the row holding `entryId`.
    void setCheckResult(qint64 entryId, const QDate &checkedOn, const QString &result);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    /// The list changed by the user (add, remove, edit): the page stores it.
    void entriesEdited(const QString &itemId, const QList<sdx::EvidenceEntry> &entries);

private:
    QString locationPlaceholder(EvidenceKind kind) const;

    QString m_itemId;
    QList<EvidenceEntry> m_entries;
};

} // namespace sdx
