#pragma once

#include "IndexDefinition.h"
#include "common/Status.h"

#include <QByteArray>
#include <QStringList>

namespace sdx {

/**
 * Reads an index file (a .json file in resources/index/, format "schooldx-index") and checks it: unique ids,
 * items summing to their criterion, criteria to their group, ordered tiers and thresholds. A later
 * index is a new file; a faulty one is refused with every problem named, never half-loaded.
 */
namespace IndexLoader {

/// `sourceName` names the file in messages.
Expected<IndexDefinition> fromJson(const QByteArray &data, const QString &sourceName);
Expected<IndexDefinition> fromFile(const QString &path);

/// The consistency rules, each broken one a Vietnamese sentence; empty when the index is sound.
QStringList validate(const IndexDefinition &index);

} // namespace IndexLoader
} // namespace sdx
