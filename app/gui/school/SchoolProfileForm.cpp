#include "SchoolProfileForm.h"

#include "SchoolProfileModel.h"
#include "StaffTableModel.h"
#include "ui_schoolprofileform.h"

#include <QDataWidgetMapper>
#include <QHeaderView>
#include <QLineEdit>

namespace sdx::gui {

SchoolProfileForm::SchoolProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SchoolProfileForm>())
    , m_profileModel(new SchoolProfileModel(this))
    , m_staffModel(new StaffTableModel(this))
    , m_mapper(new QDataWidgetMapper(this))
{
    m_ui->setupUi(this);
    for (SchoolLevel level : SchoolLevels::all())
        m_ui->levelCombo->addItem(SchoolLevels::displayName(level));
    bindFields();
    submitOnEveryKeystroke();

    m_ui->staffTable->setModel(m_staffModel);
    m_ui->staffTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->staffTable->verticalHeader()->hide();
    connect(m_ui->addStaffButton, &QPushButton::clicked, m_staffModel, &StaffTableModel::appendEmptyRow);
    connect(m_ui->removeStaffButton, &QPushButton::clicked, this,
            [this] { m_staffModel->removeStaffRow(m_ui->staffTable->currentIndex().row()); });
    connect(m_profileModel, &SchoolProfileModel::edited, this, &SchoolProfileForm::edited);
    connect(m_staffModel, &StaffTableModel::edited, this, &SchoolProfileForm::edited);
    // Once problems are shown, they follow the user's corrections instead of going stale.
    connect(this, &SchoolProfileForm::edited, this, [this] {
        if (m_ui->problemsLabel->isVisible())
            showProblems(profile().validate());
    });
}

SchoolProfileForm::~SchoolProfileForm() = default;

void SchoolProfileForm::bindFields()
{
    m_mapper->setModel(m_profileModel);
    m_mapper->addMapping(m_ui->nameEdit, SchoolProfileModel::Name);
    m_mapper->addMapping(m_ui->codeEdit, SchoolProfileModel::Code);
    // QComboBox's user property is currentText; the model speaks in positions.
    m_mapper->addMapping(m_ui->levelCombo, SchoolProfileModel::Level, "currentIndex");
    m_mapper->addMapping(m_ui->authorityEdit, SchoolProfileModel::Authority);
    m_mapper->addMapping(m_ui->placeEdit, SchoolProfileModel::PlaceName);
    m_mapper->addMapping(m_ui->signEdit, SchoolProfileModel::DocSign);
    m_mapper->addMapping(m_ui->principalEdit, SchoolProfileModel::PrincipalName);
    m_mapper->addMapping(m_ui->principalTitleEdit, SchoolProfileModel::PrincipalTitle);
    m_mapper->addMapping(m_ui->addressEdit, SchoolProfileModel::Address);
    m_mapper->addMapping(m_ui->phoneEdit, SchoolProfileModel::Phone);
    m_mapper->addMapping(m_ui->emailEdit, SchoolProfileModel::Email);
    m_mapper->addMapping(m_ui->websiteEdit, SchoolProfileModel::Website);
    m_mapper->toFirst();
}

// The mapper submits on focus loss by default; the Save button must know about edits at once.
void SchoolProfileForm::submitOnEveryKeystroke()
{
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : edits) {
        if (edit->parent() != m_ui->staffTable && edit->parent() != m_ui->staffTable->viewport())
            connect(edit, &QLineEdit::textEdited, m_mapper, &QDataWidgetMapper::submit);
    }
    connect(m_ui->levelCombo, &QComboBox::activated, m_mapper, &QDataWidgetMapper::submit);
}

void SchoolProfileForm::setProfile(const SchoolProfile &profile)
{
    m_profileModel->setProfile(profile);
    m_staffModel->setStaff(profile.itStaff);
    m_mapper->toFirst();
    showProblems({});
}

SchoolProfile SchoolProfileForm::profile() const
{
    m_mapper->submit();
    SchoolProfile result = m_profileModel->profile();
    result.itStaff = m_staffModel->staff();
    return result;
}

void SchoolProfileForm::showProblems(const QStringList &problems)
{
    m_ui->problemsLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
}

} // namespace sdx::gui
