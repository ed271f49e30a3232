#pragma once

#include "DocumentModel.h"
#include "exchange/ReceivedSummary.h"

namespace sdx {

/// The tables of the receiving authority's summary report, each fitting the 165 mm of a portrait A4.
namespace AuthoritySummaryTables {

/// "Nhóm tiêu chí | Mức độ 1 [Số trường, Tỷ lệ] | Mức độ 2 | Mức độ 3 | Điểm bình quân".
doc::Table levels(const ReceivedSummary &summary);
/// "STT | Cơ sở giáo dục | 1.1 … 1.7 | Tổng điểm | Mức độ" for one group: one table per group,
/// as the eleven criteria of both groups side by side would not fit a portrait page.
doc::Table schools(const ReceivedSummary &summary, const IndexOutline::Group &group);
/// "Tiêu chí | Nội dung | Điểm tối đa | Điểm bình quân | Số trường đạt" for one group (a table per
/// group, each under its own heading: a group title row could be left alone at the foot of a page).
doc::Table averages(const ReceivedSummary &summary, const IndexOutline::Group &group);
/// "STT | Chỉ số | Số lượng | Trên tổng số | Tỷ lệ | Số trường báo cáo" (seed 003, Phụ lục, rows 3–8).
doc::Table indicators(const ReceivedSummary &summary);

/// A criterion's wording without the ":" that leads into its items in the index.
QString criterionTitle(const QString &title);
/// The printed wording of an indicator (seed 003), whatever the interface language.
QString indicatorWording(const QString &key, const QString &fallback);

} // namespace AuthoritySummaryTables
} // namespace sdx
