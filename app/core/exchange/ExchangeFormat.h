#pragma once

#include <QtGlobal>

namespace sdx::ExchangeFormat {

/// The value of "format" in every exchange file; anything else is not ours.
inline constexpr const char *Name = "schooldx-exchange";
/// The format version this build writes and the newest it reads.
inline constexpr int Version = 1;
/// Extension of exchange files, without the dot.
inline constexpr const char *Suffix = "sdx";

/// Files larger than this are refused before a byte is read: a school's file is a few hundred KB,
/// so anything near this is a mistake or an attack, never data worth waiting for.
inline constexpr qint64 MaxFileBytes = qint64(50) * 1024 * 1024;
/// A compressed file may inflate to at most this: inflation stops (and the file is refused) as soon
/// as the output passes it, so a "gzip bomb" costs at most this much memory and time.
inline constexpr qint64 MaxContentBytes = qint64(50) * 1024 * 1024;

} // namespace sdx::ExchangeFormat
