#pragma once

#include "common/Status.h"
#include "documents/DocumentExport.h"
#include "documents/DocumentModel.h"

#include <QWidget>

#include <memory>

namespace Ui {
class InventoryPage;
}

namespace sdx {

class DerivedFactsModel;
class EquipmentTableModel;
class InventoryController;
class NeedsTableModel;
class PeopleCountsModel;
class RoomTableModel;
class SchoolSession;
class SoftwareTableModel;
enum class InventoryKind;

/**
 * The inventory of the year being worked on, in four tabs: "Phần mềm & dịch vụ", "Phòng & thiết
 * bị", "Nhân sự & học sinh", "Số liệu suy ra" (the index facts derived from the rest, with their
 * provenance, and the totals of the plan). Every table edits through its model; the core
 * validates and saves; a refused edit is explained above the tabs.
 */
class InventoryPage final : public QWidget
{
    Q_OBJECT

public:
    explicit InventoryPage(SchoolSession *session, QWidget *parent = nullptr);
    ~InventoryPage() override;

    InventoryController *controller() const { return m_controller; }
    /// Opens the import dialog on a file (also from the buttons, after choosing the file).
    void importFile(const QString &path);
    /// Writes the inventory to a file: .xlsx (all tables) or .csv (the given table).
    bool exportFile(const QString &path, InventoryKind kind);
    /// The printable inventory annex of the current year (InventoryAnnexBuilder), from what the page shows.
    doc::Document annexDocument() const;
    /// Writes the annex to `path` (PDF, DOCX or ODT); a failure is shown above the tabs.
    Status saveAnnex(ExportFormat format, const QString &path);

private:
    void setUpViews();
    void connectButtons();
    void refreshLabels();
    void showMessage(const QString &message);
    void roomSelected();
    void editFeatures();
    void chooseImportFile();
    void chooseExportFile();
    void openStocktake();
    void previewAnnex();
    void chooseAnnexFile();
    qint64 currentRoomId() const;

    std::unique_ptr<Ui::InventoryPage> m_ui;
    InventoryController *m_controller;
    SoftwareTableModel *m_software;
    RoomTableModel *m_rooms;
    EquipmentTableModel *m_equipment;
    NeedsTableModel *m_needs;
    PeopleCountsModel *m_people;
    DerivedFactsModel *m_facts;
};

} // namespace sdx
