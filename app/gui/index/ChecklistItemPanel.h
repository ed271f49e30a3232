#pragma once

#include "index/Assessment.h"

#include <QJsonValue>
#include <QWidget>

#include <memory>

namespace Ui {
class ChecklistItemPanel;
}

namespace sdx {

class EvidencePanel;

/**
 * Beside the checklist tree: the selected row's full wording, the editor for its kind of answer
 * (a check box, a count, n of m, a level), what the rule gives, where a derived value comes from,
 * what evidence to keep and how to earn the points.
 */
class ChecklistItemPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistItemPanel(QWidget *parent = nullptr);
    ~ChecklistItemPanel() override;

    EvidencePanel *evidencePanel() const { return m_evidence; }
    const QString &itemId() const { return m_itemId; }
    /// The name proposed as "người điều chỉnh" for a manual adjustment.
    void setUserName(const QString &name);
    /// Loads the editor with the item's current value again (after "Xóa" or "Dùng lại giá trị từ kiểm kê").
    void reloadAnswer(const AssessmentSnapshot &snapshot);
    /// Puts the stored adjustment (or the rule's points and no reason) back in its editor.
    void loadAdjustment(const AssessmentSnapshot &snapshot);
    /// The outcome of storing or clearing an adjustment, shown under its editor.
    void showAdjustmentMessage(const QString &message, bool error);

    /// Shows an answerable item (editor loaded with its current value).
    void showItem(const AssessmentSnapshot &snapshot, const QString &itemId);
    /// Shows a group or criterion: its wording and scale, no editor.
    void showNode(const AssessmentSnapshot &snapshot, const QString &nodeId, bool isGroup);
    /// Refreshes the explanation and provenance after a rescore, leaving the editor alone.
    void refresh(const AssessmentSnapshot &snapshot);

signals:
    /// The user changed the answer (null: cleared).
    void answerChanged(const QString &itemId, const QJsonValue &value);
    /// The user asked to score the item lower than the rule gives (the page stores it through the core).
    void adjustmentRequested(const QString &itemId, double points, const QString &reason, const QString &by);
    void adjustmentCleared(const QString &itemId);

private:
    void loadEditor(const IndexItem &item, const QJsonValue &value);
    void emitAnswer();
    QJsonValue editorValue() const;
    void showGuidance(const IndexItem &item, const Criterion *criterion);
    void showProvenance(const AssessmentSnapshot &snapshot, const IndexItem &item);
    void showReadings(const AssessmentSnapshot &snapshot, const IndexItem &item);
    /// The state of the adjustment editor; `loadFields` also puts the stored values in the fields.
    void showAdjustment(const IndexItem &item, const ItemScore &score, const ScoreReport &report, bool loadFields);
    void requestAdjustment();
    void updateSharePercent();

    std::unique_ptr<Ui::ChecklistItemPanel> m_ui;
    EvidencePanel *m_evidence = nullptr;
    QString m_itemId;
    QString m_userName;
    InputType m_input = InputType::YesNo;
    bool m_loading = false;
};

} // namespace sdx
