#pragma once

#include "common/Status.h"

#include <QByteArray>

class QIODevice;

namespace sdx::Gzip {

/// Whether the bytes start with the gzip magic (1f 8b).
bool isGzip(const QByteArray &head);
/// Whether the bytes start like a ZIP archive ("PK\3\4", an empty or a spanned archive).
bool isZip(const QByteArray &head);

/// A real gzip stream (RFC 1952), readable by gzip, 7-Zip, Python's gzip module…
Expected<QByteArray> compress(const QByteArray &data, int level = 6);

/**
 * Inflates one gzip stream read from `input` chunk by chunk, refusing it as soon as the output
 * passes `maxOutput` bytes: memory and time stay bounded whatever the stream declares.
 * Truncated or corrupt streams, and bytes after the end of the stream, are refused too.
 * Messages are Vietnamese reasons without the file name (callers prefix it).
 */
Expected<QByteArray> inflate(QIODevice &input, qint64 maxOutput);

} // namespace sdx::Gzip
