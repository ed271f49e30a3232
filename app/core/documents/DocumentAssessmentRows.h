#pragma once

#include "DocumentInput.h"
#include "index/Evidence.h"

namespace sdx {

class IndexDefinition;
struct ScoreReport;

/**
 * The self-assessment as the documents print it (seed 002's table "Đơn vị tự đánh giá"): one row
 * per group, criterion and item with the official wording, maxima, scales and thresholds of the
 * index version, the school's points and levels from the score report, and its evidence; the
 * two group results with the level each aims at; and the actions that would lift a group.
 */
namespace DocumentAssessmentRows {

AssessmentSummary summarize(const IndexDefinition &index, const ScoreReport &report, const EvidenceMap &evidence);

/// "Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo".
QString indexCitation(const IndexDefinition &index);
/// One line of evidence: a document by its reference, a link with its title, a file by its title.
QString evidenceText(const QList<EvidenceEntry> &entries);

} // namespace DocumentAssessmentRows
} // namespace sdx
