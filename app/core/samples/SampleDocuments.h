#pragma once

#include "common/Status.h"

namespace sdx {

class Database;

/**
 * The sample school's plan as seed 002 issued it: Kế hoạch số 18/KH-THCVA ngày 16 tháng 02 năm 2023,
 * signed by the principal, its nơi nhận, the căn cứ it cites (the province's, the district's and
 * the school's own documents become the school's own legal bases) and the sections it words for
 * its own school. Stored as a school would store them on the documents page.
 */
namespace SampleDocuments {

Status fill(Database &database, qint64 yearId);

} // namespace SampleDocuments
} // namespace sdx
