#pragma once

#include "index/Assessment.h"
#include "index/EvidenceChecker.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonValue>

namespace sdx {

/**
 * The index as a tree (nhóm → tiêu chí → mục) with the year's answers and live scores.
 * A criterion with a single item of its own id (1.1, 1.4, 2.2…) is one row without children.
 * Editing an answer rescores at once (pure core scoring) and emits answerEdited for the page to
 * store it; the model holds no rule of its own.
 */
class ChecklistModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TextColumn, AnswerColumn, PointsColumn, MaxColumn, LevelColumn, EvidenceColumn, ColumnCount };
    enum class NodeKind { Group, Criterion, Item };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,  ///< the item id of an answerable row, else empty
        NodeKindRole,                   ///< int(NodeKind)
        NodeIdRole,                     ///< group, criterion or item id
        InputTypeRole,                  ///< int(InputType), answerable rows only
        FactValueRole,                  ///< the answer as a QJsonValue in a QVariant (null: not answered)
        MandatoryRole,
        AdjustedRole,                   ///< the item's points were lowered by hand
        EvidenceMissingRole,            ///< answered "có" (or earning points) without any evidence
    };

    explicit ChecklistModel(QObject *parent = nullptr);

    void setAssessment(const AssessmentSnapshot &snapshot);
    const AssessmentSnapshot &snapshot() const { return m_snapshot; }
    const ScoreReport &report() const { return m_snapshot.report; }
    void setUserName(const QString &name) { m_userName = name; }

    /// Changes one answer in memory and rescores; false when the value is refused.
    bool setAnswer(const QString &itemId, const QJsonValue &value);
    /// Replaces one item's evidence (after it was stored), for the evidence column.
    void setEvidence(const QString &itemId, const QList<EvidenceEntry> &entries);
    /// Puts a stored manual adjustment in memory and rescores (the page stores it first).
    void setAdjustment(const QString &itemId, const Adjustment &adjustment);
    void clearAdjustment(const QString &itemId);
    /// The offline evidence problems of one item (EvidenceChecker), kept up to date with every change.
    QList<EvidenceIssue> evidenceIssues(const QString &itemId) const { return m_evidenceIssues.value(itemId); }

    QModelIndex indexForItem(const QString &itemId, int column = TextColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    /// An answer changed through the model (not through setAssessment).
    void answerEdited(const QString &itemId, const QJsonValue &value);
    /// Points or levels changed.
    void scoresChanged();

private:
    struct Node
    {
        NodeKind kind = NodeKind::Group;
        int group = -1;
        int criterion = -1;
        int item = -1;
    };

    static quintptr encode(const Node &node);
    static Node decode(quintptr id);
    bool isSingleItemCriterion(const Criterion &criterion) const;
    /// The item answered on this row: an item row, or a single-item criterion row.
    const IndexItem *answerItem(const Node &node) const;
    Node nodeOf(const QModelIndex &index) const;

    QVariant groupData(const Node &node, int column, int role) const;
    QVariant criterionData(const Node &node, int column, int role) const;
    QVariant itemData(const IndexItem &item, int column, int role) const;
    QVariant answerText(const IndexItem &item) const;
    QVariant evidenceData(const QString &itemId, int role) const;
    QVariant pointsData(const IndexItem &item, int role) const;
    QString itemToolTip(const IndexItem &item) const;
    void checkEvidence();
    void emitScoresChanged();

    AssessmentSnapshot m_snapshot;
    QHash<QString, QList<EvidenceIssue>> m_evidenceIssues;
    QString m_userName;
};

} // namespace sdx
