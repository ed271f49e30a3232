#pragma once

#include "ExchangeDocument.h"
#include "common/Status.h"

namespace sdx {

class Database;

/**
 * What a school states for its managing authority in a year, besides the index: who the report
 * goes to and the authority's own indicators. Writes respect the year's lock (YearLock).
 */
class ReportingRepository final
{
public:
    explicit ReportingRepository(Database &database) : m_database(database) {}

    /// The year's recipient; when none was saved, one guessed from the school's cơ quan chủ quản.
    Expected<ExchangeRecipient> recipient(qint64 yearId);
    Status setRecipient(qint64 yearId, const ExchangeRecipient &recipient);

    Expected<ExchangeIndicators> indicators(qint64 yearId);
    /// Replaces the year's indicators (unknown keys are refused).
    Status setIndicators(qint64 yearId, const ExchangeIndicators &indicators);

    /// Writes both as read from an exchange file, without the lock check: SchoolRestore holds the
    /// transaction and sets the year's state itself.
    Status restore(qint64 yearId, const ExchangeRecipient &recipient, const ExchangeIndicators &indicators);

    /// YearCopyForward step: the new year reports to the same authority (indicators are per year).
    static Status copyRecipient(Database &database, qint64 fromYearId, qint64 toYearId);

private:
    Status writeIndicators(qint64 yearId, const ExchangeIndicators &indicators);
    Database &m_database;
};

} // namespace sdx
