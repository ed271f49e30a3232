#pragma once

// Shared by the summary report tests: four schools of varied results and a commune's profile.

#include "exchange/AuthorityProfile.h"
#include "exchange/ReceivedSummary.h"

#include <QList>

namespace sdx::test {

/// S1 seed (32/58), S2 strong (80 in group 1), S3 without 1.1, S4 without 2.2 and computersTotal.
QList<SummaryBuilder::Input> fourSchools();

/// Facts scoring high in group 1 (80/100, mức 3).
QJsonObject strongFacts();

/// UBND xã Đức An, its Chủ tịch signing through a deputy (KT.).
AuthorityProfile communeProfile();

} // namespace sdx::test
