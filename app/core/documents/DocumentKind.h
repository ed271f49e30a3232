#pragma once

#include <QList>
#include <QString>

namespace sdx {

/// The official documents SchoolDX prints for a school year.
enum class DocumentKind {
    Plan,                  ///< Kế hoạch thực hiện nhiệm vụ ứng dụng CNTT, chuyển đổi số và thống kê giáo dục
    SelfAssessmentReport,  ///< Báo cáo kết quả tự đánh giá mức độ chuyển đổi số
    SemesterReport,        ///< Báo cáo sơ kết học kỳ I về ứng dụng CNTT và chuyển đổi số
    YearReport,            ///< Báo cáo tổng kết năm học về ứng dụng CNTT và chuyển đổi số
    /// Báo cáo tổng hợp kết quả tự đánh giá of the receiving authority (not a school's document:
    /// built from a ReceivedSummary by AuthoritySummaryReportBuilder, so not in all()).
    AuthoritySummaryReport,
    /// Phụ lục: danh mục phòng và trang thiết bị CNTT of a year (built from the inventory by
    /// InventoryAnnexBuilder; no narratives nor draft, so not in all()).
    InventoryAnnex
};

namespace DocumentKinds {

/// The school's documents (the documents page, narratives, drafts).
QList<DocumentKind> all();
/// Stable code used in the database and file names: "ke-hoach", "bao-cao-tu-danh-gia", …
QString code(DocumentKind kind);
DocumentKind fromCode(const QString &code, bool *ok = nullptr);
/// Name shown in the application: "Kế hoạch ứng dụng CNTT và chuyển đổi số", …
QString displayName(DocumentKind kind);
/// Tên loại văn bản as printed: "KẾ HOẠCH", "BÁO CÁO", "PHỤ LỤC".
QString typeTitle(DocumentKind kind);
/// Abbreviation in the ký hiệu (Nghị định 30/2020, Phụ lục III): "KH", "BC"; "PL" for the annex.
QString typeAbbreviation(DocumentKind kind);

} // namespace DocumentKinds
} // namespace sdx
