#include "InventoryRepository.h"

#include "InventoryValidator.h"
#include "InventoryWriter.h"
#include "TextKey.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::InventoryRepository)
};

Status failWith(const QString &context, const QStringList &problems)
{
    return Status::failure(context + QStringLiteral(": ") + problems.join(QLatin1Char(' ')));
}

QString softwareKey(const SoftwareRow &row)
{
    return SoftwareCodes::groupCode(row.group) + QLatin1Char('|') + TextKey::nameKey(row.name);
}

Status removeById(Database &database, const QString &table, qint64 id, const QString &notFound)
{
    Transaction transaction(database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    SqlQuery query(database, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE id = :id"));
    query.bind(QStringLiteral(":id"), id);
    if (Status status = query.exec(); !status)
        return status;
    if (query.rowsAffected() != 1)
        return Status::failure(notFound);
    return transaction.commit();
}

} // namespace

InventoryRepository::InventoryRepository(Database &database, const InventoryCatalog &catalog)
    : m_database(database)
    , m_catalog(catalog)
{
}

Expected<InventorySnapshot> InventoryRepository::load(qint64 yearId)
{
    InventorySnapshot snapshot;
    SqlQuery year(m_database, QStringLiteral("SELECT name FROM school_year WHERE id = :id"));
    year.bind(QStringLiteral(":id"), yearId);
    if (Status status = year.exec(); !status)
        return status;
    if (!year.next())
        return Status::failure(Text::tr("Không tìm thấy năm học (mã %1).").arg(yearId));
    snapshot.yearName = year.value(0).toString();
    Status status = loadSoftware(yearId, &snapshot);
    if (status)
        status = loadRooms(yearId, &snapshot);
    if (status)
        status = loadRepairs(yearId, &snapshot);
    if (status)
        status = loadCountsAndNeeds(yearId, &snapshot);
    if (!status)
        return status;
    return snapshot;
}

Status InventoryRepository::loadSoftware(qint64 yearId, InventorySnapshot *snapshot)
{
    SqlQuery query(m_database, QStringLiteral(
        "SELECT id, role, grp, name, status, product, provider, link, acquisition, quantity, exchanges_results, note "
        "FROM inv_software WHERE year_id = :year ORDER BY position, id"));
    query.bind(QStringLiteral(":year"), yearId);
    if (Status status = query.exec(); !status)
        return status;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        SoftwareRow row;
        row.id = query.value(0).toLongLong();
        row.role = query.value(1).toString();
        SoftwareCodes::groupFromCode(query.value(2).toString(), &row.group);
        row.name = query.value(3).toString();
        SoftwareCodes::statusFromCode(query.value(4).toString(), &row.status);
        row.product = query.value(5).toString();
        row.provider = query.value(6).toString();
        row.link = query.value(7).toString();
        SoftwareCodes::acquisitionFromCode(query.value(8).toString(), &row.acquisition);
        row.quantity = query.value(9).toInt();
        row.exchangesResults = query.value(10).toInt() != 0;
        row.note = query.value(11).toString();
        index.insert(row.id, snapshot->software.size());
        snapshot->software.append(row);
    }
    SqlQuery features(m_database, QStringLiteral(
        "SELECT f.software_id, f.kind, f.key FROM inv_software_feature f JOIN inv_software s ON s.id = f.software_id "
        "WHERE s.year_id = :year ORDER BY f.rowid"));
    features.bind(QStringLiteral(":year"), yearId);
    if (Status status = features.exec(); !status)
        return status;
    while (features.next()) {
        SoftwareRow &row = snapshot->software[index.value(features.value(0).toLongLong())];
        (features.value(1).toString() == QLatin1String("module") ? row.modules : row.functions)
            .append(features.value(2).toString());
    }
    return Status::success();
}

