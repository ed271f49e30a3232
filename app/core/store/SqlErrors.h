#pragma once

#include <QString>

class QSqlError;

namespace sdx::SqlErrors {

/**
 * The message a user reads for a failed statement. The database's own rules (the year lock's
 * triggers) speak in sentences meant for users: those are shown alone and translated; anything
 * else is "Lỗi cơ sở dữ liệu: …" with SQLite's text, for support.
 */
QString userMessage(const QSqlError &error);

} // namespace sdx::SqlErrors
