#include "ChecklistPage.h"

#include "ChecklistItemPanel.h"
#include "ChecklistModel.h"
#include "EvidenceModel.h"
#include "EvidencePanel.h"
#include "index/Assessment.h"
#include "index/AssessmentRepository.h"
#include "index/EvidenceChecker.h"
#include "index/Points.h"
#include "school/SchoolSession.h"
#include "ui_checklistpage.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace sdx {
namespace {

QString systemUserName()
{
    const QString name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? qEnvironmentVariable("USER") : name;
}

} // namespace

ChecklistPage::ChecklistPage(SchoolSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChecklistPage>())
    , m_session(session)
    , m_model(new ChecklistModel(this))
    , m_panel(new ChecklistItemPanel(this))
    , m_userName(systemUserName())
{
    m_ui->setupUi(this);
    m_model->setUserName(m_userName);
    m_panel->setUserName(m_userName);
    m_ui->panelLayout->addWidget(m_panel);
    m_ui->titleLabel->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: bold;"));
    QTreeView *tree = m_ui->checklistTree;
    tree->setModel(m_model);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(ChecklistModel::TextColumn, QHeaderView::Stretch);
    for (int column = ChecklistModel::AnswerColumn; column < ChecklistModel::ColumnCount; ++column)
        tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({780, 520});
    connect(tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChecklistPage::onCurrentChanged);
    connect(m_panel, &ChecklistItemPanel::answerChanged, m_model,
            [this](const QString &itemId, const QJsonValue &value) {
                if (!m_model->setAnswer(itemId, value))
                    showStatus(tr("Mục %1: giá trị không hợp lệ, chưa lưu.").arg(itemId), true);
                else if (value.isNull())
                    m_panel->reloadAnswer(m_model->snapshot());  // the derived value, or an empty editor
            });
    connect(m_model, &ChecklistModel::answerEdited, this, &ChecklistPage::storeAnswer);
    connect(m_panel, &ChecklistItemPanel::adjustmentRequested, this,
            [this](const QString &itemId, double points, const QString &reason, const QString &by) {
                adjustItem(itemId, Adjustment{points, reason, by});
            });
    connect(m_panel, &ChecklistItemPanel::adjustmentCleared, this,
            [this](const QString &itemId) { clearAdjustment(itemId); });
    connect(m_model, &ChecklistModel::scoresChanged, this, [this]() {
        updateProgress();
        m_panel->refresh(m_model->snapshot());
        updateEvidenceIssues();
    });
    connect(m_panel->evidencePanel(), &EvidencePanel::entriesEdited, this, &ChecklistPage::storeEvidence);
    connect(m_panel->evidencePanel(), &EvidencePanel::linkChecked, this, &ChecklistPage::storeLinkCheck);
    if (m_session) {
        connect(m_session, &SchoolSession::currentYearChanged, this, &ChecklistPage::reload);
        connect(m_session, &SchoolSession::yearDataChanged, this, &ChecklistPage::reload);
    }
    reload();
}

ChecklistPage::~ChecklistPage() = default;

void ChecklistPage::setUserName(const QString &name)
{
    m_userName = name;
    m_model->setUserName(name);
    m_panel->setUserName(name);
}

Status ChecklistPage::adjustItem(const QString &itemId, const Adjustment &adjustment)
{
    if (!m_session || m_session->currentYear().id <= 0)
        return Status::failure(tr("Chưa có năm học."));
    Adjustment stored = adjustment;
    if (stored.by.trimmed().isEmpty())
        stored.by = m_userName;
    const Status status = Assessment(m_session->database()).setAdjustment(m_session->currentYear().id, itemId, stored);
    if (!status) {
        if (m_panel->itemId() == itemId)
            m_panel->showAdjustmentMessage(status.message(), true);
        showStatus(status.message(), true);
        return status;
    }
    m_model->setAdjustment(itemId, stored);
    if (m_panel->itemId() == itemId)
        m_panel->loadAdjustment(m_model->snapshot());
    m_panel->showAdjustmentMessage(tr("Đã lưu điều chỉnh."), false);
    showStatus(QString(), false);
    return status;
}

Status ChecklistPage::clearAdjustment(const QString &itemId)
{
    if (!m_session || m_session->currentYear().id <= 0)
        return Status::failure(tr("Chưa có năm học."));
    const Status status = Assessment(m_session->database()).clearAdjustment(m_session->currentYear().id, itemId);
    if (!status) {
        showStatus(status.message(), true);
        return status;
    }
    m_model->clearAdjustment(itemId);
    if (m_panel->itemId() == itemId)
        m_panel->loadAdjustment(m_model->snapshot());
    m_panel->showAdjustmentMessage(tr("Đã bỏ điều chỉnh: mục được tính theo quy tắc."), false);
    showStatus(QString(), false);
    return status;
}

void ChecklistPage::reload()
{
    const QString selected = m_panel->itemId();
    if (!m_session || m_session->currentYear().id <= 0) {
        m_model->setAssessment(AssessmentSnapshot());
        m_ui->titleLabel->setText(tr("Chưa có năm học: hãy tạo năm học trước khi tự đánh giá."));
        return;
    }
    const Expected<AssessmentSnapshot> snapshot = Assessment(m_session->database()).load(m_session->currentYear().id);
    if (!snapshot) {
        m_model->setAssessment(AssessmentSnapshot());
        showStatus(snapshot.message(), true);
        return;
    }
    m_model->setAssessment(*snapshot);
    m_ui->titleLabel->setText(tr("Tự đánh giá theo %1 — năm học %2")
                                  .arg(snapshot->index->decision.isEmpty() ? snapshot->index->displayName()
                                                                           : snapshot->index->decision,
                                       m_session->currentYear().displayName()));
    m_ui->checklistTree->expandAll();
    if (!selected.isEmpty())
        selectItem(selected);
}

