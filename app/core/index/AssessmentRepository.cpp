#include "AssessmentRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sdx {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sdx::AssessmentRepository", text);
}

/// A fact value as stored: compact JSON text of any JSON value (scalars included).
QString toJsonText(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QJsonValue fromJsonText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    return document.array().isEmpty() ? QJsonValue() : document.array().at(0);
}

/// "23/11/2024 19:29" in local time, from the stored UTC ISO stamp.
QString localTime(const QString &isoUtc)
{
    const QDateTime stamp = QDateTime::fromString(isoUtc, Qt::ISODate);
    return stamp.isValid() ? stamp.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : isoUtc;
}

QString byOrUnknown(const QString &by)
{
    return by.isEmpty() ? tr("người dùng") : by;
}

/// Runs `body` inside a transaction, committing only if it succeeded.
template<typename Body>
Status inTransaction(Database &database, Body body)
{
    Transaction transaction(database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status status = body(); !status)
        return status;
    return transaction.commit();
}

Status execOne(Database &database, const QString &sql, const QList<std::pair<QString, QVariant>> &bindings)
{
    SqlQuery query(database, sql);
    for (const auto &[name, value] : bindings)
        query.bind(name, value);
    return query.exec();
}

const QString kUpsertAnswer = QStringLiteral(
    "INSERT INTO assessment_answer (year_id, item_id, value, answered_by) VALUES (:year, :item, :value, :by) "
    "ON CONFLICT(year_id, item_id) DO UPDATE SET value = excluded.value, answered_by = excluded.answered_by, "
    "answered_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");

} // namespace

Expected<Facts> AssessmentRepository::loadAnswers(qint64 yearId)
{
    SqlQuery query(m_database, QStringLiteral("SELECT item_id, value, answered_by, answered_at FROM assessment_answer "
                                              "WHERE year_id = :year"));
    query.bind(QStringLiteral(":year"), yearId);
    if (Status status = query.exec(); !status)
        return status;
    Facts facts;
    while (query.next()) {
        Fact fact;
        fact.value = fromJsonText(query.value(1).toString());
        fact.by = query.value(2).toString();
        fact.at = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
        fact.provenance = tr("nhập tay bởi %1 lúc %2").arg(byOrUnknown(fact.by), localTime(query.value(3).toString()));
        facts.insert(query.value(0).toString(), fact);
    }
    return facts;
}

Expected<Facts> AssessmentRepository::loadOverrides(qint64 yearId)
{
    SqlQuery query(m_database, QStringLiteral("SELECT item_id, value, derived_value, derived_provenance, overridden_by, "
                                              "overridden_at FROM assessment_override WHERE year_id = :year"));
    query.bind(QStringLiteral(":year"), yearId);
    if (Status status = query.exec(); !status)
        return status;
    Facts facts;
    while (query.next()) {
        Fact fact;
        fact.value = fromJsonText(query.value(1).toString());
        fact.derivedValue = query.value(2).isNull() ? QJsonValue() : fromJsonText(query.value(2).toString());
        fact.derivedProvenance = query.value(3).toString();
        fact.by = query.value(4).toString();
        fact.at = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
        facts.insert(query.value(0).toString(), fact);
    }
    return facts;
}

Expected<Adjustments> AssessmentRepository::loadAdjustments(qint64 yearId)
{
    SqlQuery query(m_database, QStringLiteral("SELECT item_id, points, reason, adjusted_by FROM assessment_adjustment "
                                              "WHERE year_id = :year"));
    query.bind(QStringLiteral(":year"), yearId);
    if (Status status = query.exec(); !status)
        return status;
    Adjustments adjustments;
    while (query.next())
        adjustments.insert(query.value(0).toString(),
                           {query.value(1).toDouble(), query.value(2).toString(), query.value(3).toString()});
    return adjustments;
}

