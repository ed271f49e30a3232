#pragma once

#include "exchange/ReceivedSummary.h"

#include <QString>

namespace sdx::gui {

/// The statistics of a summary as HTML for the "Thống kê" tab: levels per group, criterion
/// averages, what no school meets, the schools missing a mandatory condition, the indicators.
QString summaryStatisticsHtml(const ReceivedSummary &summary);

} // namespace sdx::gui
