#include "CriterionChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QValueAxis>

#include <cmath>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::CriterionChart)
};

QBarSet *barSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour.darker(120));
    set->setLabelColor(QColor(0x30, 0x30, 0x30));
    return set;
}

} // namespace

QChart *CriterionChart::create(const IndexDefinition &index, const ScoreReport &current, const QString &currentName,
                               const ScoreReport *previous, const QString &previousName)
{
    QStringList categories;
    QBarSet *maxima = barSet(Text::tr("Điểm tối đa"), QColor(0xc8, 0xd3, 0xe0));
    QBarSet *before = previous ? barSet(Text::tr("Năm học %1").arg(previousName), QColor(0xe0, 0xa8, 0x4c)) : nullptr;
    QBarSet *now = barSet(Text::tr("Năm học %1").arg(currentName), QColor(0x2a, 0x6f, 0xb5));
    double highest = 0;
    for (const Group &group : index.groups) {
        for (const Criterion &criterion : group.criteria) {
            const CriterionScore *score = current.criterion(criterion.id);
            if (criterion.mandatory || !score)
                continue;
            categories << criterion.id;
            maxima->append(criterion.max);
            now->append(score->points);
            if (before) {
                const CriterionScore *old = previous->criterion(criterion.id);
                before->append(old ? old->points : 0);
            }
            highest = qMax(highest, criterion.max);
        }
    }
    auto *series = new QBarSeries();
    series->append(maxima);
    if (before)
        series->append(before);
    series->append(now);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto *chart = new QChart();
    chart->addSeries(series);
    chart->setTitle(Text::tr("Điểm theo tiêu chí (so với điểm tối đa)"));
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *axisX = new QBarCategoryAxis();
    axisX->append(categories);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis();
    // Few round tick marks (0, 20, 40 …), with room above the tallest bar for its label.
    const int top = int(std::ceil((highest + 5) / 20.0)) * 20;
    axisY->setRange(0, top);
    axisY->setTickCount(top / 20 + 1);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTitleText(Text::tr("Điểm"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace sdx
