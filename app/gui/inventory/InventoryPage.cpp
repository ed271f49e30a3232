#include "InventoryPage.h"

#include "ChoiceDelegate.h"
#include "DerivedFactsModel.h"
#include "EquipmentTableModel.h"
#include "InventoryController.h"
#include "InventoryFeaturesDialog.h"
#include "InventoryImportDialog.h"
#include "InventoryStocktakeDialog.h"
#include "NeedsTableModel.h"
#include "PeopleCountsModel.h"
#include "RoomTableModel.h"
#include "SoftwareTableModel.h"
#include "ui_inventorypage.h"

#include "documents/DocumentIdentity.h"
#include "documents/DocumentPrinting.h"
#include "documents/InventoryAnnexBuilder.h"
#include "inventory/InventoryExport.h"
#include "school/SchoolSession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QStandardPaths>

namespace sdx {
namespace {

void prepare(QTableView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    view->setItemDelegate(new ChoiceDelegate(view));
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                          | QAbstractItemView::SelectedClicked);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

InventoryPage::InventoryPage(SchoolSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InventoryPage>())
    , m_controller(new InventoryController(session, this))
    , m_software(new SoftwareTableModel(m_controller, this))
    , m_rooms(new RoomTableModel(m_controller, this))
    , m_equipment(new EquipmentTableModel(m_controller, this))
    , m_needs(new NeedsTableModel(m_controller, this))
    , m_people(new PeopleCountsModel(m_controller, this))
    , m_facts(new DerivedFactsModel(m_controller, this))
{
    m_ui->setupUi(this);
    m_software->setObjectName(QStringLiteral("softwareModel"));
    m_rooms->setObjectName(QStringLiteral("roomsModel"));
    m_equipment->setObjectName(QStringLiteral("equipmentModel"));
    m_needs->setObjectName(QStringLiteral("needsModel"));
    m_people->setObjectName(QStringLiteral("peopleModel"));
    m_facts->setObjectName(QStringLiteral("factsModel"));
    setUpViews();
    connectButtons();
    connect(m_controller, &InventoryController::failed, this, &InventoryPage::showMessage);
    connect(m_controller, &InventoryController::structureChanged, this, &InventoryPage::refreshLabels);
    connect(m_controller, &InventoryController::dataRefreshed, this, &InventoryPage::refreshLabels);
    // A successful edit clears the last refusal.
    connect(m_controller, &InventoryController::dataRefreshed, m_ui->messageLabel, &QLabel::hide);
    refreshLabels();
}

InventoryPage::~InventoryPage() = default;

void InventoryPage::setUpViews()
{
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #b03a2e; background: #fde2df; padding: 6px;"));
    prepare(m_ui->softwareView, m_software);
    prepare(m_ui->roomsView, m_rooms);
    prepare(m_ui->equipmentView, m_equipment);
    prepare(m_ui->needsView, m_needs);
    prepare(m_ui->peopleView, m_people);
    prepare(m_ui->factsView, m_facts);
    m_ui->factsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->factsView->verticalHeader()->hide();
    m_ui->peopleView->verticalHeader()->hide();
    m_ui->needsView->verticalHeader()->hide();
    const QList<QPair<int, int>> softwareWidths = {{SoftwareTableModel::Group, 190}, {SoftwareTableModel::Name, 290},
                                                    {SoftwareTableModel::Role, 200},
                                                    {SoftwareTableModel::Status, 170}, {SoftwareTableModel::Product, 110},
                                                    {SoftwareTableModel::Provider, 100}, {SoftwareTableModel::Link, 190},
                                                    {SoftwareTableModel::HowObtained, 90}, {SoftwareTableModel::Quantity, 70},
                                                    {SoftwareTableModel::Details, 260}};
    for (const auto &[column, width] : softwareWidths)
        m_ui->softwareView->setColumnWidth(column, width);
    const QList<QPair<int, int>> roomWidths = {{RoomTableModel::Name, 130}, {RoomTableModel::Kind, 220},
                                               {RoomTableModel::Internet, 70}, {RoomTableModel::Equipment, 290},
                                               {RoomTableModel::Equipped, 170}, {RoomTableModel::CheckedOn, 130}};
    for (const auto &[column, width] : roomWidths)
        m_ui->roomsView->setColumnWidth(column, width);
    // Few entries per room: let the columns fit their contents and headers.
    m_ui->equipmentView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->equipmentView->horizontalHeader()->setStretchLastSection(true);
    m_ui->peopleView->setColumnWidth(PeopleCountsModel::Label, 560);
    m_ui->factsView->setColumnWidth(DerivedFactsModel::Item, 70);
    m_ui->factsView->setColumnWidth(DerivedFactsModel::Subject, 300);
    m_ui->factsView->setColumnWidth(DerivedFactsModel::Value, 110);
    // Provenance lines are sentences: wrap them rather than cut them.
    m_ui->factsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->needsView->setColumnWidth(NeedsTableModel::Item, 260);
    m_ui->roomsSplitter->setSizes({300, 200, 150});
    connect(m_ui->roomsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InventoryPage::roomSelected);
    connect(m_rooms, &QAbstractItemModel::modelReset, this, &InventoryPage::roomSelected);
}

void InventoryPage::connectButtons()
{
    connect(m_ui->addManagementButton, &QPushButton::clicked, this, [this] { m_controller->addSoftware(SoftwareGroup::Management); });
    connect(m_ui->addTeachingButton, &QPushButton::clicked, this, [this] { m_controller->addSoftware(SoftwareGroup::Teaching); });
    connect(m_ui->removeSoftwareButton, &QPushButton::clicked, this, [this] {
        if (const SoftwareRow *row = m_software->rowAt(m_ui->softwareView->currentIndex().row()))
            m_controller->removeSoftware(row->id);
    });
    connect(m_ui->featuresButton, &QPushButton::clicked, this, &InventoryPage::editFeatures);
    connect(m_ui->softwareView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() == SoftwareTableModel::Details)
            editFeatures();
    });
    connect(m_ui->addRoomButton, &QPushButton::clicked, this, [this] { m_controller->addRoom(QStringLiteral("classroom")); });
    connect(m_ui->removeRoomButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentRoomId())
            m_controller->removeRoom(id);
    });
    connect(m_ui->addEquipmentButton, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentRoomId())
            m_controller->addEquipment(id, QStringLiteral("desktop-computer"));
    });
    connect(m_ui->removeEquipmentButton, &QPushButton::clicked, this, [this] {
        if (const EquipmentItem *item = m_equipment->itemAt(m_ui->equipmentView->currentIndex().row()))
            m_controller->removeEquipment(item->id);
    });
    connect(m_ui->addNeedButton, &QPushButton::clicked, m_needs, &NeedsTableModel::addNeed);
    connect(m_ui->removeNeedButton, &QPushButton::clicked, this,
            [this] { m_needs->removeNeed(m_ui->needsView->currentIndex().row()); });
    connect(m_ui->stocktakeButton, &QPushButton::clicked, this, &InventoryPage::openStocktake);
    connect(m_ui->importSoftwareButton, &QPushButton::clicked, this, &InventoryPage::chooseImportFile);
    connect(m_ui->importRoomsButton, &QPushButton::clicked, this, &InventoryPage::chooseImportFile);
    connect(m_ui->exportSoftwareButton, &QPushButton::clicked, this, &InventoryPage::chooseExportFile);
    connect(m_ui->exportRoomsButton, &QPushButton::clicked, this, &InventoryPage::chooseExportFile);
    // The annex: the print preview, or a file for the plan's attachments.
    auto *annexMenu = new QMenu(m_ui->printAnnexButton);
    annexMenu->addAction(tr("Xem trước và in…"), this, &InventoryPage::previewAnnex);
    annexMenu->addAction(tr("Lưu PDF hoặc Word…"), this, &InventoryPage::chooseAnnexFile);
    m_ui->printAnnexButton->setMenu(annexMenu);
}

