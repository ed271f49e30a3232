#pragma once

#include "Status.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace sdx {

/**
 * Writes every file the user asked for through a temporary file that replaces the target only
 * when complete (QSaveFile), then reads it back: a full disk or a crash never leaves a half file
 * where a good one was, and "done" is only said once the bytes are really there.
 */
namespace SafeFile {

Status write(const QString &path, const QByteArray &data);

/// For writers that stream (PDF, ZIP): `writer` fills the device and returns false on failure.
/// `verify`, if given, checks the finished file (e.g. re-opens the ZIP) before success is reported.
Status write(const QString &path,
             const std::function<bool(QIODevice &device, QString *error)> &writer,
             const std::function<Status(const QString &path)> &verify = {});

/// Reads a whole file, refusing anything over `maxBytes` before reading it into memory.
Expected<QByteArray> read(const QString &path, qint64 maxBytes);

} // namespace SafeFile
} // namespace sdx
