#pragma once

#include "DocumentInput.h"

#include <QJsonObject>

namespace sdx {

/**
 * The inventory annex and the authority's indicators as the exchange file carries them
 * (`inventory.summary`, docs/exchange-format.md), so a document can be printed from a .sdx alone.
 * Reading is lenient: a missing or malformed member gives an empty part, never an error.
 */
namespace DocumentInventoryJson {

struct Content
{
    DocumentInventorySummary inventory;
    AuthorityIndicators indicators;
};

QJsonObject toJson(const DocumentInventorySummary &inventory, const AuthorityIndicators &indicators);
Content fromJson(const QJsonObject &summary);

} // namespace DocumentInventoryJson
} // namespace sdx
