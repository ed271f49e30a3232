#include "ChecklistModel.h"

#include "index/ItemRules.h"
#include "index/Points.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace sdx {
namespace {

// Node ids: one byte each for group, criterion and item (each + 1, 0 = none) and two bits of kind.
constexpr int kFieldBits = 10;
constexpr quintptr kFieldMask = (quintptr(1) << kFieldBits) - 1;

const QColor kMandatoryColour(0xa0, 0x1c, 0x1c);
const QColor kMutedColour(0x70, 0x70, 0x70);
const QColor kDerivedColour(0x1a, 0x5f, 0x9e);
const QColor kAdjustedColour(0x6a, 0x3d, 0x9a);
const QColor kWarningColour(0x8a, 0x5a, 0x00);

QString levelText(const IndexDefinition &index, int level)
{
    return index.levelShortName(level);
}

} // namespace

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ChecklistModel::setAssessment(const AssessmentSnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    checkEvidence();
    endResetModel();
    emit scoresChanged();
}

bool ChecklistModel::setAnswer(const QString &itemId, const QJsonValue &value)
{
    if (!m_snapshot.index)
        return false;
    const IndexItem *item = m_snapshot.index->item(itemId);
    if (!item)
        return false;
    const bool clearing = value.isNull() || value.isUndefined();
    if (!clearing && !ItemRules::check(*item, value).isEmpty())
        return false;
    m_snapshot.applyAnswer(itemId, value, m_userName);
    m_snapshot.rescore();
    checkEvidence();
    emitScoresChanged();
    emit answerEdited(itemId, value);
    return true;
}

void ChecklistModel::setEvidence(const QString &itemId, const QList<EvidenceEntry> &entries)
{
    if (entries.isEmpty())
        m_snapshot.evidence.remove(itemId);
    else
        m_snapshot.evidence.insert(itemId, entries);
    checkEvidence();
    const QModelIndex cell = indexForItem(itemId, EvidenceColumn);
    if (cell.isValid())
        emit dataChanged(cell, cell);
}

void ChecklistModel::setAdjustment(const QString &itemId, const Adjustment &adjustment)
{
    m_snapshot.adjustments.insert(itemId, adjustment);
    m_snapshot.rescore();
    checkEvidence();
    emitScoresChanged();
}

void ChecklistModel::clearAdjustment(const QString &itemId)
{
    m_snapshot.adjustments.remove(itemId);
    m_snapshot.rescore();
    checkEvidence();
    emitScoresChanged();
}

void ChecklistModel::checkEvidence()
{
    // Whether an item needs evidence depends on its answer, so this runs after every rescore too.
    m_evidenceIssues.clear();
    if (!m_snapshot.index)
        return;
    const QList<EvidenceIssue> issues = EvidenceChecker::check(*m_snapshot.index, m_snapshot.report,
                                                               m_snapshot.evidence, {QDate::currentDate(), true});
    for (const EvidenceIssue &issue : issues)
        m_evidenceIssues[issue.itemId].append(issue);
}

QModelIndex ChecklistModel::indexForItem(const QString &itemId, int column) const
{
    if (!m_snapshot.index)
        return QModelIndex();
    const IndexItem *item = m_snapshot.index->item(itemId);
    if (!item)
        return QModelIndex();
    const QList<Group> &groups = m_snapshot.index->groups;
    for (int g = 0; g < groups.size(); ++g) {
        for (int c = 0; c < groups.at(g).criteria.size(); ++c) {
            const Criterion &criterion = groups.at(g).criteria.at(c);
            for (int i = 0; i < criterion.items.size(); ++i) {
                if (criterion.items.at(i).id != itemId)
                    continue;
                if (isSingleItemCriterion(criterion))
                    return createIndex(c, column, encode({NodeKind::Criterion, g, c, -1}));
                return createIndex(i, column, encode({NodeKind::Item, g, c, i}));
            }
        }
    }
    return QModelIndex();
}

quintptr ChecklistModel::encode(const Node &node)
{
    return quintptr(node.kind) | (quintptr(node.group + 1) << 2) | (quintptr(node.criterion + 1) << (2 + kFieldBits))
           | (quintptr(node.item + 1) << (2 + 2 * kFieldBits));
}

ChecklistModel::Node ChecklistModel::decode(quintptr id)
{
    Node node;
    node.kind = NodeKind(id & 3);
    node.group = int((id >> 2) & kFieldMask) - 1;
    node.criterion = int((id >> (2 + kFieldBits)) & kFieldMask) - 1;
    node.item = int((id >> (2 + 2 * kFieldBits)) & kFieldMask) - 1;
    return node;
}

