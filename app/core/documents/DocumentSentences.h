#pragma once

#include <QString>
#include <QStringList>

namespace sdx {

struct GroupResult;
struct DocumentInventoryTotals;
struct DocumentInput;

/// The sentences the documents generate from the figures, worded as seed 002 words them.
namespace DocumentSentences {

/// "mức chưa đáp ứng", "mức đáp ứng cơ bản", "mức đáp ứng tốt" (Quyết định 4725/QĐ-BGDĐT).
QString levelName(int level);
/// The level the plan aims at for a group: mức 2 for a group below it, none otherwise.
int suggestedTargetLevel(int level);
/// "Nhóm tiêu chí “…” đạt 58/100 điểm, mức độ 2 – mức đáp ứng cơ bản để thực hiện chuyển đổi số theo quy định."
QString groupResult(const GroupResult &group);
/// "Đưa nhóm tiêu chí “…” đạt mức 2 – mức đáp ứng cơ bản để thực hiện chuyển đổi số theo quy định."
QString groupTarget(const GroupResult &group);
/// How many missing items a year's plan commits to add: half of them, at least one.
int inventoryCommitment(int missing);
/// "Bổ sung ít nhất 02/05 phần mềm và ứng dụng cần được trang bị nhưng còn thiếu; 01/03 trang thiết bị …"
/// or an empty string when nothing is missing.
QString inventoryTarget(const DocumentInventoryTotals &totals);
/// "Tổng số phần mềm và ứng dụng đang sử dụng: 19" and the three other totals.
QStringList totals(const DocumentInventoryTotals &totals);
/// Every target the figures imply, then the improvements given by the scoring engine.
QStringList targets(const DocumentInput &input);
/// The index as the documents cite it (the given citation, or Quyết định 4725/QĐ-BGDĐT).
QString indexCitation(const DocumentInput &input);

} // namespace DocumentSentences
} // namespace sdx
