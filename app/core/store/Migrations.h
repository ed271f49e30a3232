#pragma once

#include "common/Status.h"

#include <QStringList>

namespace sdx {

class Database;

/**
 * The numbered schema steps, as SQL files in resources/schema/ ("0001_foundation.sql", …).
 * Step N runs in one transaction that also sets PRAGMA user_version = N, so a failure leaves the
 * database at N-1, never between.
 */
namespace Migrations {

int latestVersion();
/// Splits a migration file into statements (one per ';' at a line end).
QStringList statements(const QString &sql);
/// Applies the steps after the database's version, up to `targetVersion`.
Status migrate(Database &database, int targetVersion);

} // namespace Migrations
} // namespace sdx
