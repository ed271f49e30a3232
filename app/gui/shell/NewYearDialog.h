#pragma once

#include "school/SchoolYear.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NewYearDialog;
}

namespace sdx::gui {

/// Asks for the new school year's name and whether to copy an earlier year's data forward.
class NewYearDialog final : public QDialog
{
    Q_OBJECT

public:
    NewYearDialog(const QList<SchoolYear> &existing, QWidget *parent = nullptr);
    ~NewYearDialog() override;

    QString yearName() const;
    /// 0 when the new year starts empty.
    qint64 copyFromYearId() const;
    void accept() override;

private:
    std::unique_ptr<Ui::NewYearDialog> m_ui;
    QList<SchoolYear> m_existing;
};

} // namespace sdx::gui
