#include "YearRepository.h"

#include "YearCopyForward.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::YearRepository)
};

const QString kSelect = QStringLiteral("SELECT id, name, start_year, index_id, index_version FROM school_year ");

SchoolYear readYear(const SqlQuery &query)
{
    SchoolYear year;
    year.id = query.value(0).toLongLong();
    year.name = query.value(1).toString();
    year.startYear = query.value(2).toInt();
    year.indexId = query.value(3).toString();
    year.indexVersion = query.value(4).toInt();
    return year;
}

} // namespace

Expected<QList<SchoolYear>> YearRepository::list()
{
    SqlQuery query(m_database, kSelect + QStringLiteral("ORDER BY start_year"));
    if (Status status = query.exec(); !status)
        return status;
    QList<SchoolYear> years;
    while (query.next())
        years.append(readYear(query));
    return years;
}

Expected<SchoolYear> YearRepository::find(qint64 id)
{
    SqlQuery query(m_database, kSelect + QStringLiteral("WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(); !status)
        return status;
    if (!query.next())
        return Status::failure(Text::tr("Không tìm thấy năm học (mã %1).").arg(id));
    return readYear(query);
}

Expected<SchoolYear> YearRepository::findByName(const QString &name)
{
    QString canonical;
    if (!SchoolYear::parseName(name, &canonical, nullptr))
        return Status::failure(Text::tr("\"%1\" không phải là năm học hợp lệ (ví dụ: 2023-2024).").arg(name));
    SqlQuery query(m_database, kSelect + QStringLiteral("WHERE name = :name"));
    query.bind(QStringLiteral(":name"), canonical);
    if (Status status = query.exec(); !status)
        return status;
    if (!query.next())
        return Status::failure(Text::tr("Chưa có năm học %1.").arg(canonical));
    return readYear(query);
}

Expected<SchoolYear> YearRepository::create(const QString &name)
{
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    Expected<SchoolYear> year = insert(name, 0);
    if (!year)
        return year;
    if (Status status = transaction.commit(); !status)
        return status;
    return year;
}

Expected<SchoolYear> YearRepository::copyForward(qint64 fromYearId, const QString &name)
{
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    const Expected<SchoolYear> source = find(fromYearId);
    if (!source)
        return source;
    Expected<SchoolYear> year = insert(name, fromYearId);
    if (!year)
        return year;
    if (Status status = YearCopyForward::copyAll(m_database, fromYearId, year->id); !status)
        return status.prefixed(Text::tr("Không sao chép được dữ liệu từ năm học %1").arg(source->name));
    if (Status status = transaction.commit(); !status)
        return status;
    return year;
}

Status YearRepository::remove(qint64 id)
{
    Transaction transaction(m_database);
    SqlQuery query(m_database, QStringLiteral("DELETE FROM school_year WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    Status status = transaction.beginStatus();
    if (status)
        status = query.exec();
    if (status)
        status = transaction.commit();
    return status;
}

Expected<SchoolYear> YearRepository::insert(const QString &name, qint64 copiedFrom)
{
    QString canonical;
    int startYear = 0;
    if (!SchoolYear::parseName(name, &canonical, &startYear))
        return Status::failure(Text::tr("\"%1\" không phải là năm học hợp lệ (ví dụ: 2023-2024).").arg(name));
    SqlQuery exists(m_database, QStringLiteral("SELECT 1 FROM school_year WHERE name = :name"));
    exists.bind(QStringLiteral(":name"), canonical);
    if (Status status = exists.exec(); !status)
        return status;
    if (exists.next())
        return Status::failure(Text::tr("Năm học %1 đã có.").arg(canonical));
    SqlQuery query(m_database, QStringLiteral("INSERT INTO school_year (name, start_year, copied_from) "
                                              "VALUES (:name, :start, :from)"));
    query.bind(QStringLiteral(":name"), canonical)
        .bind(QStringLiteral(":start"), startYear)
        .bind(QStringLiteral(":from"), copiedFrom > 0 ? QVariant(copiedFrom) : QVariant());
    if (Status status = query.exec(); !status)
        return status;
    return find(query.lastInsertId());
}

} // namespace sdx
