#include "InventoryImportDialog.h"

#include "ChoiceDelegate.h"
#include "ColumnMappingModel.h"
#include "ImportPreviewModel.h"
#include "InventoryController.h"
#include "ui_inventoryimportdialog.h"

#include "school/SchoolSession.h"

#include <QDir>
#include <QHeaderView>
#include <QPushButton>

namespace sdx {

InventoryImportDialog::InventoryImportDialog(InventoryController *controller, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InventoryImportDialog>())
    , m_controller(controller)
    , m_path(path)
    , m_importer(controller->catalog())
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Nhập"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    m_ui->fileLabel->setText(tr("Tệp: %1 — nhập vào năm học %2")
                                 .arg(QDir::toNativeSeparators(path), controller->session()->currentYear().displayName()));
    for (InventoryKind kind : InventoryKinds::all())
        m_ui->kindCombo->addItem(InventoryKinds::displayName(kind), int(kind));

    m_mappingModel = new ColumnMappingModel(&m_state, controller->catalog(), this);
    m_previewModel = new ImportPreviewModel(&m_state, this);
    m_ui->mappingView->setModel(m_mappingModel);
    m_ui->mappingView->setItemDelegate(new ChoiceDelegate(m_ui->mappingView));
    m_ui->mappingView->horizontalHeader()->setStretchLastSection(true);
    m_ui->mappingView->verticalHeader()->hide();
    m_ui->previewView->setModel(m_previewModel);
    m_ui->previewView->setWordWrap(true);
    m_ui->previewView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->splitter->setSizes({330, 770});
    m_ui->dialogLayout->setStretchFactor(m_ui->splitter, 1);
    connect(m_previewModel, &QAbstractItemModel::modelReset, this, [this] {
        // The errors column first and wide enough to read; the file's columns after it.
        m_ui->previewView->setColumnWidth(0, 320);
        for (int column = 1; column < m_previewModel->columnCount(); ++column)
            m_ui->previewView->setColumnWidth(column, 120);
    });

    connect(m_mappingModel, &ColumnMappingModel::mappingEdited, this, &InventoryImportDialog::setMapping);
    connect(m_ui->convertCheck, &QCheckBox::toggled, this, [this] { readFile(); });
    connect(m_ui->sheetCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, &InventoryImportDialog::showSheet);
    connect(m_ui->kindCombo, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        setSheetKind(InventoryKind(m_ui->kindCombo->itemData(index).toInt()));
    });
    readFile();
}

InventoryImportDialog::~InventoryImportDialog() = default;

bool InventoryImportDialog::canImport() const
{
    return m_readable && !m_state.plan.hasErrors();
}

void InventoryImportDialog::showMessage(const QString &message, bool error)
{
    m_ui->summaryLabel->setText(message);
    m_ui->summaryLabel->setStyleSheet(error ? QStringLiteral("color: #b03a2e;") : QString());
}

void InventoryImportDialog::readFile()
{
    ImportOptions options;
    options.convertTcvn3 = m_ui->convertCheck->isChecked();
    const Expected<ImportPreview> preview = m_importer.read(m_path, options);
    m_readable = preview.isOk();
    m_state = ImportState();
    if (m_readable)
        m_state.preview = *preview;
    const QSignalBlocker blocker(m_ui->sheetCombo);
    m_ui->sheetCombo->clear();
    for (const ImportSheet &sheet : std::as_const(m_state.preview.sheets))
        m_ui->sheetCombo->addItem(sheet.name);
    m_ui->sheetCombo->setEnabled(m_state.preview.sheets.size() > 1);
    if (!m_readable) {
        m_mappingModel->refresh();
        m_previewModel->refresh();
        m_ui->issuesList->clear();
        m_ui->issuesList->addItem(preview.message());
        showMessage(tr("Không đọc được tệp: không có gì được nhập."), true);
        m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    showSheet(0);
}

void InventoryImportDialog::showSheet(int index)
{
    m_state.sheet = qMax(0, index);
    if (const ImportSheet *sheet = m_state.currentSheet()) {
        const QSignalBlocker blocker(m_ui->kindCombo);
        m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(sheet->kind)));
    }
    replan();
}

void InventoryImportDialog::setConvertTcvn3(bool convert)
{
    m_ui->convertCheck->setChecked(convert);
}

void InventoryImportDialog::setSheetKind(InventoryKind kind)
{
    if (!m_state.currentSheet())
        return;
    m_importer.setKind(m_state.preview, m_state.sheet, kind);
    const QSignalBlocker blocker(m_ui->kindCombo);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
    replan();
}

void InventoryImportDialog::setMapping(const QStringList &mapping)
{
    if (!m_state.currentSheet())
        return;
    m_importer.setMapping(m_state.preview, m_state.sheet, mapping);
    replan();
}

void InventoryImportDialog::replan()
{
    m_state.plan = m_importer.plan(m_state.preview, m_controller->snapshot());
    m_mappingModel->refresh();
    m_previewModel->refresh();
    m_ui->issuesList->clear();
    m_ui->issuesList->addItems(m_state.plan.messages());
    const bool errors = m_state.plan.hasErrors();
    if (errors)
        showMessage(tr("%1 lỗi. Hãy sửa tệp (hoặc đổi cách gán cột) rồi thử lại: khi còn lỗi, không dòng nào được nhập.")
                        .arg(m_state.plan.errorCount()),
                    true);
    else
        showMessage(tr("Sẵn sàng nhập %1 dòng: %2 dòng thêm mới, %3 dòng cập nhật.")
                        .arg(m_state.plan.rowsRead).arg(m_state.plan.inserts()).arg(m_state.plan.updates()),
                    false);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(canImport());
}

void InventoryImportDialog::accept()
{
    if (!canImport())
        return;
    const Expected<ImportPlan> imported =
        m_importer.commit(m_controller->session()->database(), m_controller->yearId(), m_state.preview);
    if (!imported) {
        m_ui->issuesList->clear();
        m_ui->issuesList->addItems(imported.message().split(QLatin1Char('\n')));
        showMessage(tr("Không nhập được: không có gì thay đổi."), true);
        return;
    }
    m_controller->importFinished();
    QDialog::accept();
}

} // namespace sdx
