#pragma once

#include "SchoolYear.h"
#include "common/Status.h"

#include <QList>

namespace sdx {

class Database;

/// The school years of a database, oldest first.
class YearRepository final
{
public:
    explicit YearRepository(Database &database) : m_database(database) {}

    Expected<QList<SchoolYear>> list();
    Expected<SchoolYear> find(qint64 id);
    Expected<SchoolYear> findByName(const QString &name);
    /// Creates an empty year; the name may be written "2023 - 2024".
    Expected<SchoolYear> create(const QString &name);
    /// Creates `name` with a copy of everything `from` holds (inventory, answers, texts…),
    /// all in one transaction: either the new year is complete or it does not exist.
    Expected<SchoolYear> copyForward(qint64 fromYearId, const QString &name);
    Status remove(qint64 id);

private:
    Expected<SchoolYear> insert(const QString &name, qint64 copiedFrom);
    Database &m_database;
};

} // namespace sdx
