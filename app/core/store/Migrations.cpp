#include "Migrations.h"

#include "Database.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace sdx::Migrations {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::Migrations)
};

/// version → resource path, read once from the embedded schema folder.
const QMap<int, QString> &steps()
{
    static const QMap<int, QString> map = [] {
        QMap<int, QString> result;
        const QDir folder(QStringLiteral(":/schema"));
        const QStringList files = folder.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            const int version = name.section(QLatin1Char('_'), 0, 0).toInt();
            if (version > 0)
                result.insert(version, folder.filePath(name));
        }
        return result;
    }();
    return map;
}

Status applyStep(Database &database, int version)
{
    QFile file(steps().value(version));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Text::tr("Thiếu bước nâng cấp lược đồ %1").arg(version));
    Transaction transaction(database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    const QStringList sql = statements(QString::fromUtf8(file.readAll()));
    for (const QString &statement : sql) {
        const Status status = database.exec(statement);
        if (!status)
            return status.prefixed(Text::tr("Nâng cấp lược đồ lên %1 thất bại").arg(version));
    }
    Status status = database.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
    if (status)
        status = database.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId));
    if (status)
        status = transaction.commit();
    return status;
}

} // namespace

int latestVersion()
{
    return steps().isEmpty() ? 0 : steps().lastKey();
}

QStringList statements(const QString &sql)
{
    QStringList result;
    static const QRegularExpression comment(QStringLiteral("^\\s*--[^\\n]*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression separator(QStringLiteral(";\\s*$"), QRegularExpression::MultilineOption);
    QString cleaned = sql;
    cleaned.remove(comment);
    const QStringList parts = cleaned.split(separator);
    for (const QString &part : parts) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            result.append(statement);
    }
    return result;
}

Status migrate(Database &database, int targetVersion)
{
    for (int version = database.schemaVersion() + 1; version <= targetVersion; ++version) {
        if (!steps().contains(version))
            return Status::failure(Text::tr("Thiếu bước nâng cấp lược đồ %1").arg(version));
        const Status status = applyStep(database, version);
        if (!status)
            return status;
    }
    return Status::success();
}

} // namespace sdx::Migrations