void ChecklistPage::selectItem(const QString &itemId)
{
    const QModelIndex index = m_model->indexForItem(itemId);
    if (!index.isValid())
        return;
    m_ui->checklistTree->setCurrentIndex(index);
    m_ui->checklistTree->scrollTo(index);
}

void ChecklistPage::onCurrentChanged(const QModelIndex &current)
{
    const QString itemId = current.data(ChecklistModel::ItemIdRole).toString();
    if (!itemId.isEmpty()) {
        m_panel->showItem(m_model->snapshot(), itemId);
    } else {
        const auto kind = ChecklistModel::NodeKind(current.data(ChecklistModel::NodeKindRole).toInt());
        m_panel->showNode(m_model->snapshot(), current.data(ChecklistModel::NodeIdRole).toString(),
                          kind == ChecklistModel::NodeKind::Group);
    }
    updateEvidenceIssues();
}

void ChecklistPage::storeAnswer(const QString &itemId, const QJsonValue &value)
{
    if (!m_session)
        return;
    const Status status = Assessment(m_session->database()).setAnswer(m_session->currentYear().id, itemId, value, m_userName);
    if (!status) {
        showStatus(status.message(), true);
        reload();
        return;
    }
    showStatus(QString(), false);
}

void ChecklistPage::storeEvidence(const QString &itemId, const QList<EvidenceEntry> &entries)
{
    if (!m_session)
        return;
    AssessmentRepository repository(m_session->database());
    const qint64 yearId = m_session->currentYear().id;
    if (const Status status = repository.replaceEvidence(yearId, itemId, entries); !status) {
        showStatus(status.message(), true);
        return;
    }
    // The stored rows have new ids: the link check records its result against them.
    const Expected<EvidenceMap> stored = repository.loadEvidence(yearId);
    if (!stored) {
        showStatus(stored.message(), true);
        return;
    }
    const QList<EvidenceEntry> saved = stored->value(itemId);
    m_panel->evidencePanel()->model()->adoptStoredIds(saved);
    m_model->setEvidence(itemId, saved);
    updateEvidenceIssues();
    showStatus(QString(), false);
}

void ChecklistPage::storeLinkCheck(const LinkCheckResult &result)
{
    if (!m_session || result.entryId <= 0)
        return;
    const Status status = AssessmentRepository(m_session->database()).recordLinkCheck(result.entryId, result.checkedOn,
                                                                                       result.message);
    if (!status)
        showStatus(status.message(), true);
    m_model->setEvidence(result.itemId, m_panel->evidencePanel()->model()->entries());
}

void ChecklistPage::updateProgress()
{
    const ScoreReport &report = m_model->report();
    while (m_progress.size() < report.groups.size()) {
        auto *box = new QVBoxLayout();
        GroupProgress progress{new QLabel(this), new QProgressBar(this)};
        progress.label->setWordWrap(true);
        progress.bar->setObjectName(QStringLiteral("groupProgress%1").arg(m_progress.size() + 1));
        box->addWidget(progress.label);
        box->addWidget(progress.bar);
        m_ui->groupProgressLayout->addLayout(box);
        m_progress.append(progress);
    }
    for (int i = 0; i < m_progress.size(); ++i) {
        const bool shown = i < report.groups.size();
        m_progress.at(i).label->setVisible(shown);
        m_progress.at(i).bar->setVisible(shown);
        if (!shown)
            continue;
        const GroupScore &group = report.groups.at(i);
        const IndexDefinition &index = *m_model->snapshot().index;
        QString text = tr("<b>Nhóm %1. %2</b>: %3/%4 điểm, %5")
                           .arg(group.id, group.title, Points::format(group.points), Points::format(group.max),
                                index.levelShortName(group.level));
        if (group.capped)
            text += tr(" <span style=\"color:#a01c1c\">(theo điểm: %1; chưa đạt điều kiện bắt buộc %2)</span>")
                        .arg(index.levelShortName(group.uncappedLevel), group.unmetMandatory.join(QStringLiteral(", ")));
        else if (!group.mandatoryMet)
            text += tr(" <span style=\"color:#a01c1c\">(chưa đạt điều kiện bắt buộc %1)</span>")
                        .arg(group.unmetMandatory.join(QStringLiteral(", ")));
        m_progress.at(i).label->setText(text);
        m_progress.at(i).bar->setMaximum(qMax(1, group.total));
        m_progress.at(i).bar->setValue(group.answered);
        m_progress.at(i).bar->setFormat(tr("%1/%2 mục đã trả lời").arg(group.answered).arg(group.total));
    }
}

void ChecklistPage::updateEvidenceIssues()
{
    const AssessmentSnapshot &snapshot = m_model->snapshot();
    const QString itemId = m_panel->itemId();
    if (!snapshot.index || itemId.isEmpty()) {
        m_panel->evidencePanel()->showIssues({});
        return;
    }
    m_panel->evidencePanel()->showIssues(m_model->evidenceIssues(itemId));
}

void ChecklistPage::showStatus(const QString &message, bool error)
{
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #a01c1c;") : QString());
}

} // namespace sdx
