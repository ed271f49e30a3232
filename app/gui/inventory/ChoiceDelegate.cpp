#include "ChoiceDelegate.h"

#include "InventoryItemRoles.h"

#include <QComboBox>

namespace sdx {

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList labels = index.data(InventoryItemRoles::ChoiceLabelsRole).toStringList();
    if (labels.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->addItems(labels);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QStringList keys = index.data(InventoryItemRoles::ChoiceKeysRole).toStringList();
    combo->setCurrentIndex(qMax(0, int(keys.indexOf(index.data(InventoryItemRoles::KeyRole).toString()))));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    const QStringList keys = index.data(InventoryItemRoles::ChoiceKeysRole).toStringList();
    if (combo->currentIndex() >= 0 && combo->currentIndex() < keys.size())
        model->setData(index, keys.at(combo->currentIndex()), Qt::EditRole);
}

} // namespace sdx
