#pragma once

#include "index/IndexDefinition.h"
#include "index/ScoreReport.h"

class QChart;

namespace sdx {

/// The results page's bar chart: points against the maximum for each scored criterion.
class CriterionChart final
{
public:
    /// A new chart (the caller, usually a QChartView, owns it); `previous` adds last year's bars.
    static QChart *create(const IndexDefinition &index, const ScoreReport &current, const QString &currentName,
                          const ScoreReport *previous, const QString &previousName);
};

} // namespace sdx
