#pragma once

#include "school/SchoolProfile.h"

#include <QWidget>

#include <memory>

class QDataWidgetMapper;

namespace Ui {
class SchoolProfileForm;
}

namespace sdx::gui {

class SchoolProfileModel;
class StaffTableModel;

/// The school's identity, signer, contacts and IT staff: shared by the first-run wizard and the profile page.
class SchoolProfileForm final : public QWidget
{
    Q_OBJECT

public:
    explicit SchoolProfileForm(QWidget *parent = nullptr);
    ~SchoolProfileForm() override;

    void setProfile(const SchoolProfile &profile);
    SchoolProfile profile() const;
    /// Shows the validation problems under the form; an empty list clears them.
    void showProblems(const QStringList &problems);

    SchoolProfileModel *profileModel() const { return m_profileModel; }
    StaffTableModel *staffModel() const { return m_staffModel; }

signals:
    void edited();

private:
    void bindFields();
    void submitOnEveryKeystroke();

    std::unique_ptr<Ui::SchoolProfileForm> m_ui;
    SchoolProfileModel *m_profileModel;
    StaffTableModel *m_staffModel;
    QDataWidgetMapper *m_mapper;
};

} // namespace sdx::gui
