#include "YearLock.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::YearLock)
};

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

Expected<QString> YearLock::yearName(qint64 yearId)
{
    SqlQuery query(m_database, QStringLiteral("SELECT name FROM school_year WHERE id = :id"));
    query.bind(QStringLiteral(":id"), yearId);
    if (Status status = query.exec(); !status)
        return status;
    if (!query.next())
        return Status::failure(Text::tr("Không tìm thấy năm học (mã %1).").arg(yearId));
    return query.value(0).toString();
}

Expected<YearState> YearLock::state(qint64 yearId)
{
    const Expected<QString> name = yearName(yearId);
    if (!name)
        return name.status();
    SqlQuery query(m_database, QStringLiteral("SELECT state, revision, finalised_at, finalised_by "
                                              "FROM year_status WHERE year_id = :id"));
    query.bind(QStringLiteral(":id"), yearId);
    if (Status status = query.exec(); !status)
        return status;
    YearState state;
    state.yearId = yearId;
    if (query.next()) {
        state.finalised = query.value(0).toString() == QLatin1String("final");
        state.revision = query.value(1).toInt();
        state.finalisedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
        state.finalisedBy = query.value(3).toString();
    }
    return state;
}

bool YearLock::isLocked(qint64 yearId)
{
    const Expected<YearState> current = state(yearId);
    return !current || current->finalised;
}

Status YearLock::ensureWritable(qint64 yearId)
{
    const Expected<YearState> current = state(yearId);
    if (!current)
        return current.status();
    if (!current->finalised)
        return Status::success();
    return Status::failure(Text::tr("Năm học %1 đã chốt số liệu (lần %2, ngày %3): không sửa được. "
                              "Muốn sửa, hãy \"Mở lại\" năm học và ghi lý do.")
                               .arg(yearName(yearId).value())
                               .arg(current->revision)
                               .arg(current->finalisedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy"))));
}

Status YearLock::write(const YearState &state)
{
    SqlQuery query(m_database,
                   QStringLiteral("INSERT INTO year_status (year_id, state, revision, finalised_at, finalised_by) "
                                  "VALUES (:year, :state, :revision, :at, :by) "
                                  "ON CONFLICT(year_id) DO UPDATE SET state = excluded.state, "
                                  "revision = excluded.revision, finalised_at = excluded.finalised_at, "
                                  "finalised_by = excluded.finalised_by"));
    query.bind(QStringLiteral(":year"), state.yearId)
        .bind(QStringLiteral(":state"), state.finalised ? QStringLiteral("final") : QStringLiteral("draft"))
        .bind(QStringLiteral(":revision"), state.revision)
        .bind(QStringLiteral(":at"), state.finalisedAt.isValid()
                                         ? QVariant(state.finalisedAt.toUTC().toString(Qt::ISODate))
                                         : QVariant())
        .bind(QStringLiteral(":by"), state.finalisedBy);
    return query.exec();
}

Status YearLock::record(qint64 yearId, int revision, const QString &action, const QString &by,
                        const QString &reason)
{
    SqlQuery query(m_database, QStringLiteral("INSERT INTO year_revision (year_id, revision, action, actor, at, reason) "
                                              "VALUES (:year, :revision, :action, :actor, :at, :reason)"));
    query.bind(QStringLiteral(":year"), yearId)
        .bind(QStringLiteral(":revision"), revision)
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":actor"), by)
        .bind(QStringLiteral(":at"), isoNow())
        .bind(QStringLiteral(":reason"), reason);
    return query.exec();
}

Expected<YearState> YearLock::finalise(qint64 yearId, const QString &by)
{
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    Expected<YearState> current = state(yearId);
    if (!current)
        return current.status();
    if (current->finalised)
        return Status::failure(Text::tr("Năm học %1 đã được chốt số liệu (lần %2).")
                                   .arg(yearName(yearId).value())
                                   .arg(current->revision));
    YearState next = *current;
    next.finalised = true;
    // Whole seconds: the time is written into the exchange file and must read back identical.
    next.finalisedAt = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    next.finalisedBy = by;
    Status status = write(next);
    if (status)
        status = record(yearId, next.revision, QStringLiteral("finalise"), by, QString());
    if (status)
        status = transaction.commit();
    if (!status)
        return status;
    return next;
}

Expected<YearState> YearLock::reopen(qint64 yearId, const QString &by, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(Text::tr("Cần ghi lý do mở lại năm học đã chốt số liệu."));
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    Expected<YearState> current = state(yearId);
    if (!current)
        return current.status();
    if (!current->finalised)
        return Status::failure(Text::tr("Năm học %1 chưa chốt số liệu nên không cần mở lại.")
                                   .arg(yearName(yearId).value()));
    YearState next;
    next.yearId = yearId;
    next.revision = current->revision + 1;
    Status status = write(next);
    if (status)
        status = record(yearId, next.revision, QStringLiteral("reopen"), by, reason.trimmed());
    if (status)
        status = transaction.commit();
    if (!status)
        return status;
    return next;
}

Status YearLock::restore(qint64 yearId, const YearState &restored, const QString &by, const QString &reason)
{
    YearState next = restored;
    next.yearId = yearId;
    Status status = write(next);
    if (status)
        status = record(yearId, next.revision, QStringLiteral("restore"), by, reason);
    return status;
}

Expected<QList<YearRevisionEvent>> YearLock::history(qint64 yearId)
{
    SqlQuery query(m_database, QStringLiteral("SELECT revision, action, actor, at, reason FROM year_revision "
                                              "WHERE year_id = :year ORDER BY id"));
    query.bind(QStringLiteral(":year"), yearId);
    if (Status status = query.exec(); !status)
        return status;
    QList<YearRevisionEvent> events;
    while (query.next())
        events.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                       QDateTime::fromString(query.value(3).toString(), Qt::ISODate), query.value(4).toString()});
    return events;
}

} // namespace sdx
