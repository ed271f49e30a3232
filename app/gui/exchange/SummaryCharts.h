#pragma once

#include "exchange/ReceivedSummary.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace sdx::gui {

/// The two charts of a summary: schools at each level per group, and each criterion's average as a
/// share of its maximum (mandatory conditions: the share of schools meeting them).
class SummaryCharts final : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryCharts(QWidget *parent = nullptr);

    void setSummary(const ReceivedSummary &summary);
    QChartView *levelChart() const { return m_levels; }
    QChartView *averageChart() const { return m_averages; }

private:
    QChartView *m_levels;
    QChartView *m_averages;
};

} // namespace sdx::gui
