#include "Version.h"

namespace sdx::Version {

QString text()
{
    return QStringLiteral(SDX_VERSION);
}

} // namespace sdx::Version
