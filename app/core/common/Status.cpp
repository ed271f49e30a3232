#include "Status.h"

namespace sdx {

Status Status::success()
{
    return Status();
}

Status Status::failure(const QString &message)
{
    Status status;
    status.m_ok = false;
    status.m_message = message;
    return status;
}

Status Status::prefixed(const QString &context) const
{
    if (m_ok)
        return *this;
    return failure(context + QStringLiteral(": ") + m_message);
}

} // namespace sdx
