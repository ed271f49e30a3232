#pragma once

#include "common/Status.h"

#include <QWizard>

#include <functional>

namespace sdx {
class SchoolSession;
}

namespace sdx::gui {

class WizardWelcomePage;
class WizardSchoolPage;
class WizardYearPage;

/**
 * Shown when the database has no school yet: creates the profile and the first school year,
 * or fills the database with the sample school so a newcomer sees every page filled.
 */
class FirstRunWizard final : public QWizard
{
    Q_OBJECT

public:
    using SampleLoader = std::function<Status(SchoolSession &)>;

    /// Without a sample loader the sample choice is not offered.
    explicit FirstRunWizard(SchoolSession *session, SampleLoader sampleLoader = {}, QWidget *parent = nullptr);

    WizardSchoolPage *schoolPage() const { return m_schoolPage; }
    WizardYearPage *yearPage() const { return m_yearPage; }
    WizardWelcomePage *welcomePage() const { return m_welcomePage; }

    void accept() override;

private:
    Status createSchool();

    SchoolSession *m_session;
    SampleLoader m_sampleLoader;
    WizardWelcomePage *m_welcomePage;
    WizardSchoolPage *m_schoolPage;
    WizardYearPage *m_yearPage;
};

} // namespace sdx::gui
