#include "DocumentFactory.h"

#include "PlanBuilder.h"
#include "SelfAssessmentReportBuilder.h"
#include "TermReportBuilder.h"

namespace sdx::DocumentFactory {

doc::Document build(DocumentKind kind, const DocumentInput &input)
{
    switch (kind) {
    case DocumentKind::Plan:
        return PlanBuilder(input).build();
    case DocumentKind::SelfAssessmentReport:
        return SelfAssessmentReportBuilder(input).build();
    case DocumentKind::SemesterReport:
    case DocumentKind::YearReport:
        return TermReportBuilder(kind, input).build();
    case DocumentKind::AuthoritySummaryReport:
        break; // built from a ReceivedSummary: AuthoritySummaryReportBuilder
    case DocumentKind::InventoryAnnex:
        break; // built from the inventory: InventoryAnnexBuilder
    }
    return {};
}

QStringList narrativeKeys(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Plan:
        return PlanBuilder::narrativeKeys();
    case DocumentKind::SelfAssessmentReport:
        return SelfAssessmentReportBuilder::narrativeKeys();
    case DocumentKind::SemesterReport:
    case DocumentKind::YearReport:
        return TermReportBuilder::narrativeKeys();
    case DocumentKind::AuthoritySummaryReport:
    case DocumentKind::InventoryAnnex:
        break;
    }
    return {};
}

} // namespace sdx::DocumentFactory
