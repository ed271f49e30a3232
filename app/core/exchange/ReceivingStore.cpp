#include "ReceivingStore.h"

#include "ExchangeJson.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::Exchange)
};

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString nowIso()
{
    return iso(QDateTime::currentDateTimeUtc());
}

/// Newer = a higher revision; at the same revision, a later finalisation (a school that restored
/// an old backup and finalised again).
bool isNewer(int revision, const QDateTime &at, int heldRevision, const QDateTime &heldAt)
{
    if (revision != heldRevision)
        return revision > heldRevision;
    return at > heldAt;
}

Expected<ReceivedRecord> recordFromRow(SqlQuery &query)
{
    ReceivedRecord record;
    record.id = query.value(0).toLongLong();
    record.fileName = query.value(1).toString();
    record.receivedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
    const QJsonObject json = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    Expected<ExchangeDocument> document = ExchangeJson::fromJson(json);
    if (!document)
        return document.status();
    record.document = std::move(document.value());
    record.document.checksum = query.value(4).toString();
    return record;
}

} // namespace

Expected<std::optional<ReceivingStore::Held>> ReceivingStore::held(const QString &schoolCode,
                                                                   const QString &schoolYear)
{
    SqlQuery query(m_database, QStringLiteral("SELECT id, revision, finalised_at, checksum, school_name, file_name "
                                              "FROM received_file WHERE school_code = :code AND school_year = :year"));
    query.bind(QStringLiteral(":code"), schoolCode).bind(QStringLiteral(":year"), schoolYear);
    if (Status status = query.exec(); !status)
        return status;
    if (!query.next())
        return std::optional<Held>();
    return std::optional<Held>(Held{query.value(0).toLongLong(), query.value(1).toInt(),
                                    QDateTime::fromString(query.value(2).toString(), Qt::ISODate),
                                    query.value(3).toString(), query.value(4).toString(),
                                    query.value(5).toString()});
}

Status ReceivingStore::insert(const ExchangeFile &file)
{
    const ExchangeDocument &document = file.document;
    SqlQuery query(m_database,
                   QStringLiteral("INSERT INTO received_file (school_code, school_name, school_year, index_id, "
                                  "index_version, revision, finalised_at, checksum, file_name, received_at, document) "
                                  "VALUES (:code, :name, :year, :index, :version, :revision, :at, :checksum, :file, "
                                  ":received, :document)"));
    query.bind(QStringLiteral(":code"), document.school.code)
        .bind(QStringLiteral(":name"), document.school.name)
        .bind(QStringLiteral(":year"), document.schoolYear)
        .bind(QStringLiteral(":index"), document.indexId)
        .bind(QStringLiteral(":version"), document.indexVersion)
        .bind(QStringLiteral(":revision"), document.revision)
        .bind(QStringLiteral(":at"), iso(document.finalisedAt))
        .bind(QStringLiteral(":checksum"), document.checksum)
        .bind(QStringLiteral(":file"), QFileInfo(file.path).fileName())
        .bind(QStringLiteral(":received"), nowIso())
        .bind(QStringLiteral(":document"),
              QString::fromUtf8(QJsonDocument(file.json).toJson(QJsonDocument::Compact)));
    return query.exec();
}

Status ReceivingStore::recordSuperseded(const ExchangeDocument &document, const QString &checksum,
                                        const QString &fileName, const QString &reason)
{
    SqlQuery query(m_database,
                   QStringLiteral("INSERT INTO received_superseded (school_code, school_name, school_year, revision, "
                                  "finalised_at, checksum, file_name, reason, recorded_at) VALUES (:code, :name, "
                                  ":year, :revision, :at, :checksum, :file, :reason, :now)"));
    query.bind(QStringLiteral(":code"), document.school.code)
        .bind(QStringLiteral(":name"), document.school.name)
        .bind(QStringLiteral(":year"), document.schoolYear)
        .bind(QStringLiteral(":revision"), document.revision)
        .bind(QStringLiteral(":at"), iso(document.finalisedAt))
        .bind(QStringLiteral(":checksum"), checksum)
        .bind(QStringLiteral(":file"), fileName)
        .bind(QStringLiteral(":reason"), reason)
        .bind(QStringLiteral(":now"), nowIso());
    return query.exec();
}

Status ReceivingStore::recordSupersededHeld(const Held &old, const ExchangeDocument &document, const QString &reason)
{
    ExchangeDocument previous;
    previous.school.code = document.school.code;
    previous.school.name = old.schoolName;
    previous.schoolYear = document.schoolYear;
    previous.revision = old.revision;
    previous.finalisedAt = old.finalisedAt;
    return recordSuperseded(previous, old.checksum, old.fileName, reason);
}

