#include "InventoryWriter.h"

#include "TextKey.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

#include <QVariant>

namespace sdx {
namespace {

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

} // namespace

InventoryWriter::InventoryWriter(Database &database)
    : m_database(database)
{
}

InventoryWriter::~InventoryWriter() = default;

SqlQuery &InventoryWriter::prepared(std::unique_ptr<SqlQuery> &slot, const QString &sql)
{
    if (!slot)
        slot = std::make_unique<SqlQuery>(m_database, sql);
    return *slot;
}

void InventoryWriter::bindSoftware(SqlQuery &query, const SoftwareRow &row)
{
    query.bind(QStringLiteral(":grp"), SoftwareCodes::groupCode(row.group))
        .bind(QStringLiteral(":role"), row.role)
        .bind(QStringLiteral(":name"), row.name.trimmed())
        .bind(QStringLiteral(":status"), SoftwareCodes::statusCode(row.status))
        .bind(QStringLiteral(":product"), row.product)
        .bind(QStringLiteral(":provider"), row.provider)
        .bind(QStringLiteral(":link"), row.link)
        .bind(QStringLiteral(":acquisition"), SoftwareCodes::acquisitionCode(row.acquisition))
        .bind(QStringLiteral(":quantity"), row.quantity)
        .bind(QStringLiteral(":exchanges"), row.exchangesResults ? 1 : 0)
        .bind(QStringLiteral(":note"), row.note);
}

Expected<qint64> InventoryWriter::insertSoftware(qint64 yearId, const SoftwareRow &row, int position)
{
    SqlQuery &query = prepared(m_insertSoftware, QStringLiteral(
        "INSERT INTO inv_software (year_id, position, grp, role, name, status, product, provider, link, acquisition, "
        "quantity, exchanges_results, note) VALUES (:year, :position, :grp, :role, :name, :status, :product, :provider, "
        ":link, :acquisition, :quantity, :exchanges, :note)"));
    query.bind(QStringLiteral(":year"), yearId).bind(QStringLiteral(":position"), position);
    bindSoftware(query, row);
    if (Status status = query.exec(); !status)
        return status;
    const qint64 id = query.lastInsertId();
    if (Status status = writeFeatures(id, row); !status)
        return status;
    return id;
}

Status InventoryWriter::updateSoftware(const SoftwareRow &row)
{
    SqlQuery &query = prepared(m_updateSoftware, QStringLiteral(
        "UPDATE inv_software SET grp = :grp, role = :role, name = :name, status = :status, product = :product, "
        "provider = :provider, link = :link, acquisition = :acquisition, quantity = :quantity, "
        "exchanges_results = :exchanges, note = :note WHERE id = :id"));
    query.bind(QStringLiteral(":id"), row.id);
    bindSoftware(query, row);
    if (Status status = query.exec(); !status)
        return status;
    return writeFeatures(row.id, row);
}

Status InventoryWriter::writeFeatures(qint64 softwareId, const SoftwareRow &row)
{
    SqlQuery &remove = prepared(m_deleteFeatures, QStringLiteral("DELETE FROM inv_software_feature WHERE software_id = :id"));
    remove.bind(QStringLiteral(":id"), softwareId);
    if (Status status = remove.exec(); !status)
        return status;
    SqlQuery &insert = prepared(m_insertFeature, QStringLiteral(
        "INSERT OR IGNORE INTO inv_software_feature (software_id, kind, key) VALUES (:id, :kind, :key)"));
    const QList<QPair<QString, QStringList>> features = {{QStringLiteral("module"), row.modules},
                                                          {QStringLiteral("function"), row.functions}};
    for (const auto &[kind, keys] : features) {
        for (const QString &key : keys) {
            insert.bind(QStringLiteral(":id"), softwareId).bind(QStringLiteral(":kind"), kind).bind(QStringLiteral(":key"), key);
            if (Status status = insert.exec(); !status)
                return status;
        }
    }
    return Status::success();
}

void InventoryWriter::bindRoom(SqlQuery &query, const Room &room)
{
    query.bind(QStringLiteral(":name"), room.name.trimmed())
        .bind(QStringLiteral(":nameKey"), TextKey::nameKey(room.name))
        .bind(QStringLiteral(":kind"), room.kind)
        .bind(QStringLiteral(":internet"), room.hasInternet ? 1 : 0)
        .bind(QStringLiteral(":checked"), dateValue(room.checkedOn))
        .bind(QStringLiteral(":note"), room.note);
}

Expected<qint64> InventoryWriter::insertRoom(qint64 yearId, const Room &room, int position)
{
    SqlQuery &query = prepared(m_insertRoom, QStringLiteral(
        "INSERT INTO inv_room (year_id, position, name, name_key, kind, has_internet, checked_on, note) "
        "VALUES (:year, :position, :name, :nameKey, :kind, :internet, :checked, :note)"));
    query.bind(QStringLiteral(":year"), yearId).bind(QStringLiteral(":position"), position);
    bindRoom(query, room);
    if (Status status = query.exec(); !status)
        return status;
    return query.lastInsertId();
}

Status InventoryWriter::updateRoom(const Room &room)
{
    SqlQuery &query = prepared(m_updateRoom, QStringLiteral(
        "UPDATE inv_room SET name = :name, name_key = :nameKey, kind = :kind, has_internet = :internet, "
        "checked_on = :checked, note = :note WHERE id = :id"));
    query.bind(QStringLiteral(":id"), room.id);
    bindRoom(query, room);
    return query.exec();
}

void InventoryWriter::bindEquipment(SqlQuery &query, const EquipmentItem &item)
{
    query.bind(QStringLiteral(":category"), item.category)
        .bind(QStringLiteral(":description"), item.description)
        .bind(QStringLiteral(":quantity"), item.quantity)
        .bind(QStringLiteral(":working"), item.working)
        .bind(QStringLiteral(":year"), item.yearAcquired)
        .bind(QStringLiteral(":protected"), item.protectedCount)
        .bind(QStringLiteral(":provider"), item.provider)
        .bind(QStringLiteral(":speed"), item.speedMbps)
        .bind(QStringLiteral(":note"), item.note);
}

Expected<qint64> InventoryWriter::insertEquipment(qint64 roomId, const EquipmentItem &item, int position)
{
    SqlQuery &query = prepared(m_insertEquipment, QStringLiteral(
        "INSERT INTO inv_equipment (room_id, position, category, description, quantity, working, year_acquired, "
        "protected_count, provider, speed_mbps, note) VALUES (:room, :position, :category, :description, :quantity, "
        ":working, :year, :protected, :provider, :speed, :note)"));
    query.bind(QStringLiteral(":room"), roomId).bind(QStringLiteral(":position"), position);
    bindEquipment(query, item);
    if (Status status = query.exec(); !status)
        return status;
    return query.lastInsertId();
}

Status InventoryWriter::updateEquipment(const EquipmentItem &item)
{
    SqlQuery &query = prepared(m_updateEquipment, QStringLiteral(
        "UPDATE inv_equipment SET category = :category, description = :description, quantity = :quantity, "
        "working = :working, year_acquired = :year, protected_count = :protected, provider = :provider, "
        "speed_mbps = :speed, note = :note WHERE id = :id"));
    query.bind(QStringLiteral(":id"), item.id);
    bindEquipment(query, item);
    return query.exec();
}

Expected<qint64> InventoryWriter::insertRepair(qint64 equipmentId, const RepairEntry &entry)
{
    SqlQuery &query = prepared(m_insertRepair, QStringLiteral(
        "INSERT INTO inv_repair (equipment_id, opened_on, closed_on, units, problem, outcome, note) "
        "VALUES (:equipment, :opened, :closed, :units, :problem, :outcome, :note)"));
    query.bind(QStringLiteral(":equipment"), equipmentId)
        .bind(QStringLiteral(":opened"), dateValue(entry.opened))
        .bind(QStringLiteral(":closed"), dateValue(entry.closed))
        .bind(QStringLiteral(":units"), entry.units)
        .bind(QStringLiteral(":problem"), entry.problem)
        .bind(QStringLiteral(":outcome"), RepairOutcomes::code(entry.outcome))
        .bind(QStringLiteral(":note"), entry.note);
    if (Status status = query.exec(); !status)
        return status;
    return query.lastInsertId();
}

Status InventoryWriter::updateRepair(const RepairEntry &entry)
{
    SqlQuery query(m_database, QStringLiteral(
        "UPDATE inv_repair SET opened_on = :opened, closed_on = :closed, units = :units, problem = :problem, "
        "outcome = :outcome, note = :note WHERE id = :id"));
    query.bind(QStringLiteral(":id"), entry.id)
        .bind(QStringLiteral(":opened"), dateValue(entry.opened))
        .bind(QStringLiteral(":closed"), dateValue(entry.closed))
        .bind(QStringLiteral(":units"), entry.units)
        .bind(QStringLiteral(":problem"), entry.problem)
        .bind(QStringLiteral(":outcome"), RepairOutcomes::code(entry.outcome))
        .bind(QStringLiteral(":note"), entry.note);
    return query.exec();
}

Expected<qint64> InventoryWriter::insertRoomTree(qint64 yearId, const Room &room, int position)
{
    const Expected<qint64> roomId = insertRoom(yearId, room, position);
    if (!roomId)
        return roomId;
    int itemPosition = 0;
    for (const EquipmentItem &item : room.equipment) {
        const Expected<qint64> itemId = insertEquipment(*roomId, item, itemPosition++);
        if (!itemId)
            return itemId.status();
        for (const RepairEntry &repair : item.repairs) {
            if (Expected<qint64> repairId = insertRepair(*itemId, repair); !repairId)
                return repairId.status();
        }
    }
    return roomId;
}

Status InventoryWriter::replaceCounts(qint64 yearId, const PeopleCounts &counts)
{
    SqlQuery remove(m_database, QStringLiteral("DELETE FROM inv_count WHERE year_id = :year"));
    remove.bind(QStringLiteral(":year"), yearId);
    if (Status status = remove.exec(); !status)
        return status;
    SqlQuery insert(m_database, QStringLiteral("INSERT INTO inv_count (year_id, key, value) VALUES (:year, :key, :value)"));
    const QStringList keys = counts.keys();
    for (const QString &key : keys) {
        insert.bind(QStringLiteral(":year"), yearId).bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), *counts.value(key));
        if (Status status = insert.exec(); !status)
            return status;
    }
    return Status::success();
}

