#include "ReportedIndicators.h"

#include "inventory/InventoryTotals.h"

namespace sdx::ReportedIndicators {
namespace {

/// The exchange keys of the authority's row `number` (its count, and the total it is a share of).
QString countKey(int number)
{
    switch (number) {
    case 3: return QStringLiteral("staffInChargeOfIt");
    case 4: return QStringLiteral("staffTrained");
    case 5: return QStringLiteral("computersWithAntiMalware");
    case 6: return QStringLiteral("teachersEquippedOnline");
    case 7: return QStringLiteral("studentsEquippedOnline");
    case 8: return QStringLiteral("studentsUsingOnlinePlatform");
    default: return QString();
    }
}

} // namespace

ExchangeIndicators fromInventory(const InventoryTotals &totals)
{
    ExchangeIndicators result;
    for (const AuthorityIndicator &indicator : totals.indicators) {
        const QString key = countKey(indicator.number);
        if (key.isEmpty())
            continue;
        // A total the inventory knows (teachers, students, computers) is reported even when the
        // share of it is not counted yet.
        if (indicator.of && *indicator.of > 0)
            result.values.insert(ExchangeIndicators::denominatorOf(key), *indicator.of);
        if (indicator.isKnown())
            result.values.insert(key, *indicator.count);
    }
    return result;
}

ExchangeIndicators completed(const ExchangeIndicators &entered, const ExchangeIndicators &inventory)
{
    ExchangeIndicators result = entered;
    // Totals first, so that each share below is checked against the total that will be reported.
    for (const QString &key : ExchangeIndicators::keys()) {
        if (ExchangeIndicators::denominatorOf(key).isEmpty() && !result.value(key) && inventory.value(key))
            result.values.insert(key, *inventory.value(key));
    }
    for (const QString &key : ExchangeIndicators::keys()) {
        const QString total = ExchangeIndicators::denominatorOf(key);
        if (total.isEmpty() || result.value(key) || !inventory.value(key))
            continue;
        const std::optional<qint64> reportedTotal = result.value(total);
        if (!reportedTotal || *inventory.value(key) <= *reportedTotal)
            result.values.insert(key, *inventory.value(key));
    }
    return result;
}

} // namespace sdx::ReportedIndicators
