#pragma once

#include "common/Status.h"
#include "school/SchoolProfile.h"

namespace sdx {

class SchoolSession;

/**
 * The sample school of seed 002: Trường Tiểu học Chu Văn An (Đăk Song), năm học 2022 - 2023, as its
 * Kế hoạch 18/KH-THCVA states it. A newcomer opens it to see every page filled; tests and
 * benchmarks use it as a realistic school.
 */
namespace SampleSchool {

inline constexpr const char *YearName = "2022-2023";

SchoolProfile profile();

/// Fills an empty database with the whole sample, in one transaction. Refuses a database that
/// already holds a school, so nothing of a real school is ever overwritten.
Status create(SchoolSession &session);

} // namespace SampleSchool
} // namespace sdx
