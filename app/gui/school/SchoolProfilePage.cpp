#include "SchoolProfilePage.h"

#include "SchoolProfileForm.h"
#include "school/SchoolSession.h"
#include "ui_schoolprofilepage.h"

#include <QPushButton>

namespace sdx::gui {

SchoolProfilePage::SchoolProfilePage(SchoolSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SchoolProfilePage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SchoolProfilePage::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &SchoolProfilePage::revert);
    connect(m_ui->form, &SchoolProfileForm::edited, this, [this] { setDirty(true); });
    connect(m_session, &SchoolSession::profileChanged, this, [this] {
        if (!m_dirty)
            revert();
    });
    revert();
}

SchoolProfilePage::~SchoolProfilePage() = default;

bool SchoolProfilePage::save()
{
    const SchoolProfile profile = m_ui->form->profile();
    const QStringList problems = profile.validate();
    if (!problems.isEmpty()) {
        m_ui->form->showProblems(problems);
        return false;
    }
    const Status status = m_session->saveProfile(profile);
    if (!status) {
        m_ui->form->showProblems({status.message()});
        return false;
    }
    setDirty(false);
    m_ui->form->showProblems({});
    m_ui->statusLabel->setText(tr("Đã lưu hồ sơ nhà trường."));
    return true;
}

void SchoolProfilePage::revert()
{
    m_ui->form->setProfile(m_session->profile());
    setDirty(false);
}

void SchoolProfilePage::setDirty(bool dirty)
{
    m_dirty = dirty;
    m_ui->saveButton->setEnabled(dirty);
    m_ui->revertButton->setEnabled(dirty);
    if (dirty)
        m_ui->statusLabel->setText(tr("Có thay đổi chưa lưu."));
}

} // namespace sdx::gui
