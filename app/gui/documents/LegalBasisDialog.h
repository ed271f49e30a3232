#pragma once

#include "documents/LegalBasis.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LegalBasisDialog;
}

namespace sdx {

/// Enters one of the school's own legal bases (province, commune, the school's own plans),
/// showing the "Căn cứ …" line it will print as the user types.
class LegalBasisDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit LegalBasisDialog(QWidget *parent = nullptr);
    ~LegalBasisDialog() override;

    LegalBasis basis() const;

private:
    void updatePreview();

    std::unique_ptr<Ui::LegalBasisDialog> m_ui;
};

} // namespace sdx