Expected<EvidenceMap> AssessmentRepository::loadEvidence(qint64 yearId)
{
    SqlQuery query(m_database, QStringLiteral("SELECT id, item_id, title, kind, location, issuer, notes, last_checked, "
                                              "last_result FROM evidence WHERE year_id = :year "
                                              "ORDER BY item_id, position, id"));
    query.bind(QStringLiteral(":year"), yearId);
    if (Status status = query.exec(); !status)
        return status;
    EvidenceMap evidence;
    while (query.next()) {
        EvidenceEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.itemId = query.value(1).toString();
        entry.title = query.value(2).toString();
        entry.kind = EvidenceKinds::fromCode(query.value(3).toString()).value_or(EvidenceKind::Link);
        entry.location = query.value(4).toString();
        entry.issuer = query.value(5).toString();
        entry.notes = query.value(6).toString();
        entry.lastChecked = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        entry.lastResult = query.value(8).toString();
        evidence[entry.itemId].append(entry);
    }
    return evidence;
}

Status AssessmentRepository::saveAnswer(qint64 yearId, const QString &itemId, const QJsonValue &value,
                                        const QString &by)
{
    if (value.isNull() || value.isUndefined())
        return removeAnswer(yearId, itemId);
    return inTransaction(m_database, [&] {
        return execOne(m_database, kUpsertAnswer,
                       {{QStringLiteral(":year"), yearId}, {QStringLiteral(":item"), itemId},
                        {QStringLiteral(":value"), toJsonText(value)}, {QStringLiteral(":by"), by}});
    });
}

Status AssessmentRepository::saveAnswers(qint64 yearId, const Facts &answers, const QString &by)
{
    return inTransaction(m_database, [&]() -> Status {
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            Status status = it->value.isNull() || it->value.isUndefined()
                                ? removeAnswer(yearId, it.key())
                                : execOne(m_database, kUpsertAnswer,
                                          {{QStringLiteral(":year"), yearId}, {QStringLiteral(":item"), it.key()},
                                           {QStringLiteral(":value"), toJsonText(it->value)},
                                           {QStringLiteral(":by"), it->by.isEmpty() ? by : it->by}});
            if (!status)
                return status.prefixed(tr("Mục %1").arg(it.key()));
        }
        return Status::success();
    });
}

Status AssessmentRepository::removeAnswer(qint64 yearId, const QString &itemId)
{
    return inTransaction(m_database, [&] {
        return execOne(m_database, QStringLiteral("DELETE FROM assessment_answer WHERE year_id = :year AND item_id = :item"),
                       {{QStringLiteral(":year"), yearId}, {QStringLiteral(":item"), itemId}});
    });
}

Status AssessmentRepository::saveOverride(qint64 yearId, const QString &itemId, const QJsonValue &value,
                                          const DerivedFact &replaced, const QString &by)
{
    const QVariant derived = replaced.value.isUndefined() || replaced.value.isNull()
                                 ? QVariant()
                                 : QVariant(toJsonText(replaced.value));
    return inTransaction(m_database, [&] {
        return execOne(m_database,
                       QStringLiteral("INSERT INTO assessment_override (year_id, item_id, value, derived_value, "
                                      "derived_provenance, overridden_by) VALUES (:year, :item, :value, :derived, "
                                      ":provenance, :by) ON CONFLICT(year_id, item_id) DO UPDATE SET "
                                      "value = excluded.value, derived_value = excluded.derived_value, "
                                      "derived_provenance = excluded.derived_provenance, "
                                      "overridden_by = excluded.overridden_by, "
                                      "overridden_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"),
                       {{QStringLiteral(":year"), yearId}, {QStringLiteral(":item"), itemId},
                        {QStringLiteral(":value"), toJsonText(value)}, {QStringLiteral(":derived"), derived},
                        {QStringLiteral(":provenance"), replaced.provenance}, {QStringLiteral(":by"), by}});
    });
}

