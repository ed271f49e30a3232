#include "ResultsPage.h"

#include "CriterionChart.h"
#include "ImprovementModel.h"
#include "YearComparisonModel.h"
#include "index/Assessment.h"
#include "index/Improvements.h"
#include "index/Points.h"
#include "school/SchoolSession.h"
#include "ui_resultspage.h"

#include <QChartView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace sdx {

ResultsPage::ResultsPage(SchoolSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ResultsPage>())
    , m_session(session)
    , m_improvements(new ImprovementModel(this))
    , m_comparison(new YearComparisonModel(this))
    , m_chartView(new QChartView(this))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: bold;"));
    m_chartView->setObjectName(QStringLiteral("criterionChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(300);
    m_ui->chartLayout->addWidget(m_chartView);
    m_ui->improvementsView->setModel(m_improvements);
    m_ui->improvementsView->verticalHeader()->hide();
    // Fixed widths that wrap: sized to their contents, the gain columns would leave no room for the action.
    QHeaderView *header = m_ui->improvementsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ImprovementModel::ActionColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(50);
    m_ui->improvementsView->setColumnWidth(ImprovementModel::ItemColumn, 60);
    m_ui->improvementsView->setColumnWidth(ImprovementModel::CostColumn, 170);
    m_ui->improvementsView->setColumnWidth(ImprovementModel::NextColumn, 200);
    m_ui->improvementsView->setColumnWidth(ImprovementModel::FullColumn, 200);
    m_ui->improvementsView->setColumnWidth(ImprovementModel::GroupAfterColumn, 190);
    m_ui->improvementsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->comparisonView->setModel(m_comparison);
    m_ui->comparisonView->verticalHeader()->hide();
    m_ui->comparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->comparisonView->horizontalHeader()->setSectionResizeMode(YearComparisonModel::CriterionColumn,
                                                                   QHeaderView::Stretch);
    m_ui->liftsLabel->setStyleSheet(QStringLiteral("background: #eef4fb; padding: 6px;"));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 4);
    m_ui->splitter->setStretchFactor(2, 2);
    if (m_session) {
        connect(m_session, &SchoolSession::currentYearChanged, this, &ResultsPage::reload);
        connect(m_session, &SchoolSession::yearDataChanged, this, &ResultsPage::reload);
    }
    reload();
}

ResultsPage::~ResultsPage() = default;

void ResultsPage::reload()
{
    clearGroups();
    if (!m_session || m_session->currentYear().id <= 0) {
        m_ui->titleLabel->setText(tr("Chưa có năm học để xem kết quả."));
        m_improvements->setPlan(nullptr, ImprovementPlan());
        return;
    }
    const Expected<AssessmentSnapshot> snapshot = Assessment(m_session->database()).load(m_session->currentYear().id);
    if (!snapshot) {
        m_ui->titleLabel->setText(snapshot.message());
        return;
    }
    const QString yearName = m_session->currentYear().displayName();
    m_ui->titleLabel->setText(tr("Kết quả tự đánh giá năm học %1 theo %2")
                                  .arg(yearName, snapshot->index->decision.isEmpty() ? snapshot->index->displayName()
                                                                                     : snapshot->index->decision));
    showGroups(*snapshot);
    ScoreReport before;
    QString beforeName;
    const bool hasPrevious = previousYear(&before, &beforeName);
    m_chartView->setChart(CriterionChart::create(*snapshot->index, snapshot->report, yearName,
                                                 hasPrevious ? &before : nullptr, beforeName));
    const ImprovementPlan plan = planImprovements(*snapshot->index, snapshot->report);
    m_improvements->setPlan(snapshot->index, plan);
    showLifts();
    m_comparison->setReports(*snapshot->index, snapshot->report, yearName,
                             hasPrevious ? std::optional<ScoreReport>(before) : std::nullopt, beforeName);
    m_ui->comparisonHost->setVisible(hasPrevious);
}

