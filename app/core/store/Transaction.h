#pragma once

#include "common/Status.h"

namespace sdx {

class Database;

/**
 * Every write happens inside one of these. It rolls back unless commit() succeeded, so an early
 * return or an exception never leaves half a change. Nested guards become SAVEPOINTs, so a helper
 * that opens its own transaction can be called from inside a larger one.
 */
class Transaction final
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether BEGIN/SAVEPOINT itself succeeded; check before writing.
    const Status &beginStatus() const { return m_beginStatus; }
    Status commit();
    void rollback();

private:
    Database &m_database;
    int m_depth = 0;
    bool m_open = false;
    Status m_beginStatus;
};

} // namespace sdx
