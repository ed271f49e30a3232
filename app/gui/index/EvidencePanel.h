#pragma once

#include "index/EvidenceChecker.h"
#include "index/LinkChecker.h"

#include <QWidget>

#include <memory>

namespace Ui {
class EvidencePanel;
}

namespace sdx {

class EvidenceEntryDialog;
class EvidenceModel;

/// The evidence list of the selected item: edit, add, remove, and check the links.
class EvidencePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePanel(QWidget *parent = nullptr);
    ~EvidencePanel() override;

    EvidenceModel *model() const { return m_model; }
    LinkChecker *linkChecker() const { return m_checker; }

    void showItem(const QString &itemId, const QList<EvidenceEntry> &entries);
    /// The offline problems of this item's evidence (EvidenceChecker), shown under the table.
    void showIssues(const QList<EvidenceIssue> &issues);
    /// Adds a file on this computer as evidence (what "Thêm tệp…" does after its dialog).
    void addFile(const QString &path);
    /// Opens the entry dialog for the selected row (window-modal, not blocking); nullptr without a selection.
    EvidenceEntryDialog *editSelected();
    /// Opens the entry dialog for a new official document.
    EvidenceEntryDialog *addDocument();
    /// Opens the selected row's link in the browser or its file; false (with a message) when it cannot.
    bool openSelected();

signals:
    void entriesEdited(const QString &itemId, const QList<sdx::EvidenceEntry> &entries);
    void linkChecked(const sdx::LinkCheckResult &result);

private:
    void addEntry(sdx::EvidenceKind kind);
    void chooseFile();
    void removeEntry();
    void showMessage(const QString &message, bool error);
    void checkLinks();
    void onCheckFinished(const QList<sdx::LinkCheckResult> &results, bool cancelled);
    void updateButtons();

    std::unique_ptr<Ui::EvidencePanel> m_ui;
    EvidenceModel *m_model = nullptr;
    LinkChecker *m_checker = nullptr;
};

} // namespace sdx
