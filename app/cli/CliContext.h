#pragma once

#include "common/Status.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace sdx {
class SchoolSession;
}

namespace sdx::cli {

/// Exit codes of schooldx-cli, part of its documented contract (docs/cli.md).
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

/// What every command gets: the database path, the output streams and the opened school.
class CliContext final
{
public:
    explicit CliContext(const QString &databasePath);
    ~CliContext();

    const QString &databasePath() const { return m_databasePath; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    /// Opens (creating and migrating if needed) the database on first use.
    Expected<SchoolSession *> session();
    /// Like session(), but refuses to create a database that does not exist yet.
    Expected<SchoolSession *> existingSession();

    /// Prints "Lỗi: …" on stderr and returns `code`, for one-line error exits.
    int fail(const QString &message, int code = ExitFailure);

private:
    QString m_databasePath;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<SchoolSession> m_session;
};

} // namespace sdx::cli
