#include "ExchangeSendPanel.h"

#include "IndicatorsModel.h"
#include "RevisionHistoryModel.h"
#include "exchange/ExchangeBuilder.h"
#include "exchange/ExchangeReader.h"
#include "exchange/ExchangeServices.h"
#include "exchange/ExchangeWriter.h"
#include "exchange/ReportedIndicators.h"
#include "exchange/ReportingRepository.h"
#include "exchange/SchoolRestore.h"
#include "exchange/YearLock.h"
#include "inventory/InventoryOverview.h"
#include "school/SchoolSession.h"
#include "ui_exchangesendpanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace sdx::gui {

ExchangeSendPanel::ExchangeSendPanel(SchoolSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ExchangeSendPanel>())
    , m_session(session)
    , m_indicators(new IndicatorsModel(this))
    , m_history(new RevisionHistoryModel(this))
{
    m_ui->setupUi(this);
    for (RecipientKind kind : {RecipientKind::CommuneCommittee, RecipientKind::Department, RecipientKind::DistrictOffice,
                               RecipientKind::Other})
        m_ui->recipientKindCombo->addItem(RecipientKinds::displayName(kind), RecipientKinds::code(kind));
    m_ui->indicatorsView->setModel(m_indicators);
    m_ui->indicatorsView->horizontalHeader()->setSectionResizeMode(IndicatorsModel::LabelColumn, QHeaderView::Stretch);
    m_ui->indicatorsView->verticalHeader()->hide();
    m_ui->historyView->setModel(m_history);
    m_ui->historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->historyView->horizontalHeader()->setStretchLastSection(true);
    m_ui->historyView->verticalHeader()->hide();
    connect(m_ui->finaliseButton, &QPushButton::clicked, this, &ExchangeSendPanel::finalise);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &ExchangeSendPanel::reopen);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ExchangeSendPanel::exportFile);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &ExchangeSendPanel::restoreFromFile);
    connect(m_ui->saveRecipientButton, &QPushButton::clicked, this, &ExchangeSendPanel::saveRecipient);
    connect(m_ui->saveIndicatorsButton, &QPushButton::clicked, this, &ExchangeSendPanel::saveIndicators);
    connect(m_session, &SchoolSession::currentYearChanged, this, &ExchangeSendPanel::refresh);
    connect(m_session, &SchoolSession::yearDataChanged, this, &ExchangeSendPanel::refresh);
    connect(m_session, &SchoolSession::profileChanged, this, &ExchangeSendPanel::refresh);
    refresh();
}

ExchangeSendPanel::~ExchangeSendPanel() = default;

qint64 ExchangeSendPanel::yearId() const
{
    return m_session->currentYear().id;
}

QString ExchangeSendPanel::actor() const
{
    return m_session->hasSchool() ? m_session->profile().principalName : QString();
}

QString ExchangeSendPanel::statusText() const
{
    return m_ui->statusLabel->text();
}

void ExchangeSendPanel::showStatus(const QString &message, bool error)
{
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ExchangeSendPanel::refresh()
{
    const bool hasYear = yearId() > 0;
    Database &database = m_session->database();
    const Expected<YearState> state = hasYear ? YearLock(database).state(yearId()) : Expected<YearState>(YearState());
    const bool finalised = state && state->finalised;
    if (!hasYear) {
        m_ui->yearStateLabel->setText(tr("Chưa có năm học."));
    } else if (!state) {
        m_ui->yearStateLabel->setText(state.message());
    } else if (finalised) {
        m_ui->yearStateLabel->setText(tr("Năm học <b>%1</b>: <b>đã chốt số liệu lần %2</b> ngày %3%4. Số liệu bị khóa; "
                                         "muốn sửa phải mở lại (lần chốt sau sẽ là lần %5).")
                                          .arg(m_session->currentYear().name)
                                          .arg(state->revision)
                                          .arg(state->finalisedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                                               state->finalisedBy.isEmpty() ? QString() : tr(", bởi %1").arg(state->finalisedBy))
                                          .arg(state->revision + 1));
    } else {
        m_ui->yearStateLabel->setText(tr("Năm học <b>%1</b>: <b>đang soạn</b> (lần %2). Khi số liệu đã được hiệu trưởng "
                                         "phê duyệt, hãy chốt số liệu rồi xuất tệp gửi cơ quan quản lý.")
                                          .arg(m_session->currentYear().name)
                                          .arg(state->revision));
    }
    m_ui->finaliseButton->setEnabled(hasYear && state && !finalised);
    m_ui->reopenButton->setEnabled(hasYear && finalised);
    m_ui->exportButton->setEnabled(hasYear && finalised);
    m_ui->saveRecipientButton->setEnabled(hasYear && !finalised);
    m_ui->saveIndicatorsButton->setEnabled(hasYear && !finalised);
    m_ui->recipientNameEdit->setReadOnly(finalised);
    m_ui->recipientKindCombo->setEnabled(hasYear && !finalised);
    m_indicators->setReadOnly(!hasYear || finalised);
    if (!hasYear)
        return;
    ReportingRepository reporting(database);
    if (const Expected<ExchangeRecipient> recipient = reporting.recipient(yearId())) {
        m_ui->recipientNameEdit->setText(recipient->name);
        m_ui->recipientKindCombo->setCurrentIndex(
            m_ui->recipientKindCombo->findData(RecipientKinds::code(recipient->kind)));
    }
    if (const Expected<ExchangeIndicators> indicators = reporting.indicators(yearId()))
        m_indicators->setIndicators(*indicators);
    if (const Expected<InventoryOverview> overview = InventoryOverview::load(database, yearId()))
        m_indicators->setInventoryFigures(ReportedIndicators::fromInventory(overview->totals));
    if (const Expected<QList<YearRevisionEvent>> history = YearLock(database).history(yearId()))
        m_history->setEvents(*history);
}

void ExchangeSendPanel::finalise()
{
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Chốt số liệu"),
        tr("Chốt số liệu năm học %1? Sau khi chốt, số liệu bị khóa; muốn sửa phải mở lại và ghi lý do.")
            .arg(m_session->currentYear().name));
    if (answer != QMessageBox::Yes)
        return;
    const Expected<YearState> state = YearLock(m_session->database()).finalise(yearId(), actor());
    if (!state)
        showStatus(state.message(), true);
    else
        showStatus(tr("Đã chốt số liệu năm học %1 (lần %2).").arg(m_session->currentYear().name).arg(state->revision));
    refresh();
    m_session->notifyYearDataChanged();
}