qint64 InventoryPage::currentRoomId() const
{
    const Room *room = m_rooms->roomAt(m_ui->roomsView->currentIndex().row());
    return room ? room->id : 0;
}

void InventoryPage::roomSelected()
{
    const qint64 previous = m_equipment->roomId();
    if (currentRoomId() == 0 && previous != 0 && m_rooms->rowOfRoom(previous) >= 0) {
        // The rooms were re-read (an edit elsewhere): keep showing the same room.
        m_ui->roomsView->setCurrentIndex(m_rooms->index(m_rooms->rowOfRoom(previous), RoomTableModel::Name));
        return;
    }
    m_equipment->setRoom(currentRoomId());
    const Room *room = m_controller->snapshot().findRoom(currentRoomId());
    m_ui->equipmentLabel->setText(room ? tr("Thiết bị của phòng %1").arg(room->name) : tr("Chọn một phòng để xem thiết bị"));
    m_ui->addEquipmentButton->setEnabled(room != nullptr);
}

void InventoryPage::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->show();
}

void InventoryPage::refreshLabels()
{
    const SchoolYear &year = m_controller->session()->currentYear();
    m_ui->titleLabel->setText(year.id ? tr("Kiểm kê năm học %1").arg(year.displayName()) : tr("Kiểm kê (chưa có năm học)"));
    const InventoryTotals &totals = m_controller->overview().totals;
    const QStringList lines = totals.planLines();
    m_ui->softwareTotalsLabel->setText(lines.mid(0, 2).join(QStringLiteral(" · "))
                                       + (totals.softwareUnset > 0 ? tr(" · Chưa xác định: %1 dòng").arg(totals.softwareUnset)
                                                                   : QString()));
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(escaped(tr("Tổng hợp như trong kế hoạch:")));
    for (const QString &line : lines)
        html += QStringLiteral("<li>%1</li>").arg(escaped(line));
    html += QStringLiteral("</ul><p><b>%1</b></p><ul>").arg(escaped(tr("Chỉ tiêu báo cáo cấp quản lý:")));
    for (const AuthorityIndicator &indicator : totals.indicators) {
        const QString value = indicator.isKnown()
                                  ? tr("%1/%2 (%3%)").arg(*indicator.count).arg(*indicator.of)
                                        .arg(qRound(100.0 * *indicator.count / *indicator.of))
                                  : tr("chưa có số liệu");
        html += QStringLiteral("<li>%1. %2: %3</li>").arg(indicator.number).arg(escaped(indicator.label), escaped(value));
    }
    html += QStringLiteral("</ul>");
    m_ui->totalsLabel->setText(html);
}

