#include "InventoryStocktakeDialog.h"

#include "InventoryController.h"
#include "RepairTableModel.h"
#include "StocktakeCountsModel.h"
#include "ui_inventorystocktakedialog.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>

namespace sdx {

InventoryStocktakeDialog::InventoryStocktakeDialog(InventoryController *controller, qint64 roomId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InventoryStocktakeDialog>())
    , m_controller(controller)
    , m_counts(new StocktakeCountsModel(controller, this))
    , m_repairs(new RepairTableModel(controller, this))
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Close)->setText(tr("Đóng"));
    m_ui->countsView->setModel(m_counts);
    m_ui->countsView->horizontalHeader()->setStretchLastSection(true);
    const QList<QPair<int, int>> widths = {{StocktakeCountsModel::Category, 200}, {StocktakeCountsModel::Description, 170},
                                           {StocktakeCountsModel::Recorded, 170}, {StocktakeCountsModel::Quantity, 100},
                                           {StocktakeCountsModel::Working, 100}};
    for (const auto &[column, width] : widths)
        m_ui->countsView->setColumnWidth(column, width);
    m_ui->countsView->verticalHeader()->hide();
    m_ui->repairsView->setModel(m_repairs);
    m_ui->repairsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->repairsView->setColumnWidth(RepairTableModel::Problem, 200);
    m_ui->repairsView->setColumnWidth(RepairTableModel::Outcome, 130);
    m_ui->repairsView->verticalHeader()->hide();
    connect(m_ui->roomCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, &InventoryStocktakeDialog::roomChosen);
    connect(m_ui->countsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_repairs->setEquipment(m_counts->equipmentIdAt(current.row())); });
    connect(m_counts, &QAbstractItemModel::modelReset, this, [this] { m_repairs->setEquipment(0); });
    connect(m_ui->confirmButton, &QPushButton::clicked, this, &InventoryStocktakeDialog::confirmCounts);
    connect(m_ui->brokenButton, &QPushButton::clicked, this, &InventoryStocktakeDialog::markBroken);
    connect(m_ui->missingButton, &QPushButton::clicked, this, &InventoryStocktakeDialog::markMissing);
    connect(m_ui->moveButton, &QPushButton::clicked, this, &InventoryStocktakeDialog::moveItems);
    connect(m_ui->closeRepairButton, &QPushButton::clicked, this, &InventoryStocktakeDialog::closeRepair);
    connect(controller, &InventoryController::failed, this, [this](const QString &message) { m_lastError = message; });
    fillRooms(roomId);
}

InventoryStocktakeDialog::~InventoryStocktakeDialog() = default;

void InventoryStocktakeDialog::fillRooms(qint64 selectRoomId)
{
    const QSignalBlocker blocker(m_ui->roomCombo);
    m_ui->roomCombo->clear();
    for (const Room &room : m_controller->snapshot().rooms)
        m_ui->roomCombo->addItem(room.name, room.id);
    const int index = m_ui->roomCombo->findData(selectRoomId);
    m_ui->roomCombo->setCurrentIndex(qMax(0, index));
    roomChosen(m_ui->roomCombo->currentIndex());
}

void InventoryStocktakeDialog::selectRoom(qint64 roomId)
{
    m_ui->roomCombo->setCurrentIndex(m_ui->roomCombo->findData(roomId));
}

void InventoryStocktakeDialog::roomChosen(int index)
{
    const qint64 roomId = m_ui->roomCombo->itemData(index).toLongLong();
    m_counts->setRoom(roomId);
    const Room *room = m_controller->snapshot().findRoom(roomId);
    m_ui->checkedLabel->setText(room && room->checkedOn.isValid()
                                    ? tr("Kiểm kê lần cuối: %1").arg(room->checkedOn.toString(QStringLiteral("dd/MM/yyyy")))
                                    : tr("Chưa kiểm kê lần nào"));
    m_ui->messageLabel->clear();
}

qint64 InventoryStocktakeDialog::selectedEquipment() const
{
    return m_counts->equipmentIdAt(m_ui->countsView->currentIndex().row());
}

void InventoryStocktakeDialog::report(bool ok, const QString &done)
{
    m_ui->messageLabel->setText(ok ? done : m_lastError);
    m_ui->messageLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #b03a2e;"));
    const Room *room = m_controller->snapshot().findRoom(m_counts->roomId());
    if (ok && room && room->checkedOn.isValid())
        m_ui->checkedLabel->setText(tr("Kiểm kê lần cuối: %1").arg(room->checkedOn.toString(QStringLiteral("dd/MM/yyyy"))));
}

bool InventoryStocktakeDialog::confirmCounts()
{
    const bool ok = m_controller->confirmRoom(m_counts->roomId(), m_counts->draft()).isOk();
    report(ok, tr("Đã lưu số liệu kiểm kê của phòng %1.").arg(m_ui->roomCombo->currentText()));
    return ok;
}

