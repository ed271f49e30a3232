#include "NewYearDialog.h"

#include "ui_newyeardialog.h"

#include <QDate>

namespace sdx::gui {

NewYearDialog::NewYearDialog(const QList<SchoolYear> &existing, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewYearDialog>())
    , m_existing(existing)
{
    m_ui->setupUi(this);
    for (const SchoolYear &year : existing)
        m_ui->sourceCombo->addItem(year.displayName(), year.id);
    SchoolYear next;
    if (existing.isEmpty()) {
        const QDate today = QDate::currentDate();
        next.name = SchoolYear::nameForDate(today.year(), today.month());
    } else {
        const int start = existing.last().startYear + 1;
        next.name = QStringLiteral("%1-%2").arg(start).arg(start + 1);
        m_ui->sourceCombo->setCurrentIndex(int(existing.size()) - 1);
    }
    m_ui->yearEdit->setText(next.displayName());
    m_ui->copyCheck->setEnabled(!existing.isEmpty());
    m_ui->copyCheck->setChecked(!existing.isEmpty());
    m_ui->sourceCombo->setEnabled(m_ui->copyCheck->isChecked());
    connect(m_ui->copyCheck, &QCheckBox::toggled, m_ui->sourceCombo, &QComboBox::setEnabled);
    m_ui->problemLabel->hide();
}

NewYearDialog::~NewYearDialog() = default;

QString NewYearDialog::yearName() const
{
    QString canonical;
    SchoolYear::parseName(m_ui->yearEdit->text(), &canonical, nullptr);
    return canonical;
}

qint64 NewYearDialog::copyFromYearId() const
{
    return m_ui->copyCheck->isChecked() ? m_ui->sourceCombo->currentData().toLongLong() : 0;
}

void NewYearDialog::accept()
{
    QString canonical;
    QString problem;
    if (!SchoolYear::parseName(m_ui->yearEdit->text(), &canonical, nullptr))
        problem = tr("“%1” không phải là năm học hợp lệ. Hãy viết như 2025 - 2026.").arg(m_ui->yearEdit->text());
    for (const SchoolYear &year : std::as_const(m_existing)) {
        if (year.name == canonical)
            problem = tr("Năm học %1 đã có.").arg(year.displayName());
    }
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace sdx::gui
