#pragma once

#include "ImportState.h"

#include "inventory/InventoryImporter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class InventoryImportDialog;
}

namespace sdx {

class ColumnMappingModel;
class ImportPreviewModel;
class InventoryController;

/**
 * Shows what a file would import before anything is written: each sheet, the kind of table,
 * the column mapping (changeable), every line with its errors. "Nhập" is possible only when no
 * line is in error, and writes everything in one transaction; "Hủy" writes nothing.
 */
class InventoryImportDialog final : public QDialog
{
    Q_OBJECT

public:
    InventoryImportDialog(InventoryController *controller, const QString &path, QWidget *parent = nullptr);
    ~InventoryImportDialog() override;

    bool canImport() const;
    const ImportState &state() const { return m_state; }
    /// The user's choices, also reachable from tests.
    void setConvertTcvn3(bool convert);
    void setSheetKind(InventoryKind kind);
    void setMapping(const QStringList &mapping);

public slots:
    void accept() override;

private:
    void readFile();
    void replan();
    void showSheet(int index);
    void showMessage(const QString &message, bool error);

    std::unique_ptr<Ui::InventoryImportDialog> m_ui;
    InventoryController *m_controller;
    QString m_path;
    InventoryImporter m_importer;
    ImportState m_state;
    bool m_readable = false;
    ColumnMappingModel *m_mappingModel;
    ImportPreviewModel *m_previewModel;
};

} // namespace sdx
