#pragma once

#include "common/Status.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace sdx {

/**
 * One SQLite database file: the whole of a school's record.
 *
 * Opening checks that the file is SchoolDX's and not from a newer SchoolDX *before* anything is
 * written, then applies the pending migrations. The journal stays in rollback mode (DELETE), not
 * WAL, so the single .sqlite file is always complete: a user who copies it copies everything.
 */
class Database final
{
public:
    /// Application id stored in the SQLite header ("SDX1"): tells our files from foreign ones.
    static constexpr int ApplicationId = 0x53445831;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating if needed) and migrates to the latest schema.
    static Expected<std::unique_ptr<Database>> open(const QString &path);
    /// Opens and migrates only up to `schemaVersion`: for tests of migrations.
    static Expected<std::unique_ptr<Database>> openAtVersion(const QString &path, int schemaVersion);

    QSqlDatabase &connection() { return m_db; }
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    /// Runs one statement with no result rows (PRAGMA, DDL), reporting failures.
    Status exec(const QString &sql);

    /// A consistent copy of the whole database into `targetPath` (VACUUM INTO a temporary file,
    /// then a safe replace), usable while the application runs.
    Status backupTo(const QString &targetPath);

private:
    friend class Transaction;
    explicit Database(const QString &path);
    Status openConnection();
    Status checkOwnership();
    Status configure();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_transactionDepth = 0;
};

} // namespace sdx
