#pragma once

#include "exchange/ReceivingImport.h"

#include <QAbstractTableModel>

namespace sdx::gui {

/// One list of a batch (received, refused, superseded): file, school, year, revision, message.
class ImportEntriesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, SchoolColumn, YearColumn, RevisionColumn, MessageColumn, ColumnCount };

    explicit ImportEntriesModel(QObject *parent = nullptr);

    void setEntries(const QList<ImportReport::Entry> &entries);
    const QList<ImportReport::Entry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportReport::Entry> m_entries;
};

} // namespace sdx::gui
