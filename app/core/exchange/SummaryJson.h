#pragma once

#include "ReceivedSummary.h"
#include "ReceivingImport.h"

#include <QJsonObject>

namespace sdx::SummaryJson {

/// The JSON of `schooldx-cli aggregate -o FILE.json` (docs/cli.md): the summaries, the rejected
/// files with their reasons and the superseded revisions.
QJsonObject toJson(const QList<ReceivedSummary> &summaries, const ImportReport &report);

QJsonObject summaryToJson(const ReceivedSummary &summary);

} // namespace sdx::SummaryJson
