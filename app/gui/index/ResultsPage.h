#pragma once

#include <QWidget>

#include <memory>

class QChartView;
class QLabel;
class QLayout;

namespace Ui {
class ResultsPage;
}

namespace sdx {

class ImprovementModel;
class SchoolSession;
class YearComparisonModel;
struct ScoreReport;
struct AssessmentSnapshot;
struct GroupScore;

/**
 * "Kết quả": both groups' totals and levels (capped and uncapped, with the reason), a bar chart per
 * criterion, the improvements cheapest first with what lifts each group, and last year beside this
 * year when the school has an earlier year.
 */
class ResultsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPage(SchoolSession *session, QWidget *parent = nullptr);
    ~ResultsPage() override;

    ImprovementModel *improvementModel() const { return m_improvements; }
    YearComparisonModel *comparisonModel() const { return m_comparison; }
    QChartView *chartView() const { return m_chartView; }

public slots:
    void reload();

private:
    void showGroups(const AssessmentSnapshot &snapshot);
    void showLifts();
    /// The group's manually lowered items, or nullptr when there is none.
    QLabel *adjustmentsLabel(const GroupScore &group, QWidget *parent);
    void clearGroups();
    /// The year before the current one, scored; false when there is none.
    bool previousYear(ScoreReport *report, QString *name) const;

    std::unique_ptr<Ui::ResultsPage> m_ui;
    SchoolSession *m_session = nullptr;
    ImprovementModel *m_improvements = nullptr;
    YearComparisonModel *m_comparison = nullptr;
    QChartView *m_chartView = nullptr;
};

} // namespace sdx
