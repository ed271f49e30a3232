#include "YearCopyForward.h"

#include "exchange/ReportingRepository.h"
#include "index/AssessmentRepository.h"
#include "inventory/InventoryCopyForward.h"
#include "documents/DocumentYearCopy.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

namespace sdx::YearCopyForward {

using CopyStep = Status (*)(Database &, qint64, qint64);

// One line per part of the core that keeps per-year data; the order follows foreign keys.
static const CopyStep kSteps[] = {
    &copyYearTexts,
    &AssessmentRepository::copyForward,
    &InventoryCopyForward::copy,
    &ReportingRepository::copyRecipient,
    &DocumentYearCopy::copy,
};

Status copyAll(Database &database, qint64 fromYearId, qint64 toYearId)
{
    for (CopyStep step : kSteps) {
        if (Status status = step(database, fromYearId, toYearId); !status)
            return status;
    }
    return Status::success();
}

Status copyYearTexts(Database &database, qint64 fromYearId, qint64 toYearId)
{
    SqlQuery query(database, QStringLiteral("INSERT INTO year_text (year_id, key, value) "
                                            "SELECT :to, key, value FROM year_text WHERE year_id = :from"));
    query.bind(QStringLiteral(":to"), toYearId).bind(QStringLiteral(":from"), fromYearId);
    return query.exec();
}

} // namespace sdx::YearCopyForward