bool ChecklistModel::isSingleItemCriterion(const Criterion &criterion) const
{
    return criterion.items.size() == 1 && criterion.items.constFirst().id == criterion.id;
}

const IndexItem *ChecklistModel::answerItem(const Node &node) const
{
    const Group &group = m_snapshot.index->groups.at(node.group);
    if (node.kind == NodeKind::Item)
        return &group.criteria.at(node.criterion).items.at(node.item);
    if (node.kind == NodeKind::Criterion && isSingleItemCriterion(group.criteria.at(node.criterion)))
        return &group.criteria.at(node.criterion).items.constFirst();
    return nullptr;
}

ChecklistModel::Node ChecklistModel::nodeOf(const QModelIndex &index) const
{
    return decode(index.internalId());
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_snapshot.index || row < 0 || column < 0 || column >= ColumnCount || row >= rowCount(parent))
        return QModelIndex();
    if (!parent.isValid())
        return createIndex(row, column, encode({NodeKind::Group, row, -1, -1}));
    const Node up = nodeOf(parent);
    if (up.kind == NodeKind::Group)
        return createIndex(row, column, encode({NodeKind::Criterion, up.group, row, -1}));
    return createIndex(row, column, encode({NodeKind::Item, up.group, up.criterion, row}));
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return QModelIndex();
    const Node node = nodeOf(child);
    switch (node.kind) {
    case NodeKind::Group:
        return QModelIndex();
    case NodeKind::Criterion:
        return createIndex(node.group, 0, encode({NodeKind::Group, node.group, -1, -1}));
    case NodeKind::Item:
        return createIndex(node.criterion, 0, encode({NodeKind::Criterion, node.group, node.criterion, -1}));
    }
    return QModelIndex();
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!m_snapshot.index)
        return 0;
    if (!parent.isValid())
        return int(m_snapshot.index->groups.size());
    if (parent.column() != 0)
        return 0;
    const Node node = nodeOf(parent);
    if (node.kind == NodeKind::Group)
        return int(m_snapshot.index->groups.at(node.group).criteria.size());
    if (node.kind == NodeKind::Criterion) {
        const Criterion &criterion = m_snapshot.index->groups.at(node.group).criteria.at(node.criterion);
        return isSingleItemCriterion(criterion) ? 0 : int(criterion.items.size());
    }
    return 0;
}

int ChecklistModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TextColumn:
        return tr("Tiêu chí");
    case AnswerColumn:
        return tr("Trả lời");
    case PointsColumn:
        return tr("Điểm");
    case MaxColumn:
        return tr("Tối đa");
    case LevelColumn:
        return tr("Mức độ");
    case EvidenceColumn:
        return tr("Minh chứng");
    default:
        return QVariant();
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_snapshot.index)
        return QVariant();
    const Node node = nodeOf(index);
    if (role == NodeKindRole)
        return int(node.kind);
    if (node.kind == NodeKind::Group)
        return groupData(node, index.column(), role);
    if (const IndexItem *item = answerItem(node); item && node.kind == NodeKind::Item)
        return itemData(*item, index.column(), role);
    return criterionData(node, index.column(), role);
}

QVariant ChecklistModel::groupData(const Node &node, int column, int role) const
{
    const Group &group = m_snapshot.index->groups.at(node.group);
    const GroupScore *score = m_snapshot.report.group(group.id);
    if (role == NodeIdRole)
        return group.id;
    if (role == Qt::FontRole && column == TextColumn) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && score)
        return score->explanation;
    if (role != Qt::DisplayRole || !score)
        return QVariant();
    switch (column) {
    case TextColumn:
        return tr("%1. %2 (%3/%4 mục đã trả lời)").arg(group.id, group.title).arg(score->answered).arg(score->total);
    case PointsColumn:
        return Points::format(score->points);
    case MaxColumn:
        return Points::format(score->max);
    case LevelColumn:
        return score->capped ? tr("%1 (theo điểm: %2)")
                                   .arg(levelText(*m_snapshot.index, score->level),
                                        levelText(*m_snapshot.index, score->uncappedLevel))
                             : levelText(*m_snapshot.index, score->level);
    default:
        return QVariant();
    }
}

