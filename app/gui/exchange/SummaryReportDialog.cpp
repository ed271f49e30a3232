#include "SummaryReportDialog.h"

#include "AuthorityProfileDialog.h"
#include "documents/DocumentPrinting.h"
#include "exchange/AuthorityProfileRepository.h"
#include "ui_summaryreportdialog.h"

#include <QDir>
#include <QPushButton>

namespace sdx::gui {

SummaryReportDialog::SummaryReportDialog(Database *database, ReceivedSummary summary, int filesRejected, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SummaryReportDialog>())
    , m_database(database)
    , m_summary(std::move(summary))
    , m_filesRejected(filesRejected)
{
    m_ui->setupUi(this);
    m_ui->signingAuthorityCombo->addItem(tr("(ký trực tiếp)"), QString());
    for (const char *authority : {"TM.", "KT.", "Q.", "TL.", "TUQ."})
        m_ui->signingAuthorityCombo->addItem(QString::fromLatin1(authority), QString::fromLatin1(authority));
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->cohortLabel->setText(tr("Năm học %1, %2 phiên bản %3: %4 cơ sở giáo dục có kết quả hợp lệ.")
                                   .arg(m_summary.schoolYear, m_summary.indexId)
                                   .arg(m_summary.indexVersion)
                                   .arg(m_summary.schools.size()));
    connect(m_ui->blankDateCheck, &QCheckBox::toggled, m_ui->dateEdit, &QWidget::setDisabled);
    connect(m_ui->editAuthorityButton, &QPushButton::clicked, this, &SummaryReportDialog::editAuthority);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &SummaryReportDialog::preview);
    connect(m_ui->printButton, &QPushButton::clicked, this, &SummaryReportDialog::print);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, [this] { saveWithDialog(ExportFormat::Pdf); });
    connect(m_ui->docxButton, &QPushButton::clicked, this, [this] { saveWithDialog(ExportFormat::Docx); });
    connect(m_ui->odtButton, &QPushButton::clicked, this, [this] { saveWithDialog(ExportFormat::Odt); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_database) {
        const Expected<std::optional<AuthorityProfile>> stored = AuthorityProfileRepository(*m_database).load();
        if (!stored)
            showMessage(stored.message(), true);
        else if (stored->has_value())
            m_authority = **stored;
    }
    setAuthority(m_authority);
}

SummaryReportDialog::~SummaryReportDialog() = default;

void SummaryReportDialog::setAuthority(const AuthorityProfile &authority)
{
    m_authority = authority;
    const int index = m_ui->signingAuthorityCombo->findData(authority.signingAuthority.trimmed());
    m_ui->signingAuthorityCombo->setCurrentIndex(index < 0 ? 0 : index);
    m_ui->signerTitleEdit->setText(authority.signerTitle);
    m_ui->signerNameEdit->setText(authority.signerName);
    showAuthority();
}

void SummaryReportDialog::showAuthority()
{
    const bool known = hasAuthority();
    if (known) {
        QStringList lines;
        if (!m_authority.parentLine.isEmpty())
            lines << m_authority.parentLine;
        lines << QStringLiteral("<b>%1</b>").arg(m_authority.name.toHtmlEscaped());
        lines << tr("Ký hiệu: BC-%1 · Địa danh: %2 · Người đứng đầu: %3")
                     .arg(m_authority.docSign.toHtmlEscaped(), m_authority.placeName.toHtmlEscaped(),
                          m_authority.headTitle.toHtmlEscaped());
        m_ui->authorityLabel->setText(lines.join(QStringLiteral("<br>")));
    } else {
        m_ui->authorityLabel->setText(tr("Chưa có thông tin cơ quan tổng hợp. Hãy bấm \"Sửa thông tin cơ quan…\" "
                                         "để nhập tên, ký hiệu và người ký trước khi in báo cáo."));
    }
    for (QPushButton *button : {m_ui->previewButton, m_ui->printButton, m_ui->pdfButton, m_ui->docxButton, m_ui->odtButton})
        button->setEnabled(known && !m_summary.schools.isEmpty());
}

AuthoritySummaryReportInput SummaryReportDialog::input() const
{
    AuthoritySummaryReportInput input;
    input.authority = m_authority;
    // The signer may differ from report to report (a deputy signs with KT.); the profile keeps the usual one.
    input.authority.signingAuthority = m_ui->signingAuthorityCombo->currentData().toString();
    input.authority.signerTitle = m_ui->signerTitleEdit->text().simplified();
    input.authority.signerName = m_ui->signerNameEdit->text().simplified();
    input.number = m_ui->numberSpin->value();
    input.date = m_ui->blankDateCheck->isChecked() ? QDate() : m_ui->dateEdit->date();
    input.summary = m_summary;
    input.filesRejected = m_filesRejected;
    return input;
}

doc::Document SummaryReportDialog::document() const
{
    return AuthoritySummaryReportBuilder(input()).build();
}

void SummaryReportDialog::editAuthority()
{
    AuthorityProfileDialog dialog(m_database, this);
    if (!m_database)
        dialog.setProfile(m_authority);
    if (dialog.exec() == QDialog::Accepted) {
        setAuthority(dialog.profile());
        showMessage(tr("Đã lưu thông tin cơ quan tổng hợp."), false);
    }
}

void SummaryReportDialog::preview()
{
    DocumentPrinting::preview(this, document());
}

void SummaryReportDialog::print()
{
    if (DocumentPrinting::print(this, document()))
        showMessage(tr("Đã gửi báo cáo đến máy in."), false);
}

void SummaryReportDialog::saveWithDialog(ExportFormat format)
{
    const QString path = DocumentPrinting::askSavePath(this, format, QStringLiteral("bao-cao-tong-hop-%1").arg(m_summary.schoolYear));
    if (!path.isEmpty())
        saveAs(format, path);
}

Status SummaryReportDialog::saveAs(ExportFormat format, const QString &path)
{
    if (!hasAuthority()) {
        const Status missing = Status::failure(tr("Chưa có thông tin cơ quan tổng hợp: hãy nhập trước khi lưu báo cáo."));
        showMessage(missing.message(), true);
        return missing;
    }
    DocumentExport::Report report;
    const Status status = DocumentExport::save(document(), format, path, &report);
    if (!status) {
        showMessage(status.message(), true);
        return status;
    }
    showMessage(DocumentPrinting::savedMessage(format, path, report), false);
    return status;
}

QString SummaryReportDialog::message() const
{
    return m_ui->messageLabel->text();
}

void SummaryReportDialog::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_ui->messageLabel->setText(text);
}

} // namespace sdx::gui
