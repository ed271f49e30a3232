#pragma once

#include "school/SchoolProfile.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class WizardWelcomePage;
class WizardYearPage;
}

namespace sdx::gui {

class SchoolProfileForm;

/// Page ids of the first-run wizard, in order.
enum WizardPageId { WelcomePageId, SchoolPageId, YearPageId };

/// Create a new school, or open the sample school to look around first.
class WizardWelcomePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardWelcomePage(bool sampleAvailable, QWidget *parent = nullptr);
    ~WizardWelcomePage() override;

    bool sampleChosen() const;
    int nextId() const override;

private:
    std::unique_ptr<Ui::WizardWelcomePage> m_ui;
};

/// The school profile, checked by the core's rules before moving on.
class WizardSchoolPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardSchoolPage(QWidget *parent = nullptr);

    SchoolProfile profile() const;
    SchoolProfileForm *form() const { return m_form; }
    bool validatePage() override;

private:
    SchoolProfileForm *m_form;
};

/// The school year to start with.
class WizardYearPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit WizardYearPage(QWidget *parent = nullptr);
    ~WizardYearPage() override;

    QString yearName() const;
    bool validatePage() override;

private:
    std::unique_ptr<Ui::WizardYearPage> m_ui;
};

} // namespace sdx::gui