Status AssessmentRepository::removeOverride(qint64 yearId, const QString &itemId)
{
    return inTransaction(m_database, [&] {
        return execOne(m_database,
                       QStringLiteral("DELETE FROM assessment_override WHERE year_id = :year AND item_id = :item"),
                       {{QStringLiteral(":year"), yearId}, {QStringLiteral(":item"), itemId}});
    });
}

Status AssessmentRepository::saveAdjustment(qint64 yearId, const QString &itemId, const Adjustment &adjustment)
{
    if (adjustment.reason.trimmed().isEmpty())
        return Status::failure(tr("Mục %1: điều chỉnh điểm phải ghi lý do.").arg(itemId));
    return inTransaction(m_database, [&] {
        return execOne(m_database,
                       QStringLiteral("INSERT INTO assessment_adjustment (year_id, item_id, points, reason, adjusted_by) "
                                      "VALUES (:year, :item, :points, :reason, :by) ON CONFLICT(year_id, item_id) DO "
                                      "UPDATE SET points = excluded.points, reason = excluded.reason, "
                                      "adjusted_by = excluded.adjusted_by, "
                                      "adjusted_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"),
                       {{QStringLiteral(":year"), yearId}, {QStringLiteral(":item"), itemId},
                        {QStringLiteral(":points"), adjustment.points},
                        {QStringLiteral(":reason"), adjustment.reason.trimmed()},
                        {QStringLiteral(":by"), adjustment.by}});
    });
}

Status AssessmentRepository::removeAdjustment(qint64 yearId, const QString &itemId)
{
    return inTransaction(m_database, [&] {
        return execOne(m_database,
                       QStringLiteral("DELETE FROM assessment_adjustment WHERE year_id = :year AND item_id = :item"),
                       {{QStringLiteral(":year"), yearId}, {QStringLiteral(":item"), itemId}});
    });
}

Status AssessmentRepository::insertEvidence(qint64 yearId, const EvidenceEntry &entry, int position, qint64 *newId)
{
    SqlQuery query(m_database,
                   QStringLiteral("INSERT INTO evidence (year_id, item_id, position, title, kind, location, issuer, "
                                  "notes, last_checked, last_result) VALUES (:year, :item, :position, :title, :kind, "
                                  ":location, :issuer, :notes, :checked, :result)"));
    query.bind(QStringLiteral(":year"), yearId)
        .bind(QStringLiteral(":item"), entry.itemId)
        .bind(QStringLiteral(":position"), position)
        .bind(QStringLiteral(":title"), entry.title)
        .bind(QStringLiteral(":kind"), EvidenceKinds::code(entry.kind))
        .bind(QStringLiteral(":location"), entry.location)
        .bind(QStringLiteral(":issuer"), entry.issuer)
        .bind(QStringLiteral(":notes"), entry.notes)
        .bind(QStringLiteral(":checked"),
              entry.lastChecked.isValid() ? QVariant(entry.lastChecked.toString(Qt::ISODate)) : QVariant())
        .bind(QStringLiteral(":result"), entry.lastResult);
    Status status = query.exec();
    if (status && newId)
        *newId = query.lastInsertId();
    return status;
}

Expected<qint64> AssessmentRepository::addEvidence(qint64 yearId, const EvidenceEntry &entry)
{
    qint64 id = 0;
    const Status status = inTransaction(m_database, [&]() -> Status {
        SqlQuery next(m_database, QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM evidence "
                                                 "WHERE year_id = :year AND item_id = :item"));
        next.bind(QStringLiteral(":year"), yearId).bind(QStringLiteral(":item"), entry.itemId);
        if (Status found = next.exec(); !found)
            return found;
        const int position = next.next() ? next.value(0).toInt() : 0;
        return insertEvidence(yearId, entry, position, &id);
    });
    if (!status)
        return status;
    return id;
}