void InventoryPage::editFeatures()
{
    const SoftwareRow *row = m_software->rowAt(m_ui->softwareView->currentIndex().row());
    if (!row)
        return;
    InventoryFeaturesDialog dialog(*row, m_controller->catalog(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->saveSoftware(dialog.row());
}

void InventoryPage::importFile(const QString &path)
{
    InventoryImportDialog dialog(m_controller, path, this);
    dialog.exec();
}

void InventoryPage::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Nhập kiểm kê từ tệp"),
                                                      QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                      tr("Bảng tính (*.xlsx *.csv);;Tất cả (*)"));
    if (!path.isEmpty())
        importFile(path);
}

bool InventoryPage::exportFile(const QString &path, InventoryKind kind)
{
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const Status status = InventoryExport::write(path, csv ? std::optional<InventoryKind>(kind) : std::nullopt,
                                                 m_controller->snapshot(), m_controller->catalog());
    if (!status)
        showMessage(status.message());
    return status.isOk();
}

void InventoryPage::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("kiem-ke-%1.xlsx").arg(m_controller->session()->currentYear().name);
    // One filter for the workbook, one per table for CSV (a CSV file holds one table).
    QStringList filters{tr("Excel, mọi bảng (*.xlsx)")};
    const QList<InventoryKind> kinds = InventoryKinds::all();
    for (InventoryKind csvKind : kinds)
        filters.append(tr("CSV, bảng %1 (*.csv)").arg(InventoryKinds::displayName(csvKind).toLower()));
    QString selected = filters.constFirst();
    QString path = QFileDialog::getSaveFileName(this, tr("Xuất kiểm kê"), folder + QLatin1Char('/') + name,
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    const int filter = int(filters.indexOf(selected));
    InventoryKind kind = InventoryKind::Software;
    if (filter > 0) {
        kind = kinds.at(filter - 1);
        if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            path = QFileInfo(path).path() + QLatin1Char('/') + QFileInfo(path).completeBaseName() + QStringLiteral(".csv");
    }
    exportFile(path, kind);
}

void InventoryPage::openStocktake()
{
    InventoryStocktakeDialog dialog(m_controller, currentRoomId(), this);
    dialog.exec();
}

doc::Document InventoryPage::annexDocument() const
{
    const SchoolSession *session = m_controller->session();
    const InventoryOverview &overview = m_controller->overview();
    return InventoryAnnexBuilder(InventoryAnnexAssembler::fromInventory(
                                     DocumentIdentity::fromProfile(session->profile()), session->currentYear().displayName(),
                                     overview.snapshot, overview.totals, m_controller->catalog()))
        .build();
}

void InventoryPage::previewAnnex()
{
    DocumentPrinting::preview(this, annexDocument());
}

void InventoryPage::chooseAnnexFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QStringLiteral("phu-luc-kiem-ke-%1.pdf").arg(m_controller->session()->currentYear().name);
    const QStringList filters{tr("PDF (*.pdf)"), tr("Word (*.docx)")};
    QString selected = filters.constFirst();
    QString path = QFileDialog::getSaveFileName(this, tr("Lưu phụ lục kiểm kê"), folder + QLatin1Char('/') + name,
                                                filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    const ExportFormat format = selected == filters.at(1) ? ExportFormat::Docx : ExportFormat::Pdf;
    const QString extension = DocumentExport::extension(format);
    if (!path.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive))
        path = QFileInfo(path).path() + QLatin1Char('/') + QFileInfo(path).completeBaseName() + QLatin1Char('.') + extension;
    saveAnnex(format, path);
}

Status InventoryPage::saveAnnex(ExportFormat format, const QString &path)
{
    DocumentExport::Report report;
    const Status status = DocumentExport::save(annexDocument(), format, path, &report);
    // The page's one message line says where the file went, or why it did not.
    showMessage(status ? DocumentPrinting::savedMessage(format, path, report) : status.message());
    return status;
}

} // namespace sdx