Status InventoryWriter::replaceNeeds(qint64 yearId, const QList<EquipmentNeed> &needs)
{
    SqlQuery remove(m_database, QStringLiteral("DELETE FROM inv_need WHERE year_id = :year"));
    remove.bind(QStringLiteral(":year"), yearId);
    if (Status status = remove.exec(); !status)
        return status;
    SqlQuery insert(m_database, QStringLiteral(
        "INSERT INTO inv_need (year_id, key, quantity, note) VALUES (:year, :key, :quantity, :note)"));
    for (const EquipmentNeed &need : needs) {
        insert.bind(QStringLiteral(":year"), yearId)
            .bind(QStringLiteral(":key"), need.key)
            .bind(QStringLiteral(":quantity"), need.quantity)
            .bind(QStringLiteral(":note"), need.note);
        if (Status status = insert.exec(); !status)
            return status;
    }
    return Status::success();
}

Status InventoryWriter::clearYear(qint64 yearId)
{
    // Equipment, repairs and features follow by ON DELETE CASCADE.
    const QStringList tables = {QStringLiteral("inv_software"), QStringLiteral("inv_room"), QStringLiteral("inv_count"),
                                QStringLiteral("inv_need")};
    for (const QString &table : tables) {
        SqlQuery query(m_database, QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE year_id = :year"));
        query.bind(QStringLiteral(":year"), yearId);
        if (Status status = query.exec(); !status)
            return status;
    }
    return Status::success();
}

Status InventoryWriter::markPrefilled(qint64 yearId)
{
    SqlQuery query(m_database, QStringLiteral(
        "INSERT INTO inv_year_state (year_id, prefilled) VALUES (:year, 1) "
        "ON CONFLICT(year_id) DO UPDATE SET prefilled = 1"));
    query.bind(QStringLiteral(":year"), yearId);
    return query.exec();
}

Expected<int> InventoryWriter::nextPosition(const QString &table, const QString &ownerColumn, qint64 ownerId)
{
    // Table and column names come from our own code, never from the user.
    SqlQuery query(m_database, QStringLiteral("SELECT COALESCE(MAX(position), -1) + 1 FROM ") + table
                                   + QStringLiteral(" WHERE ") + ownerColumn + QStringLiteral(" = :owner"));
    query.bind(QStringLiteral(":owner"), ownerId);
    if (Status status = query.exec(); !status)
        return status;
    return query.next() ? query.value(0).toInt() : 0;
}

} // namespace sdx