Status InventoryRepository::loadRooms(qint64 yearId, InventorySnapshot *snapshot)
{
    SqlQuery rooms(m_database, QStringLiteral(
        "SELECT id, name, kind, has_internet, checked_on, note FROM inv_room WHERE year_id = :year ORDER BY position, id"));
    rooms.bind(QStringLiteral(":year"), yearId);
    if (Status status = rooms.exec(); !status)
        return status;
    QHash<qint64, qsizetype> index;
    while (rooms.next()) {
        Room room;
        room.id = rooms.value(0).toLongLong();
        room.name = rooms.value(1).toString();
        room.kind = rooms.value(2).toString();
        room.hasInternet = rooms.value(3).toInt() != 0;
        room.checkedOn = QDate::fromString(rooms.value(4).toString(), Qt::ISODate);
        room.note = rooms.value(5).toString();
        index.insert(room.id, snapshot->rooms.size());
        snapshot->rooms.append(room);
    }
    SqlQuery items(m_database, QStringLiteral(
        "SELECT e.id, e.room_id, e.category, e.description, e.quantity, e.working, e.year_acquired, e.protected_count, "
        "e.provider, e.speed_mbps, e.note FROM inv_equipment e JOIN inv_room r ON r.id = e.room_id "
        "WHERE r.year_id = :year ORDER BY e.position, e.id"));
    items.bind(QStringLiteral(":year"), yearId);
    if (Status status = items.exec(); !status)
        return status;
    while (items.next()) {
        EquipmentItem item;
        item.id = items.value(0).toLongLong();
        item.category = items.value(2).toString();
        item.description = items.value(3).toString();
        item.quantity = items.value(4).toInt();
        item.working = items.value(5).toInt();
        item.yearAcquired = items.value(6).toInt();
        item.protectedCount = items.value(7).toInt();
        item.provider = items.value(8).toString();
        item.speedMbps = items.value(9).toDouble();
        item.note = items.value(10).toString();
        snapshot->rooms[index.value(items.value(1).toLongLong())].equipment.append(item);
    }
    return Status::success();
}

Status InventoryRepository::loadRepairs(qint64 yearId, InventorySnapshot *snapshot)
{
    QHash<qint64, EquipmentItem *> items;
    for (Room &room : snapshot->rooms) {
        for (EquipmentItem &item : room.equipment)
            items.insert(item.id, &item);
    }
    SqlQuery query(m_database, QStringLiteral(
        "SELECT p.id, p.equipment_id, p.opened_on, p.closed_on, p.units, p.problem, p.outcome, p.note "
        "FROM inv_repair p JOIN inv_equipment e ON e.id = p.equipment_id JOIN inv_room r ON r.id = e.room_id "
        "WHERE r.year_id = :year ORDER BY p.opened_on, p.id"));
    query.bind(QStringLiteral(":year"), yearId);
    if (Status status = query.exec(); !status)
        return status;
    while (query.next()) {
        RepairEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.opened = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        entry.closed = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        entry.units = query.value(4).toInt();
        entry.problem = query.value(5).toString();
        RepairOutcomes::fromCode(query.value(6).toString(), &entry.outcome);
        entry.note = query.value(7).toString();
        if (EquipmentItem *item = items.value(query.value(1).toLongLong()))
            item->repairs.append(entry);
    }
    return Status::success();
}

Status InventoryRepository::loadCountsAndNeeds(qint64 yearId, InventorySnapshot *snapshot)
{
    SqlQuery counts(m_database, QStringLiteral("SELECT key, value FROM inv_count WHERE year_id = :year"));
    counts.bind(QStringLiteral(":year"), yearId);
    if (Status status = counts.exec(); !status)
        return status;
    while (counts.next())
        snapshot->people.set(counts.value(0).toString(), counts.value(1).toInt());
    SqlQuery needs(m_database, QStringLiteral("SELECT id, key, quantity, note FROM inv_need WHERE year_id = :year ORDER BY id"));
    needs.bind(QStringLiteral(":year"), yearId);
    if (Status status = needs.exec(); !status)
        return status;
    while (needs.next())
        snapshot->needs.append({needs.value(0).toLongLong(), needs.value(1).toString(), needs.value(2).toInt(),
                                needs.value(3).toString()});
    return Status::success();
}

Status InventoryRepository::checkSoftwareName(qint64 yearId, const SoftwareRow &row)
{
    SqlQuery query(m_database, QStringLiteral("SELECT id, name FROM inv_software WHERE year_id = :year AND grp = :grp"));
    query.bind(QStringLiteral(":year"), yearId).bind(QStringLiteral(":grp"), SoftwareCodes::groupCode(row.group));
    if (Status status = query.exec(); !status)
        return status;
    const QString key = TextKey::nameKey(row.name);
    while (query.next()) {
        if (query.value(0).toLongLong() != row.id && TextKey::nameKey(query.value(1).toString()) == key)
            return Status::failure(Text::tr("Nhóm “%1” đã có ứng dụng “%2”.").arg(SoftwareCodes::groupLabel(row.group), row.name));
    }
    return Status::success();
}

Expected<qint64> InventoryRepository::saveSoftware(qint64 yearId, const SoftwareRow &row)
{
    const QStringList problems = InventoryValidator::checkSoftware(row, m_catalog);
    if (!problems.isEmpty())
        return failWith(Text::tr("Ứng dụng “%1”").arg(row.name), problems);
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status status = checkSoftwareName(yearId, row); !status)
        return status;
    InventoryWriter writer(m_database);
    qint64 id = row.id;
    if (id == 0) {
        const Expected<int> position = writer.nextPosition(QStringLiteral("inv_software"), QStringLiteral("year_id"), yearId);
        if (!position)
            return position.status();
        const Expected<qint64> inserted = writer.insertSoftware(yearId, row, *position);
        if (!inserted)
            return inserted;
        id = *inserted;
    } else if (Status status = writer.updateSoftware(row); !status) {
        return status;
    }
    if (Status status = transaction.commit(); !status)
        return status;
    return id;
}

