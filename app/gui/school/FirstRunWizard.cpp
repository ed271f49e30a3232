#include "FirstRunWizard.h"

#include "FirstRunWizardPages.h"
#include "school/SchoolSession.h"

#include <QMessageBox>

namespace sdx::gui {

FirstRunWizard::FirstRunWizard(SchoolSession *session, SampleLoader sampleLoader, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_sampleLoader(std::move(sampleLoader))
    , m_welcomePage(new WizardWelcomePage(bool(m_sampleLoader), this))
    , m_schoolPage(new WizardSchoolPage(this))
    , m_yearPage(new WizardYearPage(this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Bắt đầu với SchoolDX"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/icons/schooldx.svg")).pixmap(48, 48));
    setPage(WelcomePageId, m_welcomePage);
    setPage(SchoolPageId, m_schoolPage);
    setPage(YearPageId, m_yearPage);
    setStartId(WelcomePageId);
    resize(960, 680);
}

Status FirstRunWizard::createSchool()
{
    if (m_welcomePage->sampleChosen())
        return m_sampleLoader(*m_session);
    if (Status status = m_session->saveProfile(m_schoolPage->profile()); !status)
        return status;
    const Expected<SchoolYear> year = m_session->createYear(m_yearPage->yearName());
    return year ? Status::success() : year.status();
}

void FirstRunWizard::accept()
{
    const Status status = createSchool();
    if (!status) {
        QMessageBox::critical(this, tr("Không tạo được hồ sơ"), status.message());
        return;
    }
    QWizard::accept();
}

} // namespace sdx::gui
