#include "EvidenceKindDelegate.h"

#include "index/Evidence.h"

#include <QComboBox>

namespace sdx {

QWidget *EvidenceKindDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (EvidenceKind kind : {EvidenceKind::Link, EvidenceKind::Document, EvidenceKind::File})
        combo->addItem(EvidenceKinds::displayName(kind), int(kind));
    return combo;
}

void EvidenceKindDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
}

void EvidenceKindDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace sdx
