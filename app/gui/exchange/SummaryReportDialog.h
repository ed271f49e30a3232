#pragma once

#include "documents/AuthoritySummaryReportBuilder.h"
#include "documents/DocumentExport.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SummaryReportDialog;
}

namespace sdx {
class Database;
}

namespace sdx::gui {

/**
 * "Báo cáo tổng hợp…" of the receiving panel: the authority (edited in AuthorityProfileDialog and
 * kept in the workspace), the report's number, date and signer, then preview, print and save as
 * PDF / Word / ODT. What is printed is AuthoritySummaryReportBuilder's document: no rule here.
 */
class SummaryReportDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `filesRejected`: the files refused in the last import, when known (0 otherwise).
    SummaryReportDialog(Database *database, ReceivedSummary summary, int filesRejected, QWidget *parent = nullptr);
    ~SummaryReportDialog() override;

    /// The report's input as the dialog's fields now say.
    AuthoritySummaryReportInput input() const;
    doc::Document document() const;
    bool hasAuthority() const { return !m_authority.isEmpty(); }
    /// Writes the report; the message label says where, or why not.
    Status saveAs(ExportFormat format, const QString &path);
    /// Replaces the authority (and the signer fields) as if edited in its dialog.
    void setAuthority(const AuthorityProfile &authority);
    QString message() const;

public slots:
    void editAuthority();
    void preview();
    void print();

private:
    void saveWithDialog(ExportFormat format);
    void showAuthority();
    void showMessage(const QString &text, bool error);

    std::unique_ptr<Ui::SummaryReportDialog> m_ui;
    Database *m_database;
    ReceivedSummary m_summary;
    int m_filesRejected;
    AuthorityProfile m_authority;
};

} // namespace sdx::gui
