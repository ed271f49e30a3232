#include "InventoryTableFormat.h"

#include "InventoryFieldCodec.h"

namespace sdx::InventoryTableFormat {
namespace {

QString labels(const QStringList &keys, const QList<CatalogEntry> &entries)
{
    QStringList result;
    for (const QString &key : keys) {
        QString label = key;
        for (const CatalogEntry &entry : entries) {
            if (entry.key == key)
                label = entry.label;
        }
        result.append(label);
    }
    return result.join(QStringLiteral("; "));
}

QString number(int value, bool emptyWhenZero)
{
    return emptyWhenZero && value == 0 ? QString() : QString::number(value);
}

QString softwareField(const QString &field, const SoftwareRow &row, const InventoryCatalog &catalog)
{
    if (field == QLatin1String("group")) return SoftwareCodes::groupLabel(row.group);
    if (field == QLatin1String("role")) return row.role;
    if (field == QLatin1String("name")) return row.name;
    if (field == QLatin1String("status")) return SoftwareCodes::statusLabel(row.status);
    if (field == QLatin1String("product")) return row.product;
    if (field == QLatin1String("provider")) return row.provider;
    if (field == QLatin1String("link")) return row.link;
    if (field == QLatin1String("acquisition")) return SoftwareCodes::acquisitionLabel(row.acquisition);
    if (field == QLatin1String("quantity")) return QString::number(row.quantity);
    if (field == QLatin1String("modules")) return labels(row.modules, catalog.modules());
    if (field == QLatin1String("functions")) return labels(row.functions, catalog.lmsFunctions());
    if (field == QLatin1String("exchange")) return row.exchangesResults ? InventoryFieldCodec::formatBool(true) : QString();
    if (field == QLatin1String("note")) return row.note;
    return QString();
}

QString roomField(const QString &field, const Room &room, const InventoryCatalog &catalog)
{
    if (field == QLatin1String("name")) return room.name;
    if (field == QLatin1String("kind")) return catalog.labelOf(room.kind);
    if (field == QLatin1String("internet")) return InventoryFieldCodec::formatBool(room.hasInternet);
    if (field == QLatin1String("note")) return room.note;
    return QString();
}

QString equipmentField(const QString &field, const Room &room, const EquipmentItem &item, const InventoryCatalog &catalog)
{
    const EquipmentCategory *category = catalog.category(item.category);
    if (field == QLatin1String("room")) return room.name;
    if (field == QLatin1String("category")) return category ? category->label : item.category;
    if (field == QLatin1String("description")) return item.description;
    if (field == QLatin1String("quantity")) return QString::number(item.quantity);
    if (field == QLatin1String("working")) return QString::number(item.working);
    if (field == QLatin1String("broken")) return QString::number(item.broken());
    if (field == QLatin1String("year")) return number(item.yearAcquired, true);
    if (field == QLatin1String("protected")) return category && category->computer ? QString::number(item.protectedCount) : QString();
    if (field == QLatin1String("provider")) return item.provider;
    if (field == QLatin1String("speed")) return item.speedMbps > 0 ? InventoryFieldCodec::formatNumber(item.speedMbps) : QString();
    if (field == QLatin1String("note")) return item.note;
    return QString();
}

} // namespace

QStringList header(InventoryKind kind, const InventoryCatalog &catalog)
{
    QStringList result;
    for (const ImportColumn &column : catalog.columns(kind))
        result.append(column.header);
    return result;
}

QList<QStringList> rows(InventoryKind kind, const InventorySnapshot &snapshot, const InventoryCatalog &catalog)
{
    const QList<ImportColumn> &columns = catalog.columns(kind);
    QList<QStringList> result;
    auto makeRow = [&columns](const auto &field) {
        QStringList row;
        row.reserve(columns.size());
        for (const ImportColumn &column : columns)
            row.append(field(column.key));
        return row;
    };
    switch (kind) {
    case InventoryKind::Software:
        for (const SoftwareRow &software : snapshot.software)
            result.append(makeRow([&](const QString &key) { return softwareField(key, software, catalog); }));
        break;
    case InventoryKind::Rooms:
        for (const Room &room : snapshot.rooms)
            result.append(makeRow([&](const QString &key) { return roomField(key, room, catalog); }));
        break;
    case InventoryKind::Equipment:
        for (const Room &room : snapshot.rooms) {
            for (const EquipmentItem &item : room.equipment)
                result.append(makeRow([&](const QString &key) { return equipmentField(key, room, item, catalog); }));
        }
        break;
    }
    return result;
}

ExportSheet sheet(InventoryKind kind, const InventorySnapshot &snapshot, const InventoryCatalog &catalog)
{
    ExportSheet result;
    result.name = InventoryKinds::sheetName(kind);
    result.header = header(kind, catalog);
    result.rows = rows(kind, snapshot, catalog);
    static const QStringList numericFields = {QStringLiteral("quantity"), QStringLiteral("working"), QStringLiteral("broken"),
                                              QStringLiteral("year"), QStringLiteral("protected"), QStringLiteral("speed")};
    const QList<ImportColumn> &columns = catalog.columns(kind);
    for (int i = 0; i < columns.size(); ++i) {
        if (numericFields.contains(columns.at(i).key))
            result.numericColumns.append(i);
    }
    return result;
}

} // namespace sdx::InventoryTableFormat
