#include "Transaction.h"

#include "Database.h"

namespace sdx {
namespace {

QString savepointName(int depth)
{
    return QStringLiteral("sdx_sp_%1").arg(depth);
}

} // namespace

Transaction::Transaction(Database &database)
    : m_database(database)
    , m_depth(database.m_transactionDepth)
{
    // IMMEDIATE takes the write lock at once, so a second writer fails here rather than mid-way.
    m_beginStatus = m_depth == 0 ? m_database.exec(QStringLiteral("BEGIN IMMEDIATE"))
                                 : m_database.exec(QStringLiteral("SAVEPOINT ") + savepointName(m_depth));
    m_open = m_beginStatus.isOk();
    if (m_open)
        ++m_database.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_beginStatus.isOk() ? Status::failure(QStringLiteral("transaction already closed")) : m_beginStatus;
    const Status status = m_depth == 0 ? m_database.exec(QStringLiteral("COMMIT"))
                                       : m_database.exec(QStringLiteral("RELEASE ") + savepointName(m_depth));
    if (!status) {
        rollback();
        return status;
    }
    m_open = false;
    --m_database.m_transactionDepth;
    return status;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    if (m_depth == 0) {
        m_database.exec(QStringLiteral("ROLLBACK"));
    } else {
        m_database.exec(QStringLiteral("ROLLBACK TO ") + savepointName(m_depth));
        m_database.exec(QStringLiteral("RELEASE ") + savepointName(m_depth));
    }
    m_open = false;
    --m_database.m_transactionDepth;
}

} // namespace sdx
