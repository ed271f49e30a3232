#include "CliContext.h"

#include "school/SchoolSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace sdx::cli {

CliContext::CliContext(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

CliContext::~CliContext() = default;

Expected<SchoolSession *> CliContext::session()
{
    if (!m_session) {
        Expected<std::unique_ptr<SchoolSession>> opened = SchoolSession::open(m_databasePath);
        if (!opened)
            return opened.status();
        m_session = std::move(opened.value());
    }
    return m_session.get();
}

Expected<SchoolSession *> CliContext::existingSession()
{
    if (!m_session && !QFileInfo::exists(m_databasePath))
        return Status::failure(QCoreApplication::translate("sdx::cli", "Chưa có cơ sở dữ liệu tại %1 "
                                                                        "(dùng --db ĐƯỜNG_DẪN hoặc biến SCHOOLDX_DB).")
                                   .arg(QDir::toNativeSeparators(m_databasePath)));
    return session();
}

int CliContext::fail(const QString &message, int code)
{
    m_err << QCoreApplication::translate("sdx::cli", "Lỗi: %1").arg(message) << Qt::endl;
    return code;
}

} // namespace sdx::cli
