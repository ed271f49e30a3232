#pragma once

#include "DocumentInput.h"

namespace sdx {

struct InventoryTotals;
struct ExchangeIndicators;

/**
 * The managing authority's indicators (seed 003, Phụ lục, rows 3–8) as the documents print them:
 * from the year's people counts and equipment (InventoryTotals::indicators), or from the
 * indicators the school reports with its exchange file.
 */
namespace DocumentIndicators {

AuthorityIndicators fromInventory(const InventoryTotals &totals);
AuthorityIndicators fromExchange(const ExchangeIndicators &indicators);
/// `preferred` where known, `fallback` elsewhere.
AuthorityIndicators merged(const AuthorityIndicators &preferred, const AuthorityIndicators &fallback);

} // namespace DocumentIndicators
} // namespace sdx