Status AssessmentRepository::updateEvidence(const EvidenceEntry &entry)
{
    return inTransaction(m_database, [&]() -> Status {
        SqlQuery query(m_database, QStringLiteral("UPDATE evidence SET title = :title, kind = :kind, location = :location, "
                                                  "issuer = :issuer, notes = :notes, last_checked = :checked, "
                                                  "last_result = :result WHERE id = :id"));
        query.bind(QStringLiteral(":title"), entry.title)
            .bind(QStringLiteral(":kind"), EvidenceKinds::code(entry.kind))
            .bind(QStringLiteral(":location"), entry.location)
            .bind(QStringLiteral(":issuer"), entry.issuer)
            .bind(QStringLiteral(":notes"), entry.notes)
            .bind(QStringLiteral(":checked"),
                  entry.lastChecked.isValid() ? QVariant(entry.lastChecked.toString(Qt::ISODate)) : QVariant())
            .bind(QStringLiteral(":result"), entry.lastResult)
            .bind(QStringLiteral(":id"), entry.id);
        if (Status status = query.exec(); !status)
            return status;
        if (query.rowsAffected() != 1)
            return Status::failure(tr("Không tìm thấy minh chứng (mã %1) để sửa.").arg(entry.id));
        return Status::success();
    });
}

Status AssessmentRepository::removeEvidence(qint64 entryId)
{
    return inTransaction(m_database, [&] {
        return execOne(m_database, QStringLiteral("DELETE FROM evidence WHERE id = :id"), {{QStringLiteral(":id"), entryId}});
    });
}

Status AssessmentRepository::replaceEvidence(qint64 yearId, const QString &itemId, const QList<EvidenceEntry> &entries)
{
    return inTransaction(m_database, [&]() -> Status {
        if (Status status = execOne(m_database,
                                    QStringLiteral("DELETE FROM evidence WHERE year_id = :year AND item_id = :item"),
                                    {{QStringLiteral(":year"), yearId}, {QStringLiteral(":item"), itemId}});
            !status)
            return status;
        for (int i = 0; i < entries.size(); ++i) {
            EvidenceEntry entry = entries.at(i);
            entry.itemId = itemId;
            if (Status status = insertEvidence(yearId, entry, i, nullptr); !status)
                return status;
        }
        return Status::success();
    });
}

Status AssessmentRepository::recordLinkCheck(qint64 entryId, const QDate &checkedOn, const QString &result)
{
    return inTransaction(m_database, [&] {
        return execOne(m_database, QStringLiteral("UPDATE evidence SET last_checked = :checked, last_result = :result "
                                                  "WHERE id = :id"),
                       {{QStringLiteral(":checked"), checkedOn.toString(Qt::ISODate)},
                        {QStringLiteral(":result"), result},
                        {QStringLiteral(":id"), entryId}});
    });
}

Status AssessmentRepository::copyForward(Database &database, qint64 fromYearId, qint64 toYearId)
{
    SqlQuery answers(database, QStringLiteral("INSERT INTO assessment_answer (year_id, item_id, value, answered_by, "
                                              "answered_at) SELECT :to, item_id, value, answered_by, answered_at "
                                              "FROM assessment_answer WHERE year_id = :from"));
    answers.bind(QStringLiteral(":to"), toYearId).bind(QStringLiteral(":from"), fromYearId);
    if (Status status = answers.exec(); !status)
        return status;
    SqlQuery evidence(database, QStringLiteral("INSERT INTO evidence (year_id, item_id, position, title, kind, location, "
                                               "issuer, notes, last_checked, last_result) SELECT :to, item_id, position, "
                                               "title, kind, location, issuer, notes, last_checked, last_result "
                                               "FROM evidence WHERE year_id = :from ORDER BY id"));
    evidence.bind(QStringLiteral(":to"), toYearId).bind(QStringLiteral(":from"), fromYearId);
    return evidence.exec();
}

} // namespace sdx