Status InventoryRepository::removeSoftware(qint64 softwareId)
{
    return removeById(m_database, QStringLiteral("inv_software"), softwareId,
                      Text::tr("Không tìm thấy ứng dụng cần xóa (mã %1).").arg(softwareId));
}

Status InventoryRepository::checkRoomName(qint64 yearId, const Room &room)
{
    SqlQuery query(m_database, QStringLiteral("SELECT id FROM inv_room WHERE year_id = :year AND name_key = :key"));
    query.bind(QStringLiteral(":year"), yearId).bind(QStringLiteral(":key"), TextKey::nameKey(room.name));
    if (Status status = query.exec(); !status)
        return status;
    if (query.next() && query.value(0).toLongLong() != room.id)
        return Status::failure(Text::tr("Đã có phòng “%1” trong năm học này.").arg(room.name.trimmed()));
    return Status::success();
}

Expected<qint64> InventoryRepository::saveRoom(qint64 yearId, const Room &room)
{
    const QStringList problems = InventoryValidator::checkRoom(room, m_catalog);
    if (!problems.isEmpty())
        return failWith(Text::tr("Phòng “%1”").arg(room.name), problems);
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status status = checkRoomName(yearId, room); !status)
        return status;
    InventoryWriter writer(m_database);
    qint64 id = room.id;
    if (id == 0) {
        const Expected<int> position = writer.nextPosition(QStringLiteral("inv_room"), QStringLiteral("year_id"), yearId);
        if (!position)
            return position.status();
        const Expected<qint64> inserted = writer.insertRoom(yearId, room, *position);
        if (!inserted)
            return inserted;
        id = *inserted;
    } else if (Status status = writer.updateRoom(room); !status) {
        return status;
    }
    if (Status status = transaction.commit(); !status)
        return status;
    return id;
}

Status InventoryRepository::removeRoom(qint64 roomId)
{
    return removeById(m_database, QStringLiteral("inv_room"), roomId, Text::tr("Không tìm thấy phòng cần xóa (mã %1).").arg(roomId));
}

Expected<qint64> InventoryRepository::saveEquipment(qint64 roomId, const EquipmentItem &item)
{
    const QStringList problems = InventoryValidator::checkEquipment(item, m_catalog);
    if (!problems.isEmpty())
        return failWith(Text::tr("Thiết bị “%1”").arg(m_catalog.labelOf(item.category)), problems);
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    InventoryWriter writer(m_database);
    qint64 id = item.id;
    if (id == 0) {
        const Expected<int> position = writer.nextPosition(QStringLiteral("inv_equipment"), QStringLiteral("room_id"), roomId);
        if (!position)
            return position.status();
        const Expected<qint64> inserted = writer.insertEquipment(roomId, item, *position);
        if (!inserted)
            return inserted;
        id = *inserted;
    } else if (Status status = writer.updateEquipment(item); !status) {
        return status;
    }
    if (Status status = transaction.commit(); !status)
        return status;
    return id;
}

Status InventoryRepository::removeEquipment(qint64 equipmentId)
{
    return removeById(m_database, QStringLiteral("inv_equipment"), equipmentId,
                      Text::tr("Không tìm thấy thiết bị cần xóa (mã %1).").arg(equipmentId));
}

Status InventoryRepository::saveCounts(qint64 yearId, const PeopleCounts &counts)
{
    const QStringList problems = InventoryValidator::checkCounts(counts, m_catalog);
    if (!problems.isEmpty())
        return failWith(Text::tr("Số liệu nhân sự, học sinh"), problems);
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status status = InventoryWriter(m_database).replaceCounts(yearId, counts); !status)
        return status;
    return transaction.commit();
}

Status InventoryRepository::saveNeeds(qint64 yearId, const QList<EquipmentNeed> &needs)
{
    QStringList problems;
    QSet<QString> seen;
    for (const EquipmentNeed &need : needs) {
        problems += InventoryValidator::checkNeed(need, m_catalog);
        if (seen.contains(need.key))
            problems.append(Text::tr("“%1” được nêu hai lần.").arg(m_catalog.labelOf(need.key)));
        seen.insert(need.key);
    }
    if (!problems.isEmpty())
        return failWith(Text::tr("Thiết bị còn thiếu"), problems);
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status status = InventoryWriter(m_database).replaceNeeds(yearId, needs); !status)
        return status;
    return transaction.commit();
}

