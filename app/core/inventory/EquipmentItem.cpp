#include "EquipmentItem.h"

#include <QCoreApplication>

namespace sdx {
namespace RepairOutcomes {

QList<RepairOutcome> all()
{
    return {RepairOutcome::Pending, RepairOutcome::Repaired, RepairOutcome::WrittenOff, RepairOutcome::NotRepairable};
}

QString code(RepairOutcome outcome)
{
    switch (outcome) {
    case RepairOutcome::Pending: return QString();
    case RepairOutcome::Repaired: return QStringLiteral("repaired");
    case RepairOutcome::WrittenOff: return QStringLiteral("written-off");
    case RepairOutcome::NotRepairable: return QStringLiteral("not-repairable");
    }
    return QString();
}

bool fromCode(const QString &text, RepairOutcome *outcome)
{
    for (RepairOutcome candidate : all()) {
        if (code(candidate) == text) {
            *outcome = candidate;
            return true;
        }
    }
    return false;
}

QString label(RepairOutcome outcome)
{
    switch (outcome) {
    case RepairOutcome::Pending: return QCoreApplication::translate("sdx::EquipmentItem", "Đang sửa");
    case RepairOutcome::Repaired: return QCoreApplication::translate("sdx::EquipmentItem", "Đã sửa xong");
    case RepairOutcome::WrittenOff: return QCoreApplication::translate("sdx::EquipmentItem", "Thanh lý");
    case RepairOutcome::NotRepairable: return QCoreApplication::translate("sdx::EquipmentItem", "Không sửa được");
    }
    return QString();
}

} // namespace RepairOutcomes

bool RepairEntry::operator==(const RepairEntry &other) const
{
    return id == other.id && opened == other.opened && closed == other.closed && units == other.units
           && problem == other.problem && outcome == other.outcome && note == other.note;
}

bool EquipmentItem::operator==(const EquipmentItem &other) const
{
    return id == other.id && category == other.category && description == other.description
           && quantity == other.quantity && working == other.working && yearAcquired == other.yearAcquired
           && protectedCount == other.protectedCount && provider == other.provider
           && qFuzzyCompare(1.0 + speedMbps, 1.0 + other.speedMbps) && note == other.note
           && repairs == other.repairs;
}

} // namespace sdx
