#pragma once

#include "AuthorityProfile.h"
#include "common/Status.h"

#include <optional>

namespace sdx {

class Database;

/// The receiving workspace's own authority (table authority_profile of 0007_authority.sql, one row).
class AuthorityProfileRepository final
{
public:
    explicit AuthorityProfileRepository(Database &database) : m_database(database) {}

    /// The stored profile, or nullopt when the office has not entered it yet.
    Expected<std::optional<AuthorityProfile>> load();
    /// Validates, then replaces the stored profile in one transaction.
    Status save(const AuthorityProfile &profile);

private:
    Database &m_database;
};

} // namespace sdx
