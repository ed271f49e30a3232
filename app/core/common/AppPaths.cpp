#include "AppPaths.h"

#include "Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace sdx::AppPaths {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SchoolDX"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("schooldx.vn"));
    QCoreApplication::setApplicationName(QStringLiteral("schooldx"));
    QCoreApplication::setApplicationVersion(Version::text());
}

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("schooldx.sqlite"));
}

QString resolveDatabasePath(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(commandLinePath));
    const QString fromEnvironment = qEnvironmentVariable(DatabaseEnvVariable);
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnvironment));
    return defaultDatabasePath();
}

} // namespace sdx::AppPaths
