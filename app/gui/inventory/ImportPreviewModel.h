#pragma once

#include <QAbstractTableModel>

namespace sdx {

struct ImportState;

/// The lines of the sheet in view as they will be read, each with its errors in the first column.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ImportPreviewModel(const ImportState *state, QObject *parent = nullptr);

    void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The plan's messages about a line of the sheet in view.
    QStringList messagesFor(int line) const;

private:
    const ImportState *m_state;
};

} // namespace sdx
