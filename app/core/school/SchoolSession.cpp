#include "SchoolSession.h"

#include "SchoolRepository.h"
#include "YearRepository.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

#include <QCoreApplication>

namespace sdx {
namespace {

const QString kCurrentYearSetting = QStringLiteral("current_year_id");

qint64 storedCurrentYear(Database &database)
{
    SqlQuery query(database, QStringLiteral("SELECT value FROM app_setting WHERE key = :key"));
    query.bind(QStringLiteral(":key"), kCurrentYearSetting);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

Status storeCurrentYear(Database &database, qint64 yearId)
{
    SqlQuery query(database, QStringLiteral("INSERT INTO app_setting (key, value) VALUES (:key, :value) "
                                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.bind(QStringLiteral(":key"), kCurrentYearSetting).bind(QStringLiteral(":value"), QString::number(yearId));
    return query.exec();
}

} // namespace

SchoolSession::SchoolSession(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
}

SchoolSession::~SchoolSession() = default;

Expected<std::unique_ptr<SchoolSession>> SchoolSession::open(const QString &databasePath)
{
    Expected<std::unique_ptr<Database>> database = Database::open(databasePath);
    if (!database)
        return database.status();
    auto session = std::make_unique<SchoolSession>(std::move(database.value()));
    if (Status status = session->reload(); !status)
        return status;
    return session;
}

QString SchoolSession::databasePath() const
{
    return m_database->path();
}

const SchoolProfile &SchoolSession::profile() const
{
    static const SchoolProfile empty;
    return m_profile ? *m_profile : empty;
}

Status SchoolSession::saveProfile(const SchoolProfile &profile)
{
    const Status status = SchoolRepository(*m_database).save(profile);
    if (!status)
        return status;
    m_profile = profile;
    emit profileChanged();
    return status;
}

Status SchoolSession::reload()
{
    Expected<std::optional<SchoolProfile>> profile = SchoolRepository(*m_database).load();
    if (!profile)
        return profile.status();
    Expected<QList<SchoolYear>> years = YearRepository(*m_database).list();
    if (!years)
        return years.status();
    m_profile = *profile;
    m_years = *years;
    const qint64 wanted = storedCurrentYear(*m_database);
    m_currentYear = m_years.isEmpty() ? SchoolYear() : m_years.last();
    for (const SchoolYear &year : std::as_const(m_years)) {
        if (year.id == wanted)
            m_currentYear = year;
    }
    emit profileChanged();
    emit yearsChanged();
    emit currentYearChanged(m_currentYear);
    return Status::success();
}

Status SchoolSession::setCurrentYear(qint64 yearId)
{
    for (const SchoolYear &year : std::as_const(m_years)) {
        if (year.id != yearId)
            continue;
        if (Status status = storeCurrentYear(*m_database, yearId); !status)
            return status;
        m_currentYear = year;
        emit currentYearChanged(m_currentYear);
        return Status::success();
    }
    return Status::failure(QCoreApplication::translate("sdx::SchoolSession", "Không tìm thấy năm học (mã %1).")
                               .arg(yearId));
}

Expected<SchoolYear> SchoolSession::createYear(const QString &name, qint64 copyFromYearId)
{
    YearRepository repository(*m_database);
    Expected<SchoolYear> year = copyFromYearId > 0 ? repository.copyForward(copyFromYearId, name)
                                                   : repository.create(name);
    if (!year)
        return year;
    Expected<QList<SchoolYear>> years = repository.list();
    if (years)
        m_years = *years;
    emit yearsChanged();
    if (Status status = setCurrentYear(year->id); !status)
        return status;
    return year;
}

void SchoolSession::notifyYearDataChanged()
{
    emit yearDataChanged();
}

} // namespace sdx