QVariant ChecklistModel::criterionData(const Node &node, int column, int role) const
{
    const Criterion &criterion = m_snapshot.index->groups.at(node.group).criteria.at(node.criterion);
    const CriterionScore *score = m_snapshot.report.criterion(criterion.id);
    const IndexItem *single = answerItem(node);
    if (role == NodeIdRole)
        return criterion.id;
    if (role == MandatoryRole)
        return criterion.mandatory;
    if (single && (column == AnswerColumn || column == EvidenceColumn || role == ItemIdRole || role == InputTypeRole
                   || role == FactValueRole || role == AdjustedRole || role == EvidenceMissingRole))
        return itemData(*single, column, role);
    if (single && column == PointsColumn) {
        // The criterion's points are its item's: show the manual adjustment the same way.
        if (const QVariant value = pointsData(*single, role); value.isValid())
            return value;
    }
    if (role == Qt::FontRole && (criterion.mandatory || column == TextColumn)) {
        QFont font;
        font.setBold(criterion.mandatory);
        return font;
    }
    if (role == Qt::ForegroundRole && criterion.mandatory && score && !score->met)
        return QBrush(kMandatoryColour);
    if (role == Qt::ToolTipRole) {
        const QString details = single ? itemToolTip(*single) : (score ? score->explanation : QString());
        return column == TextColumn ? tr("%1 %2\n%3").arg(criterion.id, criterion.text, details) : details;
    }
    if (role != Qt::DisplayRole || !score)
        return QVariant();
    switch (column) {
    case TextColumn:
        return criterion.mandatory ? tr("%1 [Điều kiện bắt buộc] %2").arg(criterion.id, criterion.text)
                                   : tr("%1 %2").arg(criterion.id, criterion.text);
    case PointsColumn:
        return criterion.mandatory ? QVariant() : Points::format(score->points);
    case MaxColumn:
        return criterion.mandatory ? QVariant() : Points::format(score->max);
    case LevelColumn:
        if (criterion.mandatory)
            return score->met ? tr("Đạt") : tr("Không đạt");
        return levelText(*m_snapshot.index, score->level);
    default:
        return QVariant();
    }
}

QVariant ChecklistModel::itemData(const IndexItem &item, int column, int role) const
{
    const ItemScore *score = m_snapshot.report.item(item.id);
    switch (role) {
    case ItemIdRole:
    case NodeIdRole:
        return item.id;
    case InputTypeRole:
        return int(item.input);
    case MandatoryRole:
        return item.mandatory;
    case FactValueRole:
        return QVariant::fromValue(score && (score->answered || score->invalid) ? score->fact.value
                                                                                 : QJsonValue(QJsonValue::Null));
    case AdjustedRole:
        return score && score->adjusted;
    case EvidenceMissingRole:
        return evidenceData(item.id, role);
    case Qt::ToolTipRole:
        if (column == EvidenceColumn)
            return evidenceData(item.id, role);
        if (column == PointsColumn && score && score->adjusted)
            return pointsData(item, role);
        if (column == TextColumn)  // the wording is elided in a narrow column
            return tr("%1 %2\n%3").arg(item.id, item.lead.isEmpty() ? item.text : item.lead + QLatin1Char(' ') + item.text,
                                        itemToolTip(item));
        return itemToolTip(item);
    case Qt::ForegroundRole:
        if (column == EvidenceColumn)
            return evidenceData(item.id, role);
        if (column == PointsColumn && score && score->adjusted)
            return pointsData(item, role);
        if (column == AnswerColumn && score && !score->answered)
            return QBrush(kMutedColour);
        if (column == AnswerColumn && score && score->fact.source == FactSource::Derived)
            return QBrush(kDerivedColour);
        if (column == PointsColumn && score && !score->counted)
            return QBrush(kMutedColour);
        return QVariant();
    case Qt::FontRole:
        if (column == PointsColumn && score && score->adjusted)
            return pointsData(item, role);
        if (column == EvidenceColumn)
            return evidenceData(item.id, role);
        if (column == AnswerColumn && score && !score->answered) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return QVariant();
    }
    switch (column) {
    case TextColumn: {
        const QString text = item.lead.isEmpty() ? item.text : item.lead + QLatin1Char(' ') + item.text;
        return tr("%1 %2").arg(item.id, text);
    }
    case AnswerColumn:
        return answerText(item);
    case PointsColumn:
        if (!score || item.mandatory)
            return QVariant();
        return score->adjusted ? pointsData(item, role) : Points::format(score->points);
    case MaxColumn:
        return item.mandatory ? QVariant() : QVariant(Points::format(item.max));
    case EvidenceColumn:
        return evidenceData(item.id, role);
    default:
        return QVariant();
    }
}