QStringList InventoryRepository::checkSnapshot(const InventorySnapshot &snapshot, const InventoryCatalog &catalog)
{
    QStringList problems;
    QSet<QString> softwareSeen;
    for (const SoftwareRow &row : snapshot.software) {
        for (const QString &problem : InventoryValidator::checkSoftware(row, catalog))
            problems.append(Text::tr("Ứng dụng “%1”: %2").arg(row.name, problem));
        if (softwareSeen.contains(softwareKey(row)))
            problems.append(Text::tr("Ứng dụng “%1” có hai lần trong cùng nhóm.").arg(row.name));
        softwareSeen.insert(softwareKey(row));
    }
    QSet<QString> roomsSeen;
    for (const Room &room : snapshot.rooms) {
        for (const QString &problem : InventoryValidator::checkRoom(room, catalog))
            problems.append(Text::tr("Phòng “%1”: %2").arg(room.name, problem));
        if (roomsSeen.contains(TextKey::nameKey(room.name)))
            problems.append(Text::tr("Phòng “%1” có hai lần.").arg(room.name));
        roomsSeen.insert(TextKey::nameKey(room.name));
        for (const EquipmentItem &item : room.equipment) {
            for (const QString &problem : InventoryValidator::checkEquipment(item, catalog))
                problems.append(Text::tr("Phòng “%1”, %2: %3").arg(room.name, catalog.labelOf(item.category), problem));
        }
    }
    for (const QString &problem : InventoryValidator::checkCounts(snapshot.people, catalog))
        problems.append(problem);
    for (const EquipmentNeed &need : snapshot.needs)
        problems += InventoryValidator::checkNeed(need, catalog);
    return problems;
}

Status InventoryRepository::replaceYear(qint64 yearId, const InventorySnapshot &snapshot)
{
    const QStringList problems = checkSnapshot(snapshot, m_catalog);
    if (!problems.isEmpty())
        return Status::failure(Text::tr("Dữ liệu kiểm kê không hợp lệ: %1").arg(problems.join(QLatin1Char(' '))));
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    InventoryWriter writer(m_database);
    Status status = writer.clearYear(yearId);
    for (qsizetype i = 0; status && i < snapshot.software.size(); ++i)
        status = writer.insertSoftware(yearId, snapshot.software.at(i), int(i)).status();
    for (qsizetype i = 0; status && i < snapshot.rooms.size(); ++i)
        status = writer.insertRoomTree(yearId, snapshot.rooms.at(i), int(i)).status();
    if (status)
        status = writer.replaceCounts(yearId, snapshot.people);
    if (status)
        status = writer.replaceNeeds(yearId, snapshot.needs);
    if (status)
        status = writer.markPrefilled(yearId);
    if (!status)
        return status;
    return transaction.commit();
}

Status InventoryRepository::prefillIfNew(qint64 yearId, bool *prefilled)
{
    if (prefilled)
        *prefilled = false;
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    SqlQuery state(m_database, QStringLiteral(
        "SELECT (SELECT prefilled FROM inv_year_state WHERE year_id = :year), "
        "(SELECT COUNT(*) FROM inv_software WHERE year_id = :year2)"));
    state.bind(QStringLiteral(":year"), yearId).bind(QStringLiteral(":year2"), yearId);
    if (Status status = state.exec(); !status)
        return status;
    if (!state.next())
        return Status::failure(Text::tr("Không đọc được trạng thái kiểm kê của năm học."));
    if (state.value(0).toInt() == 1 || state.value(1).toInt() > 0)
        return Status::success();
    InventoryWriter writer(m_database);
    const QList<SoftwareRow> rows = m_catalog.defaultSoftware();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (Status status = writer.insertSoftware(yearId, rows.at(i), int(i)).status(); !status)
            return status;
    }
    if (Status status = writer.markPrefilled(yearId); !status)
        return status;
    if (Status status = transaction.commit(); !status)
        return status;
    if (prefilled)
        *prefilled = true;
    return Status::success();
}

Expected<qint64> InventoryRepository::yearOfRoom(qint64 roomId)
{
    SqlQuery query(m_database, QStringLiteral("SELECT year_id FROM inv_room WHERE id = :id"));
    query.bind(QStringLiteral(":id"), roomId);
    if (Status status = query.exec(); !status)
        return status;
    if (!query.next())
        return Status::failure(Text::tr("Không tìm thấy phòng (mã %1).").arg(roomId));
    return query.value(0).toLongLong();
}

Expected<qint64> InventoryRepository::roomOfEquipment(qint64 equipmentId)
{
    SqlQuery query(m_database, QStringLiteral("SELECT room_id FROM inv_equipment WHERE id = :id"));
    query.bind(QStringLiteral(":id"), equipmentId);
    if (Status status = query.exec(); !status)
        return status;
    if (!query.next())
        return Status::failure(Text::tr("Không tìm thấy thiết bị (mã %1).").arg(equipmentId));
    return query.value(0).toLongLong();
}

} // namespace sdx
