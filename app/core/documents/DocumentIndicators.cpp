#include "DocumentIndicators.h"

#include "exchange/ExchangeDocument.h"
#include "inventory/InventoryTotals.h"

namespace sdx::DocumentIndicators {
namespace {

/// The field of each row of the authority's appendix (its numbers 3–8).
Indicator *field(AuthorityIndicators &values, int number)
{
    switch (number) {
    case 3: return &values.itStaff;
    case 4: return &values.trainedStaff;
    case 5: return &values.protectedComputers;
    case 6: return &values.equippedTeachers;
    case 7: return &values.equippedStudents;
    case 8: return &values.platformStudents;
    default: return nullptr;
    }
}

Indicator fromPair(const ExchangeIndicators &indicators, const QString &key)
{
    const std::optional<qint64> count = indicators.value(key);
    const std::optional<qint64> total = indicators.value(ExchangeIndicators::denominatorOf(key));
    if (!count || !total || *total <= 0)
        return {};
    return Indicator{int(*count), int(*total)};
}

} // namespace

AuthorityIndicators fromInventory(const InventoryTotals &totals)
{
    AuthorityIndicators values;
    for (const AuthorityIndicator &indicator : totals.indicators) {
        Indicator *target = field(values, indicator.number);
        if (target && indicator.isKnown())
            *target = Indicator{*indicator.count, *indicator.of};
    }
    return values;
}

AuthorityIndicators fromExchange(const ExchangeIndicators &indicators)
{
    AuthorityIndicators values;
    values.itStaff = fromPair(indicators, QStringLiteral("staffInChargeOfIt"));
    values.trainedStaff = fromPair(indicators, QStringLiteral("staffTrained"));
    values.protectedComputers = fromPair(indicators, QStringLiteral("computersWithAntiMalware"));
    values.equippedTeachers = fromPair(indicators, QStringLiteral("teachersEquippedOnline"));
    values.equippedStudents = fromPair(indicators, QStringLiteral("studentsEquippedOnline"));
    values.platformStudents = fromPair(indicators, QStringLiteral("studentsUsingOnlinePlatform"));
    return values;
}

AuthorityIndicators merged(const AuthorityIndicators &preferred, const AuthorityIndicators &fallback)
{
    AuthorityIndicators result = fallback;
    AuthorityIndicators given_ = preferred;
    for (int number = 3; number <= 8; ++number) {
        const Indicator *given = field(given_, number);
        if (given->isKnown())
            *field(result, number) = *given;
    }
    return result;
}

} // namespace sdx::DocumentIndicators
