#pragma once

#include <QString>

namespace sdx::TextKey {

/**
 * The form under which two spellings of the same Vietnamese word compare equal: no diacritics
 * ("đ" → "d"), lower case, punctuation and runs of spaces folded to one space. Imported files
 * spell headers and categories every which way ("Loại thiết bị", "LOAI THIET BI", "loai_thiet_bi").
 */
QString normalized(const QString &text);

/// Whether `needle` (already normalized) occurs in `haystack` (already normalized) as whole words.
bool containsWords(const QString &haystack, const QString &needle);

/// The comparison key of a name the user typed: case and spacing folded, diacritics kept,
/// so "Lớp 1A" and "lớp  1a" are the same room but "Phòng Tin" and "Phòng Tín" are not.
QString nameKey(const QString &text);

} // namespace sdx::TextKey
