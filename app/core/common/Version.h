#pragma once

#include <QString>

namespace sdx::Version {

/// "0.1.0": the project version from CMake.
QString text();

} // namespace sdx::Version
