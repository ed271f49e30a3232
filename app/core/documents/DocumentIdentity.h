#pragma once

#include "DocumentInput.h"

namespace sdx {

struct SchoolProfile;
struct ExchangeSchool;

/**
 * The school as its documents name it, from the stored profile or from an exchange file: the
 * authority line as printed (IN HOA) and the same authority written in a sentence.
 */
namespace DocumentIdentity {

SchoolIdentity fromProfile(const SchoolProfile &profile);
SchoolIdentity fromExchange(const ExchangeSchool &school);

/// "PHÒNG GD&ĐT HUYỆN ĐĂK SONG" → "Phòng Giáo dục và Đào tạo huyện Đăk Song";
/// "UBND XÃ ĐỨC AN" → "Ủy ban nhân dân xã Đức An". A line already in mixed case is kept.
QString authorityInSentence(const QString &authorityLine);
/// The printed line: the profile's text in capitals ("Phòng GD&ĐT …" → "PHÒNG GD&ĐT …").
QString authorityLine(const QString &authority);

} // namespace DocumentIdentity
} // namespace sdx
