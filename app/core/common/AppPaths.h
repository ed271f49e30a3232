#pragma once

#include <QString>

namespace sdx {

/// Where SchoolDX keeps its database unless told otherwise.
namespace AppPaths {

inline constexpr const char *DatabaseEnvVariable = "SCHOOLDX_DB";

/// The default database file under the user's application-data folder.
QString defaultDatabasePath();

/// `--db PATH` wins, then $SCHOOLDX_DB, then the default.
QString resolveDatabasePath(const QString &commandLinePath);

/// Sets organisation and application names so QStandardPaths and QSettings agree in both programs.
void setApplicationIdentity();

} // namespace AppPaths
} // namespace sdx
