#pragma once

#include "SchoolProfile.h"
#include "common/Status.h"

#include <optional>

namespace sdx {

class Database;

/// Reads and writes the one school profile of a database.
class SchoolRepository final
{
public:
    explicit SchoolRepository(Database &database) : m_database(database) {}

    /// Nothing when the first-run wizard has not created the school yet.
    Expected<std::optional<SchoolProfile>> load();
    /// Validates, then replaces the profile and its IT staff in one transaction.
    Status save(const SchoolProfile &profile);

private:
    Status saveStaff(const QList<StaffContact> &staff);
    Database &m_database;
};

} // namespace sdx
