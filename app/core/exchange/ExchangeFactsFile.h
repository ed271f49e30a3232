#pragma once

#include "index/FactsFile.h"

namespace sdx {

/// The exchange file as one more format of FactsFile's reader table, so `schooldx-cli score FILE.sdx`
/// scores the facts of a school's exchange file (after the file's own checks: size, checksum…).
namespace ExchangeFactsFile {

/// A .sdx name, gzip content, or JSON that names the exchange format in its first bytes.
bool accepts(const QString &path, const QByteArray &head);
Expected<FactsFileContent> read(const QString &path);

} // namespace ExchangeFactsFile
} // namespace sdx
