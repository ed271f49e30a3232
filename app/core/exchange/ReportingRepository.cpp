#include "ReportingRepository.h"

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
    Q_DECLARE_TR_FUNCTIONS(sdx::Exchange)
};

} // namespace

Expected<ExchangeRecipient> ReportingRepository::recipient(qint64 yearId)
{
    SqlQuery query(m_database, QStringLiteral("SELECT name, kind FROM year_recipient WHERE year_id = :year"));
    query.bind(QStringLiteral(":year"), yearId);
    if (Status status = query.exec(); !status)
        return status;
    if (query.next())
        return ExchangeRecipient{query.value(0).toString(),
                                 RecipientKinds::fromCode(query.value(1).toString()).value_or(RecipientKind::Other)};
    SqlQuery school(m_database, QStringLiteral("SELECT authority FROM school WHERE id = 1"));
    if (Status status = school.exec(); !status)
        return status;
    ExchangeRecipient guessed;
    if (school.next()) {
        guessed.name = school.value(0).toString();
        guessed.kind = RecipientKinds::guess(guessed.name);
    }
    return guessed;
}

Status ReportingRepository::setRecipient(qint64 yearId, const ExchangeRecipient &recipient)
{
    if (recipient.name.trimmed().isEmpty())
        return Status::failure(Text::tr("Cần ghi tên cơ quan nhận báo cáo."));
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status writable = YearLock(m_database).ensureWritable(yearId); !writable)
        return writable;
    SqlQuery query(m_database, QStringLiteral("INSERT INTO year_recipient (year_id, name, kind) VALUES (:year, :name, :kind) "
                                              "ON CONFLICT(year_id) DO UPDATE SET name = excluded.name, kind = excluded.kind"));
    query.bind(QStringLiteral(":year"), yearId)
        .bind(QStringLiteral(":name"), recipient.name.trimmed())
        .bind(QStringLiteral(":kind"), RecipientKinds::code(recipient.kind));
    if (Status status = query.exec(); !status)
        return status;
    return transaction.commit();
}

Expected<ExchangeIndicators> ReportingRepository::indicators(qint64 yearId)
{
    SqlQuery query(m_database, QStringLiteral("SELECT key, value FROM year_indicator WHERE year_id = :year"));
    query.bind(QStringLiteral(":year"), yearId);
    if (Status status = query.exec(); !status)
        return status;
    ExchangeIndicators result;
    while (query.next())
        result.values.insert(query.value(0).toString(), query.value(1).toLongLong());
    return result;
}

Status ReportingRepository::writeIndicators(qint64 yearId, const ExchangeIndicators &indicators)
{
    SqlQuery clear(m_database, QStringLiteral("DELETE FROM year_indicator WHERE year_id = :year"));
    clear.bind(QStringLiteral(":year"), yearId);
    if (Status status = clear.exec(); !status)
        return status;
    for (auto it = indicators.values.constBegin(); it != indicators.values.constEnd(); ++it) {
        SqlQuery insert(m_database, QStringLiteral("INSERT INTO year_indicator (year_id, key, value) "
                                                   "VALUES (:year, :key, :value)"));
        insert.bind(QStringLiteral(":year"), yearId)
            .bind(QStringLiteral(":key"), it.key())
            .bind(QStringLiteral(":value"), *it);
        if (Status status = insert.exec(); !status)
            return status;
    }
    return Status::success();
}

Status ReportingRepository::setIndicators(qint64 yearId, const ExchangeIndicators &indicators)
{
    for (auto it = indicators.values.constBegin(); it != indicators.values.constEnd(); ++it) {
        if (!ExchangeIndicators::keys().contains(it.key()))
            return Status::failure(Text::tr("Chỉ số không rõ: %1").arg(it.key()));
        if (*it < 0)
            return Status::failure(Text::tr("Chỉ số \"%1\" không được âm.").arg(ExchangeIndicators::label(it.key())));
    }
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status writable = YearLock(m_database).ensureWritable(yearId); !writable)
        return writable;
    if (Status status = writeIndicators(yearId, indicators); !status)
        return status;
    return transaction.commit();
}

Status ReportingRepository::restore(qint64 yearId, const ExchangeRecipient &recipient,
                                    const ExchangeIndicators &indicators)
{
    SqlQuery clear(m_database, QStringLiteral("DELETE FROM year_recipient WHERE year_id = :year"));
    clear.bind(QStringLiteral(":year"), yearId);
    if (Status status = clear.exec(); !status)
        return status;
    if (!recipient.name.trimmed().isEmpty()) {
        SqlQuery query(m_database, QStringLiteral("INSERT INTO year_recipient (year_id, name, kind) "
                                                  "VALUES (:year, :name, :kind)"));
        query.bind(QStringLiteral(":year"), yearId)
            .bind(QStringLiteral(":name"), recipient.name.trimmed())
            .bind(QStringLiteral(":kind"), RecipientKinds::code(recipient.kind));
        if (Status status = query.exec(); !status)
            return status;
    }
    return writeIndicators(yearId, indicators);
}

Status ReportingRepository::copyRecipient(Database &database, qint64 fromYearId, qint64 toYearId)
{
    SqlQuery query(database, QStringLiteral("INSERT INTO year_recipient (year_id, name, kind) "
                                            "SELECT :to, name, kind FROM year_recipient WHERE year_id = :from"));
    query.bind(QStringLiteral(":to"), toYearId).bind(QStringLiteral(":from"), fromYearId);
    return query.exec();
}

} // namespace sdx
