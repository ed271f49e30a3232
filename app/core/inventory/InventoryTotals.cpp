#include "InventoryTotals.h"

#include "RoomRules.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::InventoryTotals)
};

void addSoftware(const InventorySnapshot &snapshot, InventoryTotals *totals)
{
    for (const SoftwareRow &row : snapshot.software) {
        switch (row.status) {
        case SoftwareStatus::InUse: totals->softwareInUse += qMax(1, row.quantity); break;
        case SoftwareStatus::Missing: ++totals->softwareMissing; break;
        case SoftwareStatus::NotNeeded: ++totals->softwareNotNeeded; break;
        case SoftwareStatus::Unset: ++totals->softwareUnset; break;
        }
    }
}

void addItem(const EquipmentItem &item, const EquipmentCategory *category, bool roomCountsAsUnit,
             InventoryTotals *totals)
{
    totals->unitsWorking += item.working;
    totals->unitsBroken += item.broken();
    for (const RepairEntry &repair : item.repairs)
        totals->openRepairs += repair.isOpen() ? 1 : 0;
    if (!category)
        return;
    if (category->inTotals && !roomCountsAsUnit)
        totals->equipmentOwned += item.quantity;
    if (category->computer) {
        totals->computers += item.quantity;
        totals->computersProtected += item.protectedCount;
    }
}

void addRooms(const InventorySnapshot &snapshot, const InventoryCatalog &catalog, InventoryTotals *totals)
{
    for (const Room &room : snapshot.rooms) {
        ++totals->rooms;
        const RoomKind *kind = catalog.roomKind(room.kind);
        const bool unit = kind && kind->countsAsUnit;
        if (unit)
            ++totals->equipmentOwned;
        if (RoomRules::isClassroom(room, catalog)) {
            ++totals->classrooms;
            totals->classroomsEquipped += RoomRules::isEquippedClassroom(room, catalog) ? 1 : 0;
        }
        if (RoomRules::isComputerLab(room, catalog)) {
            ++totals->computerLabs;
            totals->labComputers += RoomRules::studentComputers(room, catalog);
            totals->labComputersWorking += RoomRules::workingStudentComputers(room, catalog);
        }
        for (const EquipmentItem &item : room.equipment)
            addItem(item, catalog.category(item.category), unit, totals);
    }
    for (const EquipmentNeed &need : snapshot.needs)
        totals->equipmentMissing += need.quantity;
}

QList<AuthorityIndicator> indicatorsOf(const InventorySnapshot &snapshot, const InventoryCatalog &catalog,
                                     const InventoryTotals &totals)
{
    QList<AuthorityIndicator> result;
    for (const CountDefinition &definition : catalog.counts()) {
        if (definition.indicator == 0)
            continue;
        AuthorityIndicator indicator;
        indicator.number = definition.indicator;
        indicator.key = definition.key;
        indicator.label = definition.label;
        indicator.count = snapshot.people.value(definition.key);
        indicator.of = snapshot.people.sum(definition.of);
        result.append(indicator);
    }
    // Indicator 5 comes from the equipment, not from a count the user types.
    AuthorityIndicator malware;
    malware.number = 5;
    malware.key = QStringLiteral("computers-protected");
    malware.label = QCoreApplication::translate("sdx::InventoryTotals",
                                                "Máy tính được cài đặt phần mềm phòng, chống mã độc");
    if (totals.computers > 0) {
        malware.count = totals.computersProtected;
        malware.of = totals.computers;
    }
    result.append(malware);
    std::sort(result.begin(), result.end(),
              [](const AuthorityIndicator &a, const AuthorityIndicator &b) { return a.number < b.number; });
    return result;
}

} // namespace

InventoryTotals InventoryTotals::compute(const InventorySnapshot &snapshot, const InventoryCatalog &catalog)
{
    InventoryTotals totals;
    addSoftware(snapshot, &totals);
    addRooms(snapshot, catalog, &totals);
    totals.indicators = indicatorsOf(snapshot, catalog, totals);
    return totals;
}

QJsonObject InventoryTotals::toJson() const
{
    QJsonArray indicatorArray;
    for (const AuthorityIndicator &indicator : indicators) {
        QJsonObject object{{QStringLiteral("number"), indicator.number},
                           {QStringLiteral("key"), indicator.key},
                           {QStringLiteral("label"), indicator.label}};
        if (indicator.count)
            object.insert(QStringLiteral("count"), *indicator.count);
        if (indicator.of)
            object.insert(QStringLiteral("of"), *indicator.of);
        indicatorArray.append(object);
    }
    return QJsonObject{{QStringLiteral("softwareInUse"), softwareInUse},
                       {QStringLiteral("softwareMissing"), softwareMissing},
                       {QStringLiteral("softwareNotNeeded"), softwareNotNeeded},
                       {QStringLiteral("softwareUnset"), softwareUnset},
                       {QStringLiteral("equipmentOwned"), equipmentOwned},
                       {QStringLiteral("equipmentMissing"), equipmentMissing},
                       {QStringLiteral("unitsWorking"), unitsWorking},
                       {QStringLiteral("unitsBroken"), unitsBroken},
                       {QStringLiteral("rooms"), rooms},
                       {QStringLiteral("classrooms"), classrooms},
                       {QStringLiteral("classroomsEquipped"), classroomsEquipped},
                       {QStringLiteral("computerLabs"), computerLabs},
                       {QStringLiteral("labComputers"), labComputers},
                       {QStringLiteral("labComputersWorking"), labComputersWorking},
                       {QStringLiteral("computers"), computers},
                       {QStringLiteral("computersProtected"), computersProtected},
                       {QStringLiteral("openRepairs"), openRepairs},
                       {QStringLiteral("indicators"), indicatorArray}};
}

} // namespace sdx

namespace sdx {

QStringList InventoryTotals::planLines() const
{
    auto twoDigits = [](int value) { return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')); };
    return {Text::tr("Tổng số phần mềm và ứng dụng đang sử dụng: %1").arg(twoDigits(softwareInUse)),
            Text::tr("Tổng số phần mềm và ứng dụng cần được trang bị nhưng còn thiếu: %1").arg(twoDigits(softwareMissing)),
            Text::tr("Tổng số trang thiết bị CNTT và hạ tầng đã có: %1").arg(twoDigits(equipmentOwned)),
            Text::tr("Tổng số trang thiết bị CNTT và hạ tầng còn thiếu cần bổ sung: %1").arg(twoDigits(equipmentMissing))};
}

} // namespace sdx
