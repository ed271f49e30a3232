#pragma once

#include "common/Status.h"
#include "index/Evidence.h"
#include "index/Facts.h"
#include "index/LinkChecker.h"

#include <QJsonValue>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;

namespace Ui {
class ChecklistPage;
}

namespace sdx {

class ChecklistItemPanel;
class ChecklistModel;
class SchoolSession;

/**
 * "Tự đánh giá": the index of the current year as a tree with live points and levels, the editor
 * and evidence of the selected item beside it, progress per group. Every answer and evidence
 * change is stored at once through the core (Assessment, AssessmentRepository).
 */
class ChecklistPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistPage(SchoolSession *session, QWidget *parent = nullptr);
    ~ChecklistPage() override;

    ChecklistModel *model() const { return m_model; }
    ChecklistItemPanel *itemPanel() const { return m_panel; }
    /// The name written as "who" beside answers (the operating system's user by default).
    void setUserName(const QString &name);

    /// Stores a manual lower score through the core (which refuses a blank reason or more than the
    /// rule gives) and shows it as adjusted; the refusal is shown beside the editor and returned.
    Status adjustItem(const QString &itemId, const Adjustment &adjustment);
    Status clearAdjustment(const QString &itemId);

public slots:
    /// Reads the current year again from the database.
    void reload();
    void selectItem(const QString &itemId);

private:
    void onCurrentChanged(const QModelIndex &current);
    void storeAnswer(const QString &itemId, const QJsonValue &value);
    void storeEvidence(const QString &itemId, const QList<sdx::EvidenceEntry> &entries);
    void storeLinkCheck(const sdx::LinkCheckResult &result);
    void updateProgress();
    void updateEvidenceIssues();
    void showStatus(const QString &message, bool error);

    struct GroupProgress
    {
        QLabel *label = nullptr;
        QProgressBar *bar = nullptr;
    };

    std::unique_ptr<Ui::ChecklistPage> m_ui;
    SchoolSession *m_session = nullptr;
    ChecklistModel *m_model = nullptr;
    ChecklistItemPanel *m_panel = nullptr;
    QList<GroupProgress> m_progress;
    QString m_userName;
};

} // namespace sdx
