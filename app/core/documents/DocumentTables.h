#pragma once

#include "DocumentModel.h"

namespace sdx {

struct DocumentSoftwareGroup;
struct DocumentEquipmentRow;
struct ScoreRow;
struct GroupResult;
struct AuthorityIndicators;

/// The bordered tables of the documents, sized to the 165 mm text width of the A4 page.
namespace DocumentTables {

/// "Tên ứng dụng | Có | Không | Đường link (tên miền)"
doc::Table software(const DocumentSoftwareGroup &group, const QString &name);
/// "Trang thiết bị CNTT và hạ tầng mạng | Có | Không"
doc::Table equipment(const QList<DocumentEquipmentRow> &rows);
/// The self-assessment table of Quyết định 4725 with the school's columns: the maximum, thresholds,
/// level and evidence of a criterion are merged down over its sub-items.
doc::Table scoring(const QList<ScoreRow> &rows);
/// "STT | Nhóm tiêu chí | Điểm đạt | Mức độ"
doc::Table groups(const QList<GroupResult> &groups);
/// "STT | Điều kiện bắt buộc | Kết quả | Minh chứng"; rows are the mandatory ones of `rows`.
doc::Table mandatory(const QList<ScoreRow> &rows);
/// The managing authority's indicators (seed 003, Phụ lục, rows 3–8).
doc::Table indicators(const AuthorityIndicators &indicators);

/// The cell paragraphs of a text, one per line.
QList<doc::Paragraph> cellParagraphs(const QString &text, doc::Align align, qreal sizePt,
                                     bool bold = false, bool italic = false);

} // namespace DocumentTables
} // namespace sdx
