#include "ExchangeReceivePanel.h"

#include "ImportEntriesModel.h"
#include "ReceivedRecordDialog.h"
#include "SummaryCharts.h"
#include "SummaryReportDialog.h"
#include "SummaryStatisticsHtml.h"
#include "SummaryTableModel.h"
#include "exchange/ExchangeServices.h"
#include "exchange/ReceivingStore.h"
#include "exchange/SummaryXlsx.h"
#include "school/SchoolSession.h"
#include "ui_exchangereceivepanel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSortFilterProxyModel>

#include <atomic>

namespace sdx::gui {
namespace {

void setUpTable(QTableView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
}

} // namespace

ExchangeReceivePanel::ExchangeReceivePanel(SchoolSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ExchangeReceivePanel>())
    , m_session(session)
    , m_summaryModel(new SummaryTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_accepted(new ImportEntriesModel(this))
    , m_rejected(new ImportEntriesModel(this))
    , m_superseded(new ImportEntriesModel(this))
    , m_charts(new SummaryCharts(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_summaryModel);
    m_proxy->setSortRole(SummaryTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    setUpTable(m_ui->summaryView, m_proxy);
    m_ui->summaryView->setSortingEnabled(true);
    m_ui->summaryView->horizontalHeader()->setStretchLastSection(false);
    m_ui->summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setUpTable(m_ui->acceptedView, m_accepted);
    setUpTable(m_ui->rejectedView, m_rejected);
    setUpTable(m_ui->supersededView, m_superseded);
    m_ui->chartsLayout->addWidget(m_charts);
    connect(m_ui->importFilesButton, &QPushButton::clicked, this, &ExchangeReceivePanel::importFiles);
    connect(m_ui->importFolderButton, &QPushButton::clicked, this, &ExchangeReceivePanel::importFolder);
    connect(m_ui->exportExcelButton, &QPushButton::clicked, this, &ExchangeReceivePanel::exportExcel);
    connect(m_ui->summaryReportButton, &QPushButton::clicked, this, &ExchangeReceivePanel::openSummaryReport);
    connect(m_ui->openRecordButton, &QPushButton::clicked, this, &ExchangeReceivePanel::openSelectedRecord);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &ExchangeReceivePanel::clearWorkspace);
    connect(m_ui->summaryView, &QTableView::doubleClicked, this, &ExchangeReceivePanel::openSelectedRecord);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->cohortCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, &ExchangeReceivePanel::showCohort);
    refresh();
}

ExchangeReceivePanel::~ExchangeReceivePanel() = default;

ImportReport ExchangeReceivePanel::importPaths(const QStringList &paths)
{
    const QStringList files = ReceivingImport::collectFiles(paths);
    QProgressDialog progress(tr("Đang kiểm tra và nhập tệp…"), tr("Dừng"), 0, int(files.size()), this);
    progress.setWindowTitle(tr("Nhập tệp của các trường"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic_bool cancel(false);
    // The dialog processes events when its value changes, so "Dừng" is seen between two files.
    const Expected<ImportReport> report = ReceivingImport::run(
        m_session->database(), ExchangeServices::scorer(), files,
        [&](int done, int, const QString &path) {
            progress.setLabelText(tr("Đã xử lý %1/%2: %3").arg(done).arg(files.size()).arg(QFileInfo(path).fileName()));
            progress.setValue(done);
            if (progress.wasCanceled())
                cancel = true;
        },
        &cancel);
    progress.setValue(int(files.size()));
    if (!report) {
        QMessageBox::warning(this, tr("Nhập tệp"), report.message());
        return {};
    }
    m_lastReport = *report;
    refresh();
    m_ui->countsLabel->setText(tr("Lần nhập vừa rồi: %1 tệp, %2 nhận, %3 từ chối, %4 bản cũ/trùng%5.")
                                   .arg(report->total)
                                   .arg(report->accepted.size())
                                   .arg(report->rejected.size())
                                   .arg(report->superseded.size())
                                   .arg(report->cancelled ? tr(" (đã dừng giữa chừng)") : QString()));
    if (!report->rejected.isEmpty())
        m_ui->resultTabs->setCurrentWidget(m_ui->rejectedTab);
    return *report;
}

void ExchangeReceivePanel::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Chọn các tệp .sdx của các trường"), QString(),
                                                            tr("Tệp trao đổi SchoolDX (*.sdx);;Mọi tệp (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void ExchangeReceivePanel::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Chọn thư mục chứa các tệp .sdx"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void ExchangeReceivePanel::refresh()
{
    const Expected<QList<ReceivedRecord>> records = ReceivingStore(m_session->database()).records();
    QList<SummaryBuilder::Input> inputs;
    if (records) {
        for (const ReceivedRecord &record : *records)
            inputs.append({record.id, record.document});
    }
    m_summaries = SummaryBuilder::build(inputs, &ExchangeServices::scorer());
    const QSignalBlocker blocker(m_ui->cohortCombo);
    const int previous = m_ui->cohortCombo->currentIndex();
    m_ui->cohortCombo->clear();
    for (const ReceivedSummary &summary : m_summaries)
        m_ui->cohortCombo->addItem(tr("%1 · %2 v%3 (%4 trường)")
                                       .arg(summary.schoolYear, summary.indexId)
                                       .arg(summary.indexVersion)
                                       .arg(summary.schools.size()));
    const int index = m_summaries.isEmpty() ? -1 : qBound(0, previous, int(m_summaries.size()) - 1);
    m_ui->cohortCombo->setCurrentIndex(index);
    showCohort(index);
    refreshLists();
}

void ExchangeReceivePanel::refreshLists()
{
    ReceivingStore store(m_session->database());
    QList<ImportReport::Entry> accepted;
    if (const Expected<QList<ReceivedRecord>> records = store.records()) {
        for (const ReceivedRecord &record : *records)
            accepted.append({record.fileName, record.document.school.code, record.document.school.name,
                             record.document.schoolYear, record.document.revision,
                             tr("Nhận lúc %1").arg(record.receivedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")))});
    }
    m_accepted->setEntries(accepted);
    m_rejected->setEntries(m_lastReport.rejected);
    QList<ImportReport::Entry> superseded;
    if (const Expected<QList<SupersededRecord>> old = store.superseded()) {
        for (const SupersededRecord &record : *old)
            superseded.append({record.fileName, record.schoolCode, record.schoolName, record.schoolYear, record.revision,
                               record.reason});
    }
    for (const ImportReport::Entry &entry : m_lastReport.superseded) {
        if (entry.message.startsWith(tr("Trùng lặp")))
            superseded.append(entry);
    }
    m_superseded->setEntries(superseded);
    m_ui->resultTabs->setTabText(m_ui->resultTabs->indexOf(m_ui->acceptedTab), tr("Đã nhận (%1)").arg(accepted.size()));
    m_ui->resultTabs->setTabText(m_ui->resultTabs->indexOf(m_ui->rejectedTab),
                                 tr("Bị từ chối (%1)").arg(m_lastReport.rejected.size()));
    m_ui->resultTabs->setTabText(m_ui->resultTabs->indexOf(m_ui->supersededTab),
                                 tr("Bản cũ, trùng lặp (%1)").arg(superseded.size()));
    m_ui->exportExcelButton->setEnabled(!m_summaries.isEmpty());
    m_ui->summaryReportButton->setEnabled(!m_summaries.isEmpty());
    m_ui->openRecordButton->setEnabled(!m_summaries.isEmpty());
}

void ExchangeReceivePanel::showCohort(int index)
{
    const ReceivedSummary summary = index >= 0 && index < m_summaries.size() ? m_summaries.at(index) : ReceivedSummary();
    m_summaryModel->setSummary(summary);
    m_charts->setSummary(summary);
    showStatistics(summary);
}

void ExchangeReceivePanel::showStatistics(const ReceivedSummary &summary)
{
    m_ui->statsBrowser->setHtml(summaryStatisticsHtml(summary));
}

bool ExchangeReceivePanel::exportExcelTo(const QString &path)
{
    const Status status = SummaryXlsx::write(path, m_summaries, m_lastReport);
    if (!status) {
        QMessageBox::warning(this, tr("Xuất Excel"), status.message());
        return false;
    }
    m_ui->countsLabel->setText(tr("Đã ghi %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ExchangeReceivePanel::exportExcel()
{
    const QString year = m_summaries.isEmpty() ? QString() : m_summaries.constFirst().schoolYear;
    const QString path = QFileDialog::getSaveFileName(this, tr("Xuất bảng tổng hợp"),
                                                      tr("Tong-hop-chuyen-doi-so_%1.xlsx").arg(year),
                                                      tr("Bảng tính Excel (*.xlsx)"));
    if (!path.isEmpty())
        exportExcelTo(path);
}

ReceivedSummary ExchangeReceivePanel::currentSummary() const
{
    const int index = m_ui->cohortCombo->currentIndex();
    return index >= 0 && index < m_summaries.size() ? m_summaries.at(index) : ReceivedSummary();
}

void ExchangeReceivePanel::openSummaryReport()
{
    const ReceivedSummary summary = currentSummary();
    if (summary.schools.isEmpty()) {
        m_ui->countsLabel->setText(tr("Chưa có kết quả hợp lệ nào để lập báo cáo tổng hợp."));
        return;
    }
    SummaryReportDialog dialog(&m_session->database(), summary, int(m_lastReport.rejected.size()), this);
    dialog.exec();
}

void ExchangeReceivePanel::openSelectedRecord()
{
    const QModelIndex current = m_ui->summaryView->currentIndex();
    if (!current.isValid()) {
        m_ui->countsLabel->setText(tr("Hãy chọn một trường trong bảng tổng hợp."));
        return;
    }
    const qint64 id = m_proxy->data(current, SummaryTableModel::RecordIdRole).toLongLong();
    const Expected<ReceivedRecord> record = ReceivingStore(m_session->database()).record(id);
    if (!record) {
        QMessageBox::warning(this, tr("Hồ sơ trường"), record.message());
        return;
    }
    ReceivedRecordDialog dialog(record->document, m_summaryModel->summary().outline, this);
    dialog.exec();
}

void ExchangeReceivePanel::clearWorkspace()
{
    if (QMessageBox::question(this, tr("Xóa dữ liệu đã nhận"),
                              tr("Xóa mọi tệp đã nhận và danh sách bản cũ? (Các tệp .sdx gốc không bị xóa.)"))
        != QMessageBox::Yes)
        return;
    if (const Status status = ReceivingStore(m_session->database()).clear(); !status)
        QMessageBox::warning(this, tr("Xóa dữ liệu đã nhận"), status.message());
    m_lastReport = ImportReport();
    refresh();
}

} // namespace sdx::gui
