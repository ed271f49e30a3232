#include "Database.h"

#include "Migrations.h"
#include "SqlErrors.h"
#include "SqlQuery.h"
#include "common/SafeFile.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::Database)
};

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("sdx-%1").arg(counter.fetchAndAddRelaxed(1));
}

int readIntPragma(QSqlDatabase &db, const QString &pragma, bool *ok)
{
    QSqlQuery query(db);
    *ok = query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next();
    return *ok ? query.value(0).toInt() : 0;
}

} // namespace

Database::Database(const QString &path)
    : m_path(path)
    , m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Expected<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return openAtVersion(path, Migrations::latestVersion());
}

Expected<std::unique_ptr<Database>> Database::openAtVersion(const QString &path, int schemaVersion)
{
    std::unique_ptr<Database> database(new Database(path));
    Status status = database->openConnection();
    if (status)
        status = database->checkOwnership();
    if (status)
        status = database->configure();
    if (status)
        status = Migrations::migrate(*database, schemaVersion);
    if (!status)
        return status;
    return database;
}

Status Database::openConnection()
{
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return Status::failure(Text::tr("Không tạo được thư mục dữ liệu %1").arg(QDir::toNativeSeparators(folder)));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Status::failure(Text::tr("Thiếu trình điều khiển SQLite của Qt (gói libqt6sql6-sqlite)."));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return Status::failure(Text::tr("Không mở được cơ sở dữ liệu %1: %2")
                                   .arg(QDir::toNativeSeparators(m_path), m_db.lastError().text()));
    return Status::success();
}

// Reads only: a file we must refuse is left exactly as it was.
Status Database::checkOwnership()
{
    bool ok = false;
    const int version = readIntPragma(m_db, QStringLiteral("user_version"), &ok);
    if (!ok)
        return Status::failure(Text::tr("Tệp %1 không phải là cơ sở dữ liệu SchoolDX (không đọc được dạng SQLite).")
                                   .arg(QDir::toNativeSeparators(m_path)));
    const int applicationId = readIntPragma(m_db, QStringLiteral("application_id"), &ok);
    QSqlQuery tables(m_db);
    const bool empty = tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && tables.next()
                       && tables.value(0).toInt() == 0;
    if (!empty && applicationId != ApplicationId)
        return Status::failure(Text::tr("Tệp %1 là cơ sở dữ liệu của một chương trình khác, không phải SchoolDX. "
                                  "Tệp không bị thay đổi.")
                                   .arg(QDir::toNativeSeparators(m_path)));
    if (version > Migrations::latestVersion())
        return Status::failure(Text::tr("Cơ sở dữ liệu %1 được tạo bởi một phiên bản SchoolDX mới hơn "
                                  "(lược đồ %2, phiên bản này chỉ đọc được đến lược đồ %3). "
                                  "Hãy cập nhật SchoolDX. Tệp không bị thay đổi.")
                                   .arg(QDir::toNativeSeparators(m_path))
                                   .arg(version)
                                   .arg(Migrations::latestVersion()));
    return Status::success();
}

Status Database::configure()
{
    // Foreign keys are per connection and off by default in SQLite.
    Status status = exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    // Rollback journal, not WAL: the .sqlite file alone holds every committed change.
    if (status)
        status = exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    if (status)
        status = exec(QStringLiteral("PRAGMA synchronous = FULL"));
    return status;
}

int Database::schemaVersion() const
{
    bool ok = false;
    return readIntPragma(const_cast<QSqlDatabase &>(m_db), QStringLiteral("user_version"), &ok);
}

Status Database::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return Status::success();
    return Status::failure(SqlErrors::userMessage(query.lastError()));
}

Status Database::backupTo(const QString &targetPath)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Status::failure(Text::tr("Không tạo được thư mục tạm để sao lưu."));
    const QString snapshot = scratch.filePath(QStringLiteral("backup.sqlite"));
    SqlQuery vacuum(*this, QStringLiteral("VACUUM INTO :file"));
    vacuum.bind(QStringLiteral(":file"), snapshot);
    if (Status status = vacuum.exec(); !status)
        return status.prefixed(Text::tr("Sao lưu thất bại"));
    const Expected<QByteArray> bytes = SafeFile::read(snapshot, qint64(4) * 1024 * 1024 * 1024);
    if (!bytes)
        return bytes.status();
    return SafeFile::write(targetPath, *bytes);
}

} // namespace sdx
