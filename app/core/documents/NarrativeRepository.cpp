#include "NarrativeRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QStringList>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::NarrativeRepository)
};

Status remove(Database &database, qint64 yearId, DocumentKind kind, const QString &section)
{
    SqlQuery query(database, QStringLiteral("DELETE FROM document_narrative WHERE year_id = :year AND document = :doc "
                                            "AND (:section = '' OR section = :section)"));
    query.bind(QStringLiteral(":year"), yearId)
        .bind(QStringLiteral(":doc"), DocumentKinds::code(kind))
        .bind(QStringLiteral(":section"), section);
    return query.exec();
}

} // namespace

QString NarrativeRepository::normalized(const QString &text)
{
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    unified.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = unified.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

Expected<QMap<QString, QString>> NarrativeRepository::edits(qint64 yearId, DocumentKind kind)
{
    SqlQuery query(m_database, QStringLiteral("SELECT section, text FROM document_narrative "
                                              "WHERE year_id = :year AND document = :doc"));
    query.bind(QStringLiteral(":year"), yearId).bind(QStringLiteral(":doc"), DocumentKinds::code(kind));
    if (Status status = query.exec(); !status)
        return status;
    QMap<QString, QString> texts;
    while (query.next())
        texts.insert(query.value(0).toString(), query.value(1).toString());
    return texts;
}

Status NarrativeRepository::save(qint64 yearId, DocumentKind kind, const QString &section, const QString &text,
                                 const QString &defaultText)
{
    if (section.trimmed().isEmpty())
        return Status::failure(Text::tr("Không lưu được nội dung văn bản: thiếu tên phần."));
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    const QString value = normalized(text);
    Status status;
    if (!defaultText.isNull() && value == normalized(defaultText)) {
        status = remove(m_database, yearId, kind, section);
    } else {
        SqlQuery query(m_database, QStringLiteral(
            "INSERT INTO document_narrative (year_id, document, section, text) VALUES (:year, :doc, :section, :text) "
            "ON CONFLICT (year_id, document, section) DO UPDATE SET text = excluded.text, "
            "updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"));
        query.bind(QStringLiteral(":year"), yearId)
            .bind(QStringLiteral(":doc"), DocumentKinds::code(kind))
            .bind(QStringLiteral(":section"), section)
            .bind(QStringLiteral(":text"), value);
        status = query.exec();
    }
    if (!status)
        return status.prefixed(Text::tr("Không lưu được phần \"%1\" của %2").arg(section, DocumentKinds::displayName(kind)));
    return transaction.commit();
}

Status NarrativeRepository::reset(qint64 yearId, DocumentKind kind, const QString &section)
{
    if (section.trimmed().isEmpty())
        return Status::failure(Text::tr("Không khôi phục được nội dung mặc định: thiếu tên phần."));
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status status = remove(m_database, yearId, kind, section); !status)
        return status;
    return transaction.commit();
}

Status NarrativeRepository::resetAll(qint64 yearId, DocumentKind kind)
{
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status status = remove(m_database, yearId, kind, QString()); !status)
        return status;
    return transaction.commit();
}

} // namespace sdx