void ExchangeSendPanel::reopen()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Mở lại năm học"),
                                                 tr("Lý do mở lại (được ghi vào lịch sử chốt số liệu):"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const Expected<YearState> state = YearLock(m_session->database()).reopen(yearId(), actor(), reason);
    if (!state)
        showStatus(state.message(), true);
    else
        showStatus(tr("Đã mở lại năm học %1: đang soạn lần %2.").arg(m_session->currentYear().name).arg(state->revision));
    refresh();
    m_session->notifyYearDataChanged();
}

bool ExchangeSendPanel::exportTo(const QString &path)
{
    const Expected<ExchangeDocument> document = ExchangeBuilder::build(
        m_session->database(), yearId(), ExchangeServices::assessments(), ExchangeServices::scorer());
    if (!document) {
        showStatus(document.message(), true);
        return false;
    }
    const Expected<ExchangeDocument> written = ExchangeWriter::writeFile(*document, path);
    if (!written) {
        showStatus(written.message(), true);
        return false;
    }
    showStatus(tr("Đã xuất và kiểm tra lại tệp %1 (lần chốt %2). Gửi tệp này cho %3.")
                   .arg(QDir::toNativeSeparators(path))
                   .arg(written->revision)
                   .arg(written->recipient.name));
    return true;
}

void ExchangeSendPanel::exportFile()
{
    const Expected<YearState> state = YearLock(m_session->database()).state(yearId());
    const SchoolProfile &profile = m_session->profile();
    const QString name = ExchangeWriter::suggestFileName(profile.code, profile.name, m_session->currentYear().name,
                                                         state ? state->revision : 1);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Xuất tệp trao đổi"), QDir(folder).filePath(name),
                                                      tr("Tệp trao đổi SchoolDX (*.sdx)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ExchangeSendPanel::restoreFromFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Nhập lại từ tệp"), QString(),
                                                      tr("Tệp trao đổi SchoolDX (*.sdx);;Mọi tệp (*)"));
    if (path.isEmpty())
        return;
    const Expected<ExchangeFile> file = ExchangeReader::readFile(path);
    if (!file) {
        showStatus(file.message(), true);
        return;
    }
    const Expected<RestorePlan> plan =
        SchoolRestore::plan(m_session->database(), file->document, ExchangeServices::assessments());
    if (!plan) {
        showStatus(plan.message(), true);
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Nhập lại từ tệp"),
                    tr("Những gì sẽ được thay thế:"), QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(plan->describe().join(QLatin1Char('\n')));
    box.button(QMessageBox::Yes)->setText(tr("Khôi phục"));
    box.button(QMessageBox::Cancel)->setText(tr("Hủy"));
    if (box.exec() != QMessageBox::Yes)
        return;
    const Expected<qint64> restored = SchoolRestore::apply(m_session->database(), file->document,
                                                           ExchangeServices::assessments(), actor(),
                                                           QFileInfo(path).fileName());
    if (!restored) {
        showStatus(restored.message(), true);
        return;
    }
    m_session->reload();
    m_session->setCurrentYear(*restored);
    m_session->notifyYearDataChanged();
    showStatus(tr("Đã khôi phục năm học %1 từ tệp %2.").arg(file->document.schoolYear, QFileInfo(path).fileName()));
    refresh();
}

void ExchangeSendPanel::saveRecipient()
{
    const ExchangeRecipient recipient{
        m_ui->recipientNameEdit->text(),
        RecipientKinds::fromCode(m_ui->recipientKindCombo->currentData().toString()).value_or(RecipientKind::Other)};
    const Status status = ReportingRepository(m_session->database()).setRecipient(yearId(), recipient);
    showStatus(status ? tr("Đã lưu nơi nhận báo cáo.") : status.message(), !status);
}

void ExchangeSendPanel::saveIndicators()
{
    const Status status = ReportingRepository(m_session->database()).setIndicators(yearId(), m_indicators->indicators());
    showStatus(status ? tr("Đã lưu chỉ số báo cáo.") : status.message(), !status);
}

} // namespace sdx::gui
