#pragma once

#include "common/Status.h"

#include <QSqlQuery>
#include <QVariant>

namespace sdx {

class Database;

/**
 * A prepared statement whose every failure becomes a Status with the SQL error in it.
 * Values are always bound, never pasted into the SQL.
 */
class SqlQuery final
{
public:
    SqlQuery(Database &database, const QString &sql);

    /// Binds a value; pass QVariant() for SQL NULL (a null QString binds as '').
    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

private:
    QSqlQuery m_query;
    Status m_prepareStatus;
};

} // namespace sdx
