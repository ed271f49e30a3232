#pragma once

#include "exchange/AuthorityProfile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AuthorityProfileDialog;
}

namespace sdx {
class Database;
}

namespace sdx::gui {

/**
 * The receiving authority's own details (name IN HOA, parent line, sign, place, signer, nơi nhận),
 * edited and saved to the workspace through AuthorityProfileRepository. Save stays in the dialog
 * with the reasons shown when the profile is incomplete.
 */
class AuthorityProfileDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Loads the stored profile from `database`; without a database the dialog edits `profile()` only.
    explicit AuthorityProfileDialog(Database *database, QWidget *parent = nullptr);
    ~AuthorityProfileDialog() override;

    AuthorityProfile profile() const;
    void setProfile(const AuthorityProfile &profile);
    /// Validates and stores; on success the dialog is accepted. The message label tells why not.
    bool save();

private:
    void updateNumberPreview();
    void showMessage(const QString &text);

    std::unique_ptr<Ui::AuthorityProfileDialog> m_ui;
    Database *m_database;
};

} // namespace sdx::gui
