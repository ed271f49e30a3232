#include "LegalBasisDialog.h"

#include "ui_legalbasisdialog.h"

#include "documents/LegalBasisRepository.h"

#include <QPushButton>

namespace sdx {

LegalBasisDialog::LegalBasisDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LegalBasisDialog>())
{
    m_ui->setupUi(this);
    // Kinds of documents a school cites (Nghị định 30/2020, Phụ lục III); any other may be typed.
    m_ui->kindCombo->addItems({QStringLiteral("Công văn"), QStringLiteral("Kế hoạch"), QStringLiteral("Quyết định"),
                               QStringLiteral("Hướng dẫn"), QStringLiteral("Chỉ thị"), QStringLiteral("Thông báo"),
                               QStringLiteral("Nghị quyết")});
    m_ui->dateEdit->setDate(QDate::currentDate());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_ui->numberEdit, m_ui->issuerEdit, m_ui->subjectEdit})
        connect(edit, &QLineEdit::textChanged, this, &LegalBasisDialog::updatePreview);
    connect(m_ui->kindCombo, &QComboBox::currentTextChanged, this, &LegalBasisDialog::updatePreview);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &LegalBasisDialog::updatePreview);
    updatePreview();
}

LegalBasisDialog::~LegalBasisDialog() = default;

LegalBasis LegalBasisDialog::basis() const
{
    return LegalBasis{QString(), m_ui->kindCombo->currentText().trimmed(), m_ui->numberEdit->text().trimmed(),
                      m_ui->dateEdit->date(), m_ui->issuerEdit->text().trimmed(), m_ui->subjectEdit->text().trimmed()};
}

void LegalBasisDialog::updatePreview()
{
    const LegalBasis current = basis();
    const QStringList problems = LegalBasisRepository::validate(current);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    m_ui->previewLabel->setText(problems.isEmpty() ? QStringLiteral("Căn cứ ") + current.citation() + QLatin1Char(';')
                                                   : problems.join(QLatin1Char(' ')));
}

} // namespace sdx
