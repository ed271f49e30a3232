#include "SqlQuery.h"

#include "Database.h"
#include "SqlErrors.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sdx {

SqlQuery::SqlQuery(Database &database, const QString &sql)
    : m_query(database.connection())
{
    if (!m_query.prepare(sql))
        m_prepareStatus = Status::failure(QCoreApplication::translate("sdx::Database", "Lỗi cơ sở dữ liệu: %1")
                                              .arg(m_query.lastError().text()));
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    // A null QString means "no text" in our domain, not SQL NULL: the columns are NOT NULL ''.
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QStringLiteral(""));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepareStatus)
        return m_prepareStatus;
    if (m_query.exec())
        return Status::success();
    return Status::failure(SqlErrors::userMessage(m_query.lastError()));
}

} // namespace sdx
