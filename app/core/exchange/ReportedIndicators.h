#pragma once

#include "exchange/ExchangeDocument.h"

namespace sdx {

struct InventoryTotals;

/**
 * The indicators a school reports to its managing authority (seed 003, Phụ lục, rows 3–8 and
 * their totals). The school types them in the send panel; a row it leaves empty takes the
 * figure its own inventory gives, so that an authority summing its schools does not sum
 * blanks the school has in fact counted. What the school typed always wins.
 */
namespace ReportedIndicators {

/// The inventory's figures as indicator values (only the rows the inventory knows).
ExchangeIndicators fromInventory(const InventoryTotals &totals);

/// `entered`, completed by `inventory` where a row is empty. A share is taken from the inventory
/// only when it stays within the total reported for it (typed or taken alike).
ExchangeIndicators completed(const ExchangeIndicators &entered, const ExchangeIndicators &inventory);

} // namespace ReportedIndicators
} // namespace sdx
