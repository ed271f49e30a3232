#pragma once

#include "documents/LegalBasis.h"

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

namespace sdx {

/**
 * The documents a school may cite, checkable: the checked ones come first, in the order they are
 * printed, and can be moved up and down; the others follow.
 */
class LegalBasisListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { KeyRole = Qt::UserRole + 1 };

    explicit LegalBasisListModel(QObject *parent = nullptr);

    /// `available`: every basis that may be cited; `selected`: the chosen keys in printed order.
    void setBases(const QList<LegalBasis> &available, const QStringList &selected);
    /// The checked keys in printed order.
    QStringList selectedKeys() const;
    /// Moves a checked row up (-1) or down (+1) among the checked rows; false if it cannot move.
    bool moveSelected(int row, int delta);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void selectionChanged();

private:
    struct Item
    {
        LegalBasis basis;
        bool checked = false;
    };

    int checkedCount() const;

    QList<Item> m_items;
};

} // namespace sdx
