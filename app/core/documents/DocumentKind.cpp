#include "DocumentKind.h"

#include <QCoreApplication>

namespace sdx::DocumentKinds {

QList<DocumentKind> all()
{
    return {DocumentKind::Plan, DocumentKind::SelfAssessmentReport, DocumentKind::SemesterReport,
            DocumentKind::YearReport};
}

QString code(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Plan: return QStringLiteral("ke-hoach");
    case DocumentKind::SelfAssessmentReport: return QStringLiteral("bao-cao-tu-danh-gia");
    case DocumentKind::SemesterReport: return QStringLiteral("bao-cao-so-ket-hk1");
    case DocumentKind::YearReport: return QStringLiteral("bao-cao-tong-ket");
    case DocumentKind::AuthoritySummaryReport: return QStringLiteral("bao-cao-tong-hop");
    case DocumentKind::InventoryAnnex: return QStringLiteral("phu-luc-kiem-ke");
    }
    return {};
}

DocumentKind fromCode(const QString &text, bool *ok)
{
    for (DocumentKind kind : all() + QList<DocumentKind>{DocumentKind::AuthoritySummaryReport, DocumentKind::InventoryAnnex}) {
        if (code(kind) == text) {
            if (ok)
                *ok = true;
            return kind;
        }
    }
    if (ok)
        *ok = false;
    return DocumentKind::Plan;
}

QString displayName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Plan:
        return QCoreApplication::translate("sdx::DocumentKinds", "Kế hoạch ứng dụng CNTT và chuyển đổi số");
    case DocumentKind::SelfAssessmentReport:
        return QCoreApplication::translate("sdx::DocumentKinds", "Báo cáo tự đánh giá mức độ chuyển đổi số");
    case DocumentKind::SemesterReport:
        return QCoreApplication::translate("sdx::DocumentKinds", "Báo cáo sơ kết học kỳ I");
    case DocumentKind::YearReport:
        return QCoreApplication::translate("sdx::DocumentKinds", "Báo cáo tổng kết năm học");
    case DocumentKind::AuthoritySummaryReport:
        return QCoreApplication::translate("sdx::DocumentKinds", "Báo cáo tổng hợp kết quả tự đánh giá");
    case DocumentKind::InventoryAnnex:
        return QCoreApplication::translate("sdx::DocumentKinds", "Phụ lục kiểm kê phòng và thiết bị CNTT");
    }
    return {};
}

QString typeTitle(DocumentKind kind)
{
    if (kind == DocumentKind::InventoryAnnex)
        return QStringLiteral("PHỤ LỤC");
    return kind == DocumentKind::Plan ? QStringLiteral("KẾ HOẠCH") : QStringLiteral("BÁO CÁO");
}

QString typeAbbreviation(DocumentKind kind)
{
    if (kind == DocumentKind::InventoryAnnex)
        return QStringLiteral("PL");
    return kind == DocumentKind::Plan ? QStringLiteral("KH") : QStringLiteral("BC");
}

} // namespace sdx::DocumentKinds
