#include "InventoryFeaturesDialog.h"

#include "ui_inventoryfeaturesdialog.h"

#include <QPushButton>

namespace sdx {

InventoryFeaturesDialog::InventoryFeaturesDialog(const SoftwareRow &row, const InventoryCatalog &catalog, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InventoryFeaturesDialog>())
    , m_row(row)
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Lưu"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    const SoftwareRole *role = catalog.role(row.role);
    m_features = role ? role->features : SoftwareRole::Features::None;
    const QList<CatalogEntry> entries = m_features == SoftwareRole::Features::Modules     ? catalog.modules()
                                        : m_features == SoftwareRole::Features::Functions ? catalog.lmsFunctions()
                                                                                          : QList<CatalogEntry>();
    const QStringList &ticked = m_features == SoftwareRole::Features::Modules ? row.modules : row.functions;
    for (const CatalogEntry &entry : entries) {
        auto *item = new QListWidgetItem(tr("%1 (chỉ số %2)").arg(entry.label, entry.item), m_ui->featuresList);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(entry.key) ? Qt::Checked : Qt::Unchecked);
        m_keys.append(entry.key);
    }
    m_ui->featuresList->setVisible(!entries.isEmpty());
    m_ui->exchangeCheck->setVisible(m_features == SoftwareRole::Features::Exchange);
    m_ui->exchangeCheck->setChecked(row.exchangesResults);
    switch (m_features) {
    case SoftwareRole::Features::Modules:
        m_ui->titleLabel->setText(tr("Các phân hệ “%1” đang triển khai:").arg(row.name));
        break;
    case SoftwareRole::Features::Functions:
        m_ui->titleLabel->setText(tr("Các chức năng “%1” đang triển khai (chỉ số 1.3.3):").arg(row.name));
        break;
    case SoftwareRole::Features::Exchange:
        m_ui->titleLabel->setText(tr("Phần mềm thi “%1” (chỉ số 1.5.2):").arg(row.name));
        break;
    case SoftwareRole::Features::None:
        m_ui->titleLabel->setText(tr("“%1” không có phân hệ hay chức năng cần khai báo cho Bộ chỉ số.").arg(row.name));
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        break;
    }
}

InventoryFeaturesDialog::~InventoryFeaturesDialog() = default;

SoftwareRow InventoryFeaturesDialog::row() const
{
    SoftwareRow result = m_row;
    QStringList ticked;
    for (int i = 0; i < m_ui->featuresList->count(); ++i) {
        if (m_ui->featuresList->item(i)->checkState() == Qt::Checked)
            ticked.append(m_keys.at(i));
    }
    if (m_features == SoftwareRole::Features::Modules)
        result.modules = ticked;
    else if (m_features == SoftwareRole::Features::Functions)
        result.functions = ticked;
    else if (m_features == SoftwareRole::Features::Exchange)
        result.exchangesResults = m_ui->exchangeCheck->isChecked();
    return result;
}

} // namespace sdx
