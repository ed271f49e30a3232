#include "SummaryCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QValueAxis>

namespace sdx::gui {
namespace {

QChartView *makeView(QWidget *parent)
{
    auto *view = new QChartView(new QChart(), parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(380, 300);
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QChart *levelChartFor(const ReceivedSummary &summary)
{
    auto *chart = new QChart();
    chart->setTitle(SummaryCharts::tr("Số trường ở mỗi mức, theo nhóm tiêu chí"));
    auto *series = new QBarSeries();
    const QColor colours[] = {QColor(0xd9, 0x53, 0x4f), QColor(0xf0, 0xad, 0x4e), QColor(0x5c, 0xb8, 0x5c)};
    QStringList categories;
    int highest = 1;
    for (int level = 1; level <= 3; ++level) {
        auto *set = new QBarSet(SummaryCharts::tr("Mức %1").arg(level));
        set->setColor(colours[level - 1]);
        for (const GroupLevelCount &count : summary.levelCounts) {
            *set << count.counts[level];
            highest = qMax(highest, count.counts[level]);
        }
        series->append(set);
    }
    for (const GroupLevelCount &count : summary.levelCounts)
        categories << SummaryCharts::tr("Nhóm %1").arg(count.groupId);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis();
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis();
    axisY->setRange(0, highest);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTitleText(SummaryCharts::tr("Số trường"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *averageChartFor(const ReceivedSummary &summary)
{
    auto *chart = new QChart();
    chart->setTitle(SummaryCharts::tr("Điểm trung bình mỗi tiêu chí (% điểm tối đa)"));
    // Stacked: each criterion has one of the two values, so its bar stays centred on its label.
    auto *series = new QStackedBarSeries();
    auto *set = new QBarSet(SummaryCharts::tr("Điểm trung bình / tối đa"));
    auto *mandatory = new QBarSet(SummaryCharts::tr("Điều kiện bắt buộc: tỷ lệ trường đạt"));
    set->setColor(QColor(0x33, 0x7a, 0xb7));
    mandatory->setColor(QColor(0x99, 0x99, 0x99));
    QStringList categories;
    for (const CriterionAverage &average : summary.criterionAverages) {
        categories << average.criterionId;
        const double share = average.mandatory ? average.average : (average.max > 0 ? average.average / average.max : 0);
        *set << (average.mandatory ? 0 : 100 * share);
        *mandatory << (average.mandatory ? 100 * share : 0);
    }
    series->append(mandatory);
    series->append(set);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis();
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis();
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

SummaryCharts::SummaryCharts(QWidget *parent)
    : QWidget(parent)
    , m_levels(makeView(this))
    , m_averages(makeView(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_levels, 2);
    layout->addWidget(m_averages, 3);
}

void SummaryCharts::setSummary(const ReceivedSummary &summary)
{
    replaceChart(m_levels, levelChartFor(summary));
    replaceChart(m_averages, averageChartFor(summary));
}

} // namespace sdx::gui
