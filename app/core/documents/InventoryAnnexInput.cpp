#include "InventoryAnnexInput.h"

#include "DocumentIdentity.h"
#include "inventory/InventoryCatalog.h"
#include "inventory/InventoryOverview.h"
#include "school/SchoolRepository.h"
#include "school/YearRepository.h"

#include <QCoreApplication>
#include <QMap>

namespace sdx::InventoryAnnexAssembler {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::InventoryAnnexAssembler)
};

struct Units
{
    int total = 0;
    int working = 0;
    int protectedCount = 0;
};

/// A room's equipment summed per category (a room may list two entries of one category).
QMap<QString, Units> unitsOf(const Room &room)
{
    QMap<QString, Units> units;
    for (const EquipmentItem &item : room.equipment) {
        Units &sum = units[item.category];
        sum.total += item.quantity;
        sum.working += item.working;
        sum.protectedCount += item.protectedCount;
    }
    return units;
}

/// The catalog's categories first, in its order; keys it does not know after them, by name.
QStringList categoryOrder(const QMap<QString, Units> &units, const InventoryCatalog &catalog)
{
    QStringList order;
    for (const EquipmentCategory &category : catalog.categories()) {
        if (units.contains(category.key))
            order << category.key;
    }
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        if (!order.contains(it.key()))
            order << it.key();
    }
    return order;
}

InventoryAnnexRoom roomRow(const Room &room, const InventoryCatalog &catalog)
{
    InventoryAnnexRoom row;
    row.name = room.name.simplified();
    const RoomKind *kind = catalog.roomKind(room.kind);
    row.kindLabel = kind ? kind->label : room.kind;
    row.internet = room.hasInternet;
    const QMap<QString, Units> units = unitsOf(room);
    for (const QString &key : categoryOrder(units, catalog)) {
        const Units &sum = units.value(key);
        if (sum.total > 0)
            row.equipment << equipmentLine(catalog.labelOf(key), sum.total, sum.working);
    }
    return row;
}

QList<InventoryAnnexCategory> categoryRows(const InventorySnapshot &snapshot, const InventoryCatalog &catalog)
{
    QMap<QString, Units> units;
    for (const Room &room : snapshot.rooms) {
        const QMap<QString, Units> roomUnits = unitsOf(room);
        for (auto it = roomUnits.cbegin(); it != roomUnits.cend(); ++it) {
            Units &sum = units[it.key()];
            sum.total += it->total;
            sum.working += it->working;
            sum.protectedCount += it->protectedCount;
        }
    }
    QList<InventoryAnnexCategory> rows;
    for (const QString &key : categoryOrder(units, catalog)) {
        const Units &sum = units.value(key);
        if (sum.total <= 0)
            continue;
        const EquipmentCategory *category = catalog.category(key);
        const bool computer = category && category->computer;
        rows << InventoryAnnexCategory{catalog.labelOf(key), sum.total, sum.working, sum.total - sum.working,
                                       computer ? sum.protectedCount : -1};
    }
    return rows;
}

} // namespace

QString equipmentLine(const QString &label, int total, int working)
{
    const int broken = total - working;
    if (broken <= 0)
        return QStringLiteral("%1: %2").arg(label).arg(total);
    return QStringLiteral("%1: %2 (%3 hoạt động, %4 hỏng)").arg(label).arg(total).arg(working).arg(broken);
}

InventoryAnnexInput fromInventory(const SchoolIdentity &school, const QString &yearName,
                                  const InventorySnapshot &snapshot, const InventoryTotals &totals,
                                  const InventoryCatalog &catalog)
{
    InventoryAnnexInput input;
    input.school = school;
    input.yearName = yearName;
    for (const Room &room : snapshot.rooms)
        input.rooms << roomRow(room, catalog);
    input.categories = categoryRows(snapshot, catalog);
    input.totals = DocumentInventoryTotals{totals.softwareInUse, totals.softwareMissing, totals.equipmentOwned,
                                           totals.equipmentMissing};
    return input;
}

Expected<InventoryAnnexInput> fromStore(Database &database, qint64 yearId)
{
    const Expected<std::optional<SchoolProfile>> profile = SchoolRepository(database).load();
    if (!profile)
        return profile.status();
    if (!profile->has_value())
        return Status::failure(Text::tr("Chưa khai báo thông tin trường: chưa lập được phụ lục kiểm kê."));
    const Expected<SchoolYear> year = YearRepository(database).find(yearId);
    if (!year)
        return year.status();
    const Expected<InventoryOverview> overview = InventoryOverview::load(database, yearId);
    if (!overview)
        return overview.status();
    return fromInventory(DocumentIdentity::fromProfile(**profile), year->displayName(), overview->snapshot,
                         overview->totals, InventoryCatalog::builtIn());
}

} // namespace sdx::InventoryAnnexAssembler