Expected<StoreOutcome> ReceivingStore::store(const ExchangeFile &file)
{
    const ExchangeDocument &document = file.document;
    const QString fileName = QFileInfo(file.path).fileName();
    const Expected<std::optional<Held>> current = held(document.school.code, document.schoolYear);
    if (!current)
        return current.status();
    StoreOutcome outcome;
    if (!current->has_value()) {
        if (Status status = insert(file); !status)
            return status;
        outcome.message = Text::tr("Đã nhận: %1 (mã %2), năm học %3, lần chốt %4.")
                              .arg(document.school.name, document.school.code, document.schoolYear)
                              .arg(document.revision);
        return outcome;
    }
    const Held &old = **current;
    outcome.heldRevision = old.revision;
    if (old.checksum == document.checksum) {
        outcome.kind = StoreOutcome::Kind::Duplicate;
        outcome.message = Text::tr("Trùng lặp: %1 (mã %2), năm học %3, lần chốt %4 đã có (tệp %5).")
                              .arg(document.school.name, document.school.code, document.schoolYear)
                              .arg(document.revision)
                              .arg(old.fileName);
        return outcome;
    }
    if (isNewer(document.revision, document.finalisedAt, old.revision, old.finalisedAt)) {
        Status status = recordSupersededHeld(old, document, Text::tr("thay bằng lần chốt %1 (tệp %2)")
                                                                .arg(document.revision)
                                                                .arg(fileName));
        SqlQuery remove(m_database, QStringLiteral("DELETE FROM received_file WHERE id = :id"));
        remove.bind(QStringLiteral(":id"), old.id);
        if (status)
            status = remove.exec();
        if (status)
            status = insert(file);
        if (!status)
            return status;
        outcome.kind = StoreOutcome::Kind::Replaced;
        outcome.message = Text::tr("Đã nhận: %1 (mã %2), năm học %3, lần chốt %4 thay cho lần chốt %5.")
                              .arg(document.school.name, document.school.code, document.schoolYear)
                              .arg(document.revision)
                              .arg(old.revision);
        return outcome;
    }
    const QString reason = Text::tr("đã có lần chốt %1 mới hơn (tệp %2)").arg(old.revision).arg(old.fileName);
    if (Status status = recordSuperseded(document, document.checksum, fileName, reason); !status)
        return status;
    outcome.kind = StoreOutcome::Kind::Superseded;
    outcome.message = Text::tr("Bản cũ: %1 (mã %2), năm học %3, lần chốt %4: %5.")
                          .arg(document.school.name, document.school.code, document.schoolYear)
                          .arg(document.revision)
                          .arg(reason);
    return outcome;
}

Expected<QList<ReceivedRecord>> ReceivingStore::records()
{
    SqlQuery query(m_database, QStringLiteral("SELECT id, file_name, received_at, document, checksum FROM received_file "
                                              "ORDER BY school_year, school_code"));
    if (Status status = query.exec(); !status)
        return status;
    QList<ReceivedRecord> result;
    while (query.next()) {
        Expected<ReceivedRecord> record = recordFromRow(query);
        if (!record)
            return record.status();
        result.append(std::move(record.value()));
    }
    return result;
}

Expected<ReceivedRecord> ReceivingStore::record(qint64 id)
{
    SqlQuery query(m_database, QStringLiteral("SELECT id, file_name, received_at, document, checksum FROM received_file "
                                              "WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(); !status)
        return status;
    if (!query.next())
        return Status::failure(Text::tr("Không tìm thấy hồ sơ đã nhận (mã %1).").arg(id));
    return recordFromRow(query);
}

Expected<QList<SupersededRecord>> ReceivingStore::superseded()
{
    SqlQuery query(m_database, QStringLiteral("SELECT school_code, school_name, school_year, revision, finalised_at, "
                                              "checksum, file_name, reason FROM received_superseded ORDER BY id"));
    if (Status status = query.exec(); !status)
        return status;
    QList<SupersededRecord> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toInt(), QDateTime::fromString(query.value(4).toString(), Qt::ISODate),
                       query.value(5).toString(), query.value(6).toString(), query.value(7).toString()});
    return result;
}

Expected<int> ReceivingStore::count()
{
    SqlQuery query(m_database, QStringLiteral("SELECT count(*) FROM received_file"));
    if (Status status = query.exec(); !status)
        return status;
    return query.next() ? query.value(0).toInt() : 0;
}

Status ReceivingStore::clear()
{
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status status = m_database.exec(QStringLiteral("DELETE FROM received_file")); !status)
        return status;
    if (Status status = m_database.exec(QStringLiteral("DELETE FROM received_superseded")); !status)
        return status;
    return transaction.commit();
}

Status ReceivingStore::remove(qint64 id)
{
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    SqlQuery query(m_database, QStringLiteral("DELETE FROM received_file WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(); !status)
        return status;
    return transaction.commit();
}

} // namespace sdx
