#include "EvidenceEntryDialog.h"

#include "index/EvidenceChecker.h"
#include "ui_evidenceentrydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QFileDialog>
#include <QFileInfo>

namespace sdx {
namespace {

/// The date edit cannot be empty: its minimum stands for "no date written".
const QDate kNoDate(2000, 1, 1);

} // namespace

EvidenceEntryDialog::EvidenceEntryDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EvidenceEntryDialog>())
{
    m_ui->setupUi(this);
    for (EvidenceKind kind : {EvidenceKind::Link, EvidenceKind::Document, EvidenceKind::File})
        m_ui->kindCombo->addItem(EvidenceKinds::displayName(kind), int(kind));
    // The kinds of document a school keeps as evidence; any other can be typed.
    m_ui->documentTypeCombo->addItems({tr("Quyết định"), tr("Kế hoạch"), tr("Quy chế"), tr("Công văn"),
                                       tr("Thông báo"), tr("Báo cáo"), tr("Biên bản")});
    m_ui->dateEdit->setMinimumDate(kNoDate);
    m_ui->dateEdit->setSpecialValueText(tr("chưa ghi ngày"));
    m_ui->dateEdit->setDate(kNoDate);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Lưu"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Hủy"));
    m_ui->referenceLabel->setStyleSheet(QStringLiteral("color: #1a5f9e;"));
    m_ui->problemsLabel->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    connect(m_ui->kindCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, &EvidenceEntryDialog::showKind);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &EvidenceEntryDialog::chooseFile);
    const auto documentEdited = [this]() {
        m_unparsedReference.clear();
        updateProblems();
    };
    connect(m_ui->documentTypeCombo, &QComboBox::editTextChanged, this, documentEdited);
    connect(m_ui->numberEdit, &QLineEdit::textEdited, this, documentEdited);
    connect(m_ui->symbolEdit, &QLineEdit::textEdited, this, documentEdited);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, documentEdited);
    for (QLineEdit *edit : {m_ui->titleEdit, m_ui->urlEdit, m_ui->pathEdit, m_ui->issuerEdit})
        connect(edit, &QLineEdit::textChanged, this, &EvidenceEntryDialog::updateProblems);
    setEntry(EvidenceEntry());
}

EvidenceEntryDialog::~EvidenceEntryDialog() = default;

void EvidenceEntryDialog::setEntry(const EvidenceEntry &entry)
{
    m_entry = entry;
    m_ui->titleEdit->setText(entry.title);
    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(int(entry.kind))));
    m_ui->urlEdit->setText(entry.kind == EvidenceKind::Link ? entry.location : QString());
    m_ui->pathEdit->setText(entry.kind == EvidenceKind::File ? entry.location : QString());
    showDocument(entry.kind == EvidenceKind::Document ? entry.location : QString());
    m_ui->issuerEdit->setText(entry.issuer);
    m_ui->notesEdit->setPlainText(entry.notes);
    setWindowTitle(entry.itemId.isEmpty() ? tr("Minh chứng") : tr("Minh chứng của mục %1").arg(entry.itemId));
    showKind();
}

void EvidenceEntryDialog::showDocument(const QString &location)
{
    const std::optional<DocumentReference> reference = DocumentReference::parse(location);
    const QSignalBlocker typeBlocker(m_ui->documentTypeCombo);
    const QSignalBlocker dateBlocker(m_ui->dateEdit);
    m_ui->documentTypeCombo->setEditText(reference ? reference->type : tr("Quyết định"));
    m_ui->numberEdit->setText(reference ? reference->number : QString());
    m_ui->symbolEdit->setText(reference ? reference->symbol : QString());
    m_ui->dateEdit->setDate(reference && reference->date.isValid() ? reference->date : kNoDate);
    m_unparsedReference = reference ? QString() : location.trimmed();
}

QString EvidenceEntryDialog::documentText() const
{
    if (!m_unparsedReference.isEmpty())
        return m_unparsedReference;
    DocumentReference reference;
    reference.type = m_ui->documentTypeCombo->currentText().trimmed();
    reference.number = m_ui->numberEdit->text().trimmed();
    reference.symbol = m_ui->symbolEdit->text().trimmed();
    if (reference.number.isEmpty() && reference.symbol.isEmpty())
        return QString();
    if (m_ui->dateEdit->date() != kNoDate) {
        reference.date = m_ui->dateEdit->date();
        reference.hasDate = true;
    }
    return reference.text();
}

EvidenceEntry EvidenceEntryDialog::entry() const
{
    EvidenceEntry result = m_entry;
    result.title = m_ui->titleEdit->text().trimmed();
    result.kind = EvidenceKind(m_ui->kindCombo->currentData().toInt());
    switch (result.kind) {
    case EvidenceKind::Link:
        result.location = m_ui->urlEdit->text().trimmed();
        break;
    case EvidenceKind::Document:
        result.location = documentText();
        break;
    case EvidenceKind::File:
        result.location = m_ui->pathEdit->text().trimmed();
        break;
    }
    result.issuer = result.kind == EvidenceKind::Document ? m_ui->issuerEdit->text().trimmed() : QString();
    result.notes = m_ui->notesEdit->toPlainText();
    // A check said something about the old address only.
    if (result.location != m_entry.location || result.kind != m_entry.kind) {
        result.lastChecked = QDate();
        result.lastResult.clear();
    }
    return result;
}

void EvidenceEntryDialog::showKind()
{
    m_ui->kindStack->setCurrentIndex(m_ui->kindCombo->currentIndex());
    updateProblems();
}

void EvidenceEntryDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Chọn tệp minh chứng"), m_ui->pathEdit->text());
    if (path.isEmpty())
        return;
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
    if (m_ui->titleEdit->text().trimmed().isEmpty())
        m_ui->titleEdit->setText(QFileInfo(path).completeBaseName());
}

void EvidenceEntryDialog::updateProblems()
{
    const EvidenceEntry current = entry();
    m_ui->referenceLabel->setText(current.kind == EvidenceKind::Document && !current.location.isEmpty()
                                      ? tr("Ghi là: %1").arg(current.location)
                                      : QString());
    QStringList lines;
    for (const EvidenceIssue &issue : EvidenceChecker::checkEntry(current, 0, {QDate::currentDate(), true}))
        lines << issue.message;
    m_ui->problemsLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!lines.isEmpty());
}

} // namespace sdx
