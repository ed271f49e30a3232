#include "AuthorityProfileDialog.h"

#include "documents/DocumentText.h"
#include "exchange/AuthorityProfileRepository.h"
#include "ui_authorityprofiledialog.h"

#include <QLineEdit>
#include <QPushButton>

namespace sdx::gui {

AuthorityProfileDialog::AuthorityProfileDialog(Database *database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuthorityProfileDialog>())
    , m_database(database)
{
    m_ui->setupUi(this);
    m_ui->signingAuthorityCombo->addItem(tr("(ký trực tiếp)"), QString());
    for (const char *authority : {"TM.", "KT.", "Q.", "TL.", "TUQ."})
        m_ui->signingAuthorityCombo->addItem(QString::fromLatin1(authority), QString::fromLatin1(authority));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->buttonBox->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &AuthorityProfileDialog::save);
    connect(m_ui->signEdit, &QLineEdit::textChanged, this, &AuthorityProfileDialog::updateNumberPreview);
    // A reason shown after a refused save no longer holds once the user edits.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, m_ui->messageLabel, &QLabel::clear);
    if (m_database) {
        const Expected<std::optional<AuthorityProfile>> stored = AuthorityProfileRepository(*m_database).load();
        if (!stored)
            showMessage(stored.message());
        else if (stored->has_value())
            setProfile(**stored);
    }
    updateNumberPreview();
}

AuthorityProfileDialog::~AuthorityProfileDialog() = default;

AuthorityProfile AuthorityProfileDialog::profile() const
{
    AuthorityProfile profile;
    profile.parentLine = m_ui->parentLineEdit->text();
    profile.name = m_ui->nameEdit->text();
    profile.nameInSentence = m_ui->sentenceNameEdit->text();
    profile.placeName = m_ui->placeEdit->text();
    profile.docSign = m_ui->signEdit->text();
    profile.signingAuthority = m_ui->signingAuthorityCombo->currentData().toString();
    profile.headTitle = m_ui->headTitleEdit->text();
    profile.signerTitle = m_ui->signerTitleEdit->text();
    profile.signerName = m_ui->signerNameEdit->text();
    profile.recipients = m_ui->recipientsEdit->toPlainText().split(QLatin1Char('\n'));
    return profile.normalised();
}

void AuthorityProfileDialog::setProfile(const AuthorityProfile &profile)
{
    m_ui->parentLineEdit->setText(profile.parentLine);
    m_ui->nameEdit->setText(profile.name);
    m_ui->sentenceNameEdit->setText(profile.nameInSentence);
    m_ui->placeEdit->setText(profile.placeName);
    m_ui->signEdit->setText(profile.docSign);
    const int authority = m_ui->signingAuthorityCombo->findData(profile.signingAuthority.trimmed());
    m_ui->signingAuthorityCombo->setCurrentIndex(authority < 0 ? 0 : authority);
    m_ui->headTitleEdit->setText(profile.headTitle);
    m_ui->signerTitleEdit->setText(profile.signerTitle);
    m_ui->signerNameEdit->setText(profile.signerName);
    m_ui->recipientsEdit->setPlainText(profile.recipients.join(QLatin1Char('\n')));
}

bool AuthorityProfileDialog::save()
{
    const AuthorityProfile edited = profile();
    const QStringList problems = edited.validate();
    if (!problems.isEmpty()) {
        showMessage(problems.join(QLatin1Char('\n')));
        return false;
    }
    if (m_database) {
        if (const Status status = AuthorityProfileRepository(*m_database).save(edited); !status) {
            showMessage(status.message());
            return false;
        }
    }
    accept();
    return true;
}

void AuthorityProfileDialog::updateNumberPreview()
{
    m_ui->numberPreviewLabel->setText(
        tr("Số văn bản sẽ in: %1").arg(DocumentText::numberLine(12, QStringLiteral("BC"), m_ui->signEdit->text().trimmed())));
}

void AuthorityProfileDialog::showMessage(const QString &text)
{
    m_ui->messageLabel->setText(text);
}

} // namespace sdx::gui