std::optional<int> InventoryStocktakeDialog::askNumber(const QString &label, int minimum, int maximum, int value)
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(windowTitle());
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::IntInput);
    dialog.setIntRange(minimum, maximum);
    dialog.setIntValue(value);
    dialog.setOkButtonText(tr("Đồng ý"));
    dialog.setCancelButtonText(tr("Hủy"));
    return dialog.exec() == QDialog::Accepted ? std::optional<int>(dialog.intValue()) : std::nullopt;
}

std::optional<QString> InventoryStocktakeDialog::askText(const QString &label)
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(windowTitle());
    dialog.setLabelText(label);
    dialog.setOkButtonText(tr("Đồng ý"));
    dialog.setCancelButtonText(tr("Hủy"));
    return dialog.exec() == QDialog::Accepted ? std::optional<QString>(dialog.textValue()) : std::nullopt;
}

std::optional<int> InventoryStocktakeDialog::askChoice(const QString &label, const QStringList &items)
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(windowTitle());
    dialog.setLabelText(label);
    dialog.setComboBoxItems(items);
    dialog.setOkButtonText(tr("Đồng ý"));
    dialog.setCancelButtonText(tr("Hủy"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return int(items.indexOf(dialog.textValue()));
}

void InventoryStocktakeDialog::markBroken()
{
    const qint64 id = selectedEquipment();
    const int row = m_ui->countsView->currentIndex().row();
    if (id == 0)
        return;
    const int working = m_counts->data(m_counts->index(row, StocktakeCountsModel::Working)).toInt();
    const std::optional<int> units = askNumber(tr("Số máy bị hỏng:"), 1, qMax(1, working), 1);
    if (!units)
        return;
    const std::optional<QString> problem = askText(tr("Hư hỏng gì (ghi vào nhật ký sửa chữa):"));
    if (!problem)
        return;
    report(m_controller->markBroken(id, *units, *problem).isOk(), tr("Đã báo hỏng và mở phiếu sửa chữa."));
}

void InventoryStocktakeDialog::markMissing()
{
    const qint64 id = selectedEquipment();
    const int row = m_ui->countsView->currentIndex().row();
    if (id == 0)
        return;
    const int quantity = m_counts->data(m_counts->index(row, StocktakeCountsModel::Quantity)).toInt();
    const std::optional<int> units = askNumber(tr("Số máy bị mất, thiếu:"), 1, qMax(1, quantity), 1);
    if (!units)
        return;
    const std::optional<QString> note = askText(tr("Ghi chú (lý do):"));
    if (!note)
        return;
    report(m_controller->markMissing(id, *units, *note).isOk(), tr("Đã ghi nhận thiết bị mất, thiếu."));
}

void InventoryStocktakeDialog::moveItems()
{
    const qint64 id = selectedEquipment();
    const int row = m_ui->countsView->currentIndex().row();
    if (id == 0)
        return;
    QStringList names;
    QList<qint64> ids;
    for (const Room &room : m_controller->snapshot().rooms) {
        if (room.id != m_counts->roomId()) {
            names.append(room.name);
            ids.append(room.id);
        }
    }
    const std::optional<int> target = askChoice(tr("Chuyển sang phòng:"), names);
    if (!target || *target < 0)
        return;
    const int working = m_counts->data(m_counts->index(row, StocktakeCountsModel::Working)).toInt();
    const int broken = m_counts->data(m_counts->index(row, StocktakeCountsModel::Broken)).toInt();
    const std::optional<int> movedWorking = askNumber(tr("Số máy đang hoạt động chuyển đi:"), 0, working, working);
    if (!movedWorking)
        return;
    std::optional<int> movedBroken = 0;
    if (broken > 0)
        movedBroken = askNumber(tr("Số máy hỏng chuyển đi:"), 0, broken, 0);
    if (!movedBroken)
        return;
    report(m_controller->moveItems(id, ids.at(*target), *movedWorking, *movedBroken).isOk(),
           tr("Đã chuyển sang phòng %1.").arg(names.at(*target)));
}

void InventoryStocktakeDialog::closeRepair()
{
    const RepairEntry *repair = m_repairs->repairAt(m_ui->repairsView->currentIndex().row());
    if (!repair || !repair->isOpen())
        return;
    const qint64 repairId = repair->id;
    const QList<RepairOutcome> outcomes = {RepairOutcome::Repaired, RepairOutcome::WrittenOff, RepairOutcome::NotRepairable};
    QStringList labels;
    for (RepairOutcome outcome : outcomes)
        labels.append(RepairOutcomes::label(outcome));
    const std::optional<int> choice = askChoice(tr("Kết quả sửa chữa:"), labels);
    if (!choice || *choice < 0)
        return;
    const std::optional<QString> note = askText(tr("Ghi chú:"));
    if (!note)
        return;
    report(m_controller->closeRepair(repairId, outcomes.at(*choice), *note).isOk(), tr("Đã kết thúc phiếu sửa chữa."));
}

} // namespace sdx
