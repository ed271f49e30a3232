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

    /// Shows an answerable item (editor loaded with its current value).
    void showItem(const AssessmentSnapshot &snapshot, const QString &itemId);
    /// Shows a group or criterion: its wording and scale, no editor.
    void showNode(const AssessmentSnapshot &snapshot, const QString &nodeId, bool isGroup);
    /// Refreshes the explanation and provenance after a rescore, leaving the editor alone.
    void refresh(const AssessmentSnapshot &snapshot);

signals:
    /// The user changed the answer (null: cleared).
    void answerChanged(const QString &itemId, const QJsonValue &value);

private:
    void loadEditor(const IndexItem &item, const QJsonValue &value);
    void emitAnswer();
    QJsonValue editorValue() const;
    void showGuidance(const IndexItem &item, const Criterion *criterion);
    void showProvenance(const AssessmentSnapshot &snapshot, const IndexItem &item);
    void updateSharePercent();

    std::unique_ptr<Ui::ChecklistItemPanel> m_ui;
    EvidencePanel *m_evidence = nullptr;
    QString m_itemId;
    InputType m_input = InputType::YesNo;
    bool m_loading = false;
};

} // namespace sdx
