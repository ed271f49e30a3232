#pragma once

#include "documents/NarrativeDefaults.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace sdx {

/// The editable sections of a document; the ones the school edited are shown in bold.
class NarrativeSectionListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { KeyRole = Qt::UserRole + 1, EditedRole };

    explicit NarrativeSectionListModel(QObject *parent = nullptr);

    void setSections(const QList<NarrativeSection> &sections, const QSet<QString> &edited);
    void setEdited(const QString &key, bool edited);
    QString keyAt(int row) const;
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<NarrativeSection> m_sections;
    QSet<QString> m_edited;
};

} // namespace sdx
