#include "FirstRunWizardPages.h"

#include "SchoolProfileForm.h"
#include "school/SchoolYear.h"
#include "ui_wizardwelcomepage.h"
#include "ui_wizardyearpage.h"

#include <QDate>
#include <QVBoxLayout>

namespace sdx::gui {

WizardWelcomePage::WizardWelcomePage(bool sampleAvailable, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::WizardWelcomePage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Chào mừng đến với SchoolDX"));
    setSubTitle(tr("Hồ sơ chuyển đổi số của nhà trường: kiểm kê, tự đánh giá theo Bộ chỉ số 4725, văn bản và tệp gửi cấp trên."));
    m_ui->sampleRadio->setVisible(sampleAvailable);
    m_ui->sampleHint->setVisible(sampleAvailable);
}

WizardWelcomePage::~WizardWelcomePage() = default;

bool WizardWelcomePage::sampleChosen() const
{
    return m_ui->sampleRadio->isVisible() && m_ui->sampleRadio->isChecked();
}

int WizardWelcomePage::nextId() const
{
    return sampleChosen() ? -1 : SchoolPageId;
}

WizardSchoolPage::WizardSchoolPage(QWidget *parent)
    : QWizardPage(parent)
    , m_form(new SchoolProfileForm(this))
{
    setTitle(tr("Thông tin nhà trường"));
    setSubTitle(tr("Những thông tin này in ở đầu mọi văn bản. Có thể sửa lại bất cứ lúc nào ở mục “Trường”."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    SchoolProfile defaults;
    defaults.principalTitle = tr("Hiệu trưởng");
    m_form->setProfile(defaults);
}

SchoolProfile WizardSchoolPage::profile() const
{
    return m_form->profile();
}

bool WizardSchoolPage::validatePage()
{
    const QStringList problems = profile().validate();
    m_form->showProblems(problems);
    return problems.isEmpty();
}

WizardYearPage::WizardYearPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::WizardYearPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Năm học"));
    setSubTitle(tr("Mọi số liệu kiểm kê, tự đánh giá và văn bản thuộc về một năm học."));
    const QDate today = QDate::currentDate();
    SchoolYear year;
    year.name = SchoolYear::nameForDate(today.year(), today.month());
    m_ui->yearEdit->setText(year.displayName());
    m_ui->problemLabel->hide();
}

WizardYearPage::~WizardYearPage() = default;

QString WizardYearPage::yearName() const
{
    QString canonical;
    SchoolYear::parseName(m_ui->yearEdit->text(), &canonical, nullptr);
    return canonical;
}

bool WizardYearPage::validatePage()
{
    const bool valid = SchoolYear::parseName(m_ui->yearEdit->text(), nullptr, nullptr);
    m_ui->problemLabel->setText(tr("“%1” không phải là năm học hợp lệ. Hãy viết như 2025 - 2026.")
                                    .arg(m_ui->yearEdit->text()));
    m_ui->problemLabel->setVisible(!valid);
    return valid;
}

} // namespace sdx::gui