void ResultsPage::clearGroups()
{
    while (QLayoutItem *item = m_ui->groupSummaryLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void ResultsPage::showGroups(const AssessmentSnapshot &snapshot)
{
    const IndexDefinition &index = *snapshot.index;
    for (const GroupScore &group : snapshot.report.groups) {
        auto *box = new QGroupBox(tr("Nhóm %1. %2").arg(group.id, group.title), this);
        box->setObjectName(QStringLiteral("groupSummary%1").arg(group.id));
        auto *layout = new QVBoxLayout(box);
        auto *total = new QLabel(tr("<span style=\"font-size:20pt; font-weight:bold\">%1</span>/%2 điểm")
                                     .arg(Points::format(group.points), Points::format(group.max)),
                                 box);
        total->setObjectName(QStringLiteral("groupTotal%1").arg(group.id));
        auto *level = new QLabel(tr("<b>%1</b>").arg(index.levelName(group.level)), box);
        level->setObjectName(QStringLiteral("groupLevel%1").arg(group.id));
        layout->addWidget(total);
        layout->addWidget(level);
        if (group.capped || !group.mandatoryMet) {
            auto *cap = new QLabel(box);
            cap->setObjectName(QStringLiteral("groupCap%1").arg(group.id));
            cap->setWordWrap(true);
            cap->setStyleSheet(QStringLiteral("color: #a01c1c;"));
            cap->setText(group.capped ? tr("Theo điểm đạt %1, nhưng chưa đạt điều kiện bắt buộc %2 nên xếp %3.")
                                            .arg(index.levelShortName(group.uncappedLevel),
                                                 group.unmetMandatory.join(QStringLiteral(", ")),
                                                 index.levelShortName(group.level))
                                      : tr("Chưa đạt điều kiện bắt buộc %1.")
                                            .arg(group.unmetMandatory.join(QStringLiteral(", "))));
            layout->addWidget(cap);
        }
        auto *answered = new QLabel(tr("%1/%2 mục đã trả lời").arg(group.answered).arg(group.total), box);
        layout->addWidget(answered);
        if (QLabel *adjusted = adjustmentsLabel(group, box))
            layout->addWidget(adjusted);
        layout->addStretch();  // the lines stay together at the top when the other group's box is taller
        m_ui->groupSummaryLayout->addWidget(box);
    }
}

QLabel *ResultsPage::adjustmentsLabel(const GroupScore &group, QWidget *parent)
{
    // A reviewer must see at once which points were lowered by hand, and why.
    QStringList lines;
    for (const CriterionScore &criterion : group.criteria) {
        for (const ItemScore &item : criterion.items) {
            if (!item.adjusted)
                continue;
            lines << tr("<i>%1: %2 → %3 điểm</i> (lý do: %4; người điều chỉnh: %5)")
                         .arg(item.id, Points::format(item.rulePoints), Points::format(item.points),
                              item.adjustment.reason.trimmed().toHtmlEscaped(),
                              (item.adjustment.by.trimmed().isEmpty() ? tr("không ghi") : item.adjustment.by.trimmed())
                                  .toHtmlEscaped());
        }
    }
    if (lines.isEmpty())
        return nullptr;
    auto *label = new QLabel(tr("Điểm điều chỉnh thủ công (thấp hơn mức tối đa):<br>%1").arg(lines.join(QStringLiteral("<br>"))),
                             parent);
    label->setObjectName(QStringLiteral("groupAdjusted%1").arg(group.id));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #6a3d9a;"));
    return label;
}

void ResultsPage::showLifts()
{
    QStringList lines;
    for (const LevelLift &lift : m_improvements->plan().lifts)
        lines << lift.text.toHtmlEscaped();
    m_ui->liftsLabel->setText(lines.join(QStringLiteral("<br>")));
    m_ui->liftsLabel->setVisible(!lines.isEmpty());
}

bool ResultsPage::previousYear(ScoreReport *report, QString *name) const
{
    const SchoolYear &current = m_session->currentYear();
    const SchoolYear *previous = nullptr;
    for (const SchoolYear &year : m_session->years()) {
        if (year.startYear < current.startYear && (!previous || year.startYear > previous->startYear))
            previous = &year;
    }
    if (!previous)
        return false;
    const Expected<AssessmentSnapshot> snapshot = Assessment(m_session->database()).load(previous->id);
    if (!snapshot)
        return false;
    *report = snapshot->report;
    *name = previous->displayName();
    return true;
}

} // namespace sdx
