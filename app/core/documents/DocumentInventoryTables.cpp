#include "DocumentInventoryTables.h"

#include "DocumentText.h"
#include "inventory/InventoryCatalog.h"
#include "inventory/InventorySnapshot.h"
#include "inventory/InventoryTotals.h"
#include "inventory/RoomRules.h"

#include <QMap>

namespace sdx::DocumentInventoryTables {
namespace {

QList<DocumentSoftwareRow> softwareRows(const InventorySnapshot &snapshot, SoftwareGroup group)
{
    QList<DocumentSoftwareRow> rows;
    for (const SoftwareRow &row : snapshot.software) {
        if (row.group != group || (row.status != SoftwareStatus::InUse && row.status != SoftwareStatus::Missing))
            continue;
        DocumentSoftwareRow printed;
        printed.name = row.name.simplified();
        printed.inUse = row.isInUse();
        // Seed 002 writes the number in use ("1", two school mailboxes "2") in the "Có" column.
        printed.usedText = printed.inUse ? QString::number(qMax(1, row.quantity)) : QString();
        if (printed.inUse) {
            QStringList links;
            for (const QString &link : row.link.split(QLatin1Char(';'), Qt::SkipEmptyParts))
                links << link.trimmed();
            printed.link = links.join(QLatin1Char('\n'));
        }
        rows << printed;
    }
    return rows;
}

/// Units of each category outside the rooms that count as one unit (a computer room is "01 phòng/21 máy").
QMap<QString, int> looseUnits(const InventorySnapshot &snapshot, const InventoryCatalog &catalog)
{
    QMap<QString, int> units;
    for (const Room &room : snapshot.rooms) {
        const RoomKind *kind = catalog.roomKind(room.kind);
        if (kind && kind->countsAsUnit)
            continue;
        for (const EquipmentItem &item : room.equipment)
            units[item.category] += item.quantity;
    }
    return units;
}

QString roomText(const InventorySnapshot &snapshot, const RoomKind &kind, const InventoryCatalog &catalog)
{
    int rooms = 0;
    int computers = 0;
    for (const Room &room : snapshot.rooms) {
        if (room.kind != kind.key)
            continue;
        ++rooms;
        computers += RoomRules::studentComputers(room, catalog);
    }
    if (rooms == 0)
        return {};
    const QString text = DocumentText::twoDigits(rooms) + QStringLiteral(" phòng");
    return computers > 0 ? text + QStringLiteral("/%1 máy").arg(computers) : text;
}

QString unitsText(const EquipmentCategory &category, int quantity)
{
    if (quantity <= 0)
        return {};
    if (category.internetLine)
        return DocumentText::twoDigits(quantity) + QStringLiteral(" đường truyền");
    return DocumentText::twoDigits(quantity);
}

struct EquipmentLine
{
    QString key;
    QString label;
    QString have;
};

/// The lines in the seed's order: the Internet first, then the rooms counted as units, then the devices.
QList<EquipmentLine> equipmentLines(const InventorySnapshot &snapshot, const InventoryCatalog &catalog)
{
    QList<EquipmentLine> lines;
    const QMap<QString, int> units = looseUnits(snapshot, catalog);
    for (const EquipmentCategory &category : catalog.categories()) {
        if (category.internetLine)
            lines << EquipmentLine{category.key, category.label, unitsText(category, units.value(category.key))};
    }
    for (const RoomKind &kind : catalog.roomKinds()) {
        if (kind.countsAsUnit)
            lines << EquipmentLine{kind.key, kind.label, roomText(snapshot, kind, catalog)};
    }
    for (const EquipmentCategory &category : catalog.categories()) {
        if (category.inTotals && !category.internetLine)
            lines << EquipmentLine{category.key, category.label, unitsText(category, units.value(category.key))};
    }
    return lines;
}

QList<DocumentEquipmentRow> equipmentRows(const InventorySnapshot &snapshot, const InventoryCatalog &catalog)
{
    QMap<QString, int> needed;
    QStringList neededOrder;
    for (const EquipmentNeed &need : snapshot.needs) {
        if (!needed.contains(need.key))
            neededOrder << need.key;
        needed[need.key] += need.quantity;
    }
    QList<DocumentEquipmentRow> rows;
    for (const EquipmentLine &line : equipmentLines(snapshot, catalog)) {
        if (!line.have.isEmpty())
            rows << DocumentEquipmentRow{line.label, line.have, false};
        if (needed.contains(line.key)) {
            const QString name = line.have.isEmpty() ? line.label
                                                     : line.label + QStringLiteral(" (cần bổ sung thêm)");
            rows << DocumentEquipmentRow{name, {}, true};
            neededOrder.removeAll(line.key);
        }
    }
    // Needs outside the catalog's lines (another category) still appear, by their label.
    for (const QString &key : neededOrder)
        rows << DocumentEquipmentRow{catalog.labelOf(key), {}, true};
    return rows;
}

} // namespace

QString softwareGroupTitle(int groupIndex)
{
    return groupIndex == 0 ? QStringLiteral("Nhóm ứng dụng CNTT phục vụ quản lý, điều hành")
                           : QStringLiteral("Nhóm ứng dụng CNTT đổi mới nội dung, phương pháp dạy học và kiểm tra đánh giá");
}

DocumentInventorySummary fromInventory(const InventorySnapshot &snapshot, const InventoryTotals &totals,
                                       const InventoryCatalog &catalog)
{
    DocumentInventorySummary summary;
    const QList<SoftwareGroup> groups = {SoftwareGroup::Management, SoftwareGroup::Teaching};
    for (int i = 0; i < groups.size(); ++i) {
        DocumentSoftwareGroup group{softwareGroupTitle(i), softwareRows(snapshot, groups.at(i))};
        if (!group.rows.isEmpty())
            summary.software << group;
    }
    summary.equipment = equipmentRows(snapshot, catalog);
    summary.totals = DocumentInventoryTotals{totals.softwareInUse, totals.softwareMissing, totals.equipmentOwned,
                                             totals.equipmentMissing};
    return summary;
}

DocumentInventorySummary fromInventory(const InventorySnapshot &snapshot, const InventoryTotals &totals)
{
    return fromInventory(snapshot, totals, InventoryCatalog::builtIn());
}

} // namespace sdx::DocumentInventoryTables
