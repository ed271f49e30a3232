#pragma once

#include "ReceivedSummary.h"
#include "ReceivingImport.h"
#include "common/Status.h"

namespace sdx::SummaryXlsx {

/**
 * The summary as an Excel workbook, one sheet per view: the schools × criteria table, the level
 * distribution, the criterion averages, what no school meets, the schools missing a mandatory
 * condition, the authority's indicators, the rejected files and the superseded revisions.
 * Written through SafeFile (temporary file, then replace, then read back).
 */
Status write(const QString &path, const QList<ReceivedSummary> &summaries, const ImportReport &report);

} // namespace sdx::SummaryXlsx