QVariant ChecklistModel::pointsData(const IndexItem &item, int role) const
{
    const ItemScore *score = m_snapshot.report.item(item.id);
    if (!score || !score->adjusted)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 ✎").arg(Points::format(score->points));
    case Qt::FontRole: {
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::ForegroundRole:
        return QBrush(kAdjustedColour);
    case Qt::ToolTipRole:
        return tr("Điều chỉnh thủ công: %1 → %2 điểm, lý do: %3 (người điều chỉnh: %4)")
            .arg(Points::format(score->rulePoints), Points::format(score->points), score->adjustment.reason.trimmed(),
                 score->adjustment.by.trimmed().isEmpty() ? tr("không ghi") : score->adjustment.by.trimmed());
    default:
        return QVariant();
    }
}

QVariant ChecklistModel::answerText(const IndexItem &item) const
{
    const ItemScore *score = m_snapshot.report.item(item.id);
    if (!score || (!score->answered && !score->invalid))
        return tr("chưa trả lời");
    if (score->invalid)
        return tr("không hợp lệ");
    QString text = ItemRules::describe(item, score->fact.value);
    if (item.input == InputType::YesNo)
        text = ItemRules::isYes(score->fact.value) ? tr("Có") : tr("Không");
    if (score->fact.source == FactSource::Derived)
        text += tr(" (kiểm kê)");
    else if (score->fact.source == FactSource::Overridden)
        text += tr(" (ghi đè kiểm kê)");
    return text;
}

QVariant ChecklistModel::evidenceData(const QString &itemId, int role) const
{
    const int count = int(m_snapshot.evidence.value(itemId).size());
    const QList<EvidenceIssue> issues = m_evidenceIssues.value(itemId);
    bool missing = false;
    for (const EvidenceIssue &issue : issues)
        missing = missing || issue.problem == EvidenceProblem::MissingEvidence;
    switch (role) {
    case EvidenceMissingRole:
        return missing;
    case Qt::DisplayRole:
        if (missing)
            return tr("⚠ thiếu");
        if (count == 0)
            return QString();
        return issues.isEmpty() ? QString::number(count) : tr("%1 ⚠").arg(count);
    case Qt::ForegroundRole:
        if (missing)
            return QBrush(kMandatoryColour);
        return issues.isEmpty() ? QVariant() : QVariant(QBrush(kWarningColour));
    case Qt::FontRole:
        if (missing) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const EvidenceIssue &issue : issues)
            lines << issue.message;
        if (lines.isEmpty() && count > 0)
            return tr("%1 minh chứng").arg(count);
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return QVariant();
    }
}

QString ChecklistModel::itemToolTip(const IndexItem &item) const
{
    QStringList lines;
    if (const ItemScore *score = m_snapshot.report.item(item.id)) {
        lines << score->explanation;
        if (score->answered && !score->fact.provenance.isEmpty())
            lines << tr("Nguồn: %1").arg(score->fact.provenance);
        if (score->answered && score->fact.source == FactSource::Overridden)
            lines << tr("Giá trị từ kiểm kê bị ghi đè: %1 (%2)")
                         .arg(ItemRules::describe(item, score->fact.derivedValue), score->fact.derivedProvenance);
        if (score->adjusted)
            lines << pointsData(item, Qt::ToolTipRole).toString();
    }
    if (!item.guidance.isEmpty())
        lines << tr("Cách đạt: %1").arg(item.guidance);
    if (item.check.unverified)
        lines << tr("Cách hiểu của SchoolDX: %1").arg(item.check.note);
    return lines.join(QLatin1Char('\n'));
}

void ChecklistModel::emitScoresChanged()
{
    // Every points and level cell may change with one answer: refresh them level by level.
    const int groups = rowCount();
    if (groups == 0)
        return;
    emit dataChanged(index(0, 0), index(groups - 1, ColumnCount - 1));
    for (int g = 0; g < groups; ++g) {
        const QModelIndex group = index(g, 0);
        const int criteria = rowCount(group);
        if (criteria == 0)
            continue;
        emit dataChanged(index(0, 0, group), index(criteria - 1, ColumnCount - 1, group));
        for (int c = 0; c < criteria; ++c) {
            const QModelIndex criterion = index(c, 0, group);
            const int items = rowCount(criterion);
            if (items > 0)
                emit dataChanged(index(0, 0, criterion), index(items - 1, ColumnCount - 1, criterion));
        }
    }
    emit scoresChanged();
}

} // namespace sdx
