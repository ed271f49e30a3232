#pragma once

#include "inventory/InventoryCatalog.h"
#include "inventory/SoftwareRow.h"

#include <QDialog>

#include <memory>

namespace Ui {
class InventoryFeaturesDialog;
}

namespace sdx {

/// Ticks what a row declares: the modules of a management system, the functions of an LMS,
/// or whether a testing software exchanges results with the management system.
class InventoryFeaturesDialog final : public QDialog
{
    Q_OBJECT

public:
    InventoryFeaturesDialog(const SoftwareRow &row, const InventoryCatalog &catalog, QWidget *parent = nullptr);
    ~InventoryFeaturesDialog() override;

    /// The row with the ticked features.
    SoftwareRow row() const;

private:
    std::unique_ptr<Ui::InventoryFeaturesDialog> m_ui;
    SoftwareRow m_row;
    SoftwareRole::Features m_features = SoftwareRole::Features::None;
    QStringList m_keys;
};

} // namespace sdx
