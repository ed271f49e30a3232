#pragma once

#include "Facts.h"
#include "common/Status.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace sdx {

/// What a facts file holds: which index it answers, the answers and any manual adjustments.
struct FactsFileContent
{
    QString indexId;
    int indexVersion = 0;   ///< 0 when the file does not say: the latest known version is used
    Facts facts;
    Adjustments adjustments;
    QString format;         ///< which reader understood it: "plain", …
};

/**
 * Reads a file of facts for `schooldx-cli score` and for imports. The plain form is always
 * accepted:
 *
 *     {"index": "4725/QĐ-BGDĐT", "indexVersion": 1, "facts": {"1.1": true, "1.4": 25,
 *      "1.6.1": {"count": 15, "of": 15}}, "adjustments": {"1.4": {"points": 4, "reason": "…", "by": "…"}}}
 *
 * Other formats (the exchange file) plug in as one more entry of the reader table in
 * FactsFile.cpp: a reader says whether it recognises a file, then reads it.
 * Values are kept as given; checking them against the index is the scoring's job.
 */
namespace FactsFile {

struct Reader
{
    const char *format;
    /// Whether this reader recognises the file, from its path and first bytes.
    bool (*accepts)(const QString &path, const QByteArray &head);
    Expected<FactsFileContent> (*read)(const QString &path);
};

Expected<FactsFileContent> read(const QString &path);

/// The plain JSON form from memory; `sourceName` names it in messages.
Expected<FactsFileContent> parsePlain(const QByteArray &data, const QString &sourceName);
/// The plain JSON form of `content` (facts and adjustments), e.g. for a sample file.
QJsonObject toPlainJson(const FactsFileContent &content);

} // namespace FactsFile
} // namespace sdx
