#include "InventoryStocktake.h"

#include "EquipmentItem.h"
#include "InventoryRepository.h"
#include "InventoryValidator.h"
#include "InventoryWriter.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::InventoryStocktake)
};

} // namespace

InventoryStocktake::InventoryStocktake(Database &database, const InventoryCatalog &catalog)
    : m_database(database)
    , m_catalog(catalog)
{
}

Expected<EquipmentItem> InventoryStocktake::item(qint64 equipmentId)
{
    SqlQuery query(m_database, QStringLiteral(
        "SELECT id, category, description, quantity, working, year_acquired, protected_count, provider, speed_mbps, note "
        "FROM inv_equipment WHERE id = :id"));
    query.bind(QStringLiteral(":id"), equipmentId);
    if (Status status = query.exec(); !status)
        return status;
    if (!query.next())
        return Status::failure(Text::tr("Không tìm thấy thiết bị (mã %1).").arg(equipmentId));
    EquipmentItem result;
    result.id = query.value(0).toLongLong();
    result.category = query.value(1).toString();
    result.description = query.value(2).toString();
    result.quantity = query.value(3).toInt();
    result.working = query.value(4).toInt();
    result.yearAcquired = query.value(5).toInt();
    result.protectedCount = query.value(6).toInt();
    result.provider = query.value(7).toString();
    result.speedMbps = query.value(8).toDouble();
    result.note = query.value(9).toString();
    return result;
}

Status InventoryStocktake::store(const EquipmentItem &entry)
{
    const QStringList problems = InventoryValidator::checkEquipment(entry, m_catalog);
    if (!problems.isEmpty())
        return Status::failure(Text::tr("%1: %2").arg(m_catalog.labelOf(entry.category), problems.join(QLatin1Char(' '))));
    return InventoryWriter(m_database).updateEquipment(entry);
}

Status InventoryStocktake::confirmRoom(qint64 roomId, const QList<StocktakeCount> &counts, const QDate &date)
{
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    InventoryRepository repository(m_database, m_catalog);
    for (const StocktakeCount &count : counts) {
        Expected<EquipmentItem> entry = item(count.equipmentId);
        if (!entry)
            return entry.status();
        const Expected<qint64> owner = repository.roomOfEquipment(count.equipmentId);
        if (!owner)
            return owner.status();
        if (*owner != roomId)
            return Status::failure(Text::tr("Thiết bị %1 không thuộc phòng đang kiểm kê.").arg(m_catalog.labelOf(entry->category)));
        entry->quantity = count.quantity;
        entry->working = count.working;
        entry->protectedCount = qMin(entry->protectedCount, qMax(0, count.quantity));
        if (Status status = store(*entry); !status)
            return status;
    }
    SqlQuery checked(m_database, QStringLiteral("UPDATE inv_room SET checked_on = :date WHERE id = :id"));
    checked.bind(QStringLiteral(":date"), date.toString(Qt::ISODate)).bind(QStringLiteral(":id"), roomId);
    if (Status status = checked.exec(); !status)
        return status;
    if (checked.rowsAffected() != 1)
        return Status::failure(Text::tr("Không tìm thấy phòng (mã %1).").arg(roomId));
    return transaction.commit();
}

Status InventoryStocktake::markBroken(qint64 equipmentId, int units, const QString &problem, const QDate &date)
{
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    Expected<EquipmentItem> entry = item(equipmentId);
    if (!entry)
        return entry.status();
    if (units <= 0 || units > entry->working)
        return Status::failure(Text::tr("%1: chỉ có %2 đang hoạt động, không thể báo hỏng %3.")
                                   .arg(m_catalog.labelOf(entry->category)).arg(entry->working).arg(units));
    entry->working -= units;
    if (Status status = store(*entry); !status)
        return status;
    RepairEntry repair;
    repair.opened = date;
    repair.units = units;
    repair.problem = problem;
    if (Status status = InventoryWriter(m_database).insertRepair(equipmentId, repair).status(); !status)
        return status;
    return transaction.commit();
}

Status InventoryStocktake::markMissing(qint64 equipmentId, int units, const QString &note)
{
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    Expected<EquipmentItem> entry = item(equipmentId);
    if (!entry)
        return entry.status();
    if (units <= 0 || units > entry->quantity)
        return Status::failure(Text::tr("%1: chỉ có %2, không thể báo thiếu %3.")
                                   .arg(m_catalog.labelOf(entry->category)).arg(entry->quantity).arg(units));
    const int fromBroken = qMin(units, entry->broken());
    entry->quantity -= units;
    entry->working -= units - fromBroken;
    entry->protectedCount = qMin(entry->protectedCount, entry->quantity);
    if (!note.isEmpty())
        entry->note = entry->note.isEmpty() ? note : entry->note + QStringLiteral("; ") + note;
    if (Status status = store(*entry); !status)
        return status;
    return transaction.commit();
}

Expected<qint64> InventoryStocktake::move(qint64 equipmentId, qint64 toRoomId, int working, int broken)
{
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    Expected<EquipmentItem> source = item(equipmentId);
    if (!source)
        return source.status();
    InventoryRepository repository(m_database, m_catalog);
    const Expected<qint64> fromRoom = repository.roomOfEquipment(equipmentId);
    if (!fromRoom)
        return fromRoom.status();
    const Expected<qint64> fromYear = repository.yearOfRoom(*fromRoom);
    const Expected<qint64> toYear = repository.yearOfRoom(toRoomId);
    if (!fromYear || !toYear)
        return !fromYear ? fromYear.status() : toYear.status();
    if (*fromYear != *toYear)
        return Status::failure(Text::tr("Không thể chuyển thiết bị sang phòng của năm học khác."));
    if (*fromRoom == toRoomId)
        return Status::failure(Text::tr("Phòng nhận trùng với phòng hiện tại."));
    if (working < 0 || broken < 0 || working + broken == 0 || working > source->working || broken > source->broken())
        return Status::failure(Text::tr("%1: không thể chuyển %2 đang hoạt động và %3 hỏng (hiện có %4 đang hoạt động, %5 hỏng).")
                                   .arg(m_catalog.labelOf(source->category)).arg(working).arg(broken)
                                   .arg(source->working).arg(source->broken()));
    const int moved = working + broken;
    EquipmentItem remaining = *source;
    remaining.quantity -= moved;
    remaining.working -= working;
    remaining.protectedCount = qMin(source->protectedCount, remaining.quantity);
    const int protectedMoved = source->protectedCount - remaining.protectedCount;
    if (Status status = store(remaining); !status)
        return status;

    SqlQuery match(m_database, QStringLiteral(
        "SELECT id FROM inv_equipment WHERE room_id = :room AND category = :category AND description = :description "
        "AND year_acquired = :year ORDER BY position, id LIMIT 1"));
    match.bind(QStringLiteral(":room"), toRoomId)
        .bind(QStringLiteral(":category"), source->category)
        .bind(QStringLiteral(":description"), source->description)
        .bind(QStringLiteral(":year"), source->yearAcquired);
    if (Status status = match.exec(); !status)
        return status;
    qint64 targetId = 0;
    if (match.next()) {
        targetId = match.value(0).toLongLong();
        Expected<EquipmentItem> target = item(targetId);
        if (!target)
            return target.status();
        target->quantity += moved;
        target->working += working;
        target->protectedCount += protectedMoved;
        if (Status status = store(*target); !status)
            return status;
    } else {
        EquipmentItem created = *source;
        created.id = 0;
        created.quantity = moved;
        created.working = working;
        created.protectedCount = protectedMoved;
        InventoryWriter writer(m_database);
        const Expected<int> position = writer.nextPosition(QStringLiteral("inv_equipment"), QStringLiteral("room_id"), toRoomId);
        if (!position)
            return position.status();
        const Expected<qint64> inserted = writer.insertEquipment(toRoomId, created, *position);
        if (!inserted)
            return inserted;
        targetId = *inserted;
    }
    if (Status status = transaction.commit(); !status)
        return status;
    return targetId;
}

Expected<qint64> InventoryStocktake::openRepair(qint64 equipmentId, int units, const QString &problem, const QDate &date)
{
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    Expected<EquipmentItem> entry = item(equipmentId);
    if (!entry)
        return entry.status();
    if (units <= 0 || units > entry->quantity)
        return Status::failure(Text::tr("%1: số máy cần sửa (%2) phải từ 1 đến %3.")
                                   .arg(m_catalog.labelOf(entry->category)).arg(units).arg(entry->quantity));
    if (!date.isValid())
        return Status::failure(Text::tr("Thiếu ngày bắt đầu sửa chữa."));
    RepairEntry repair;
    repair.opened = date;
    repair.units = units;
    repair.problem = problem;
    const Expected<qint64> id = InventoryWriter(m_database).insertRepair(equipmentId, repair);
    if (!id)
        return id;
    if (Status status = transaction.commit(); !status)
        return status;
    return id;
}

Status InventoryStocktake::closeRepair(qint64 repairId, const QDate &date, RepairOutcome outcome, const QString &note)
{
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    SqlQuery query(m_database, QStringLiteral(
        "SELECT equipment_id, opened_on, closed_on, units, problem FROM inv_repair WHERE id = :id"));
    query.bind(QStringLiteral(":id"), repairId);
    if (Status status = query.exec(); !status)
        return status;
    if (!query.next())
        return Status::failure(Text::tr("Không tìm thấy phiếu sửa chữa (mã %1).").arg(repairId));
    if (!query.value(2).isNull() && !query.value(2).toString().isEmpty())
        return Status::failure(Text::tr("Phiếu sửa chữa này đã đóng."));
    RepairEntry repair;
    repair.id = repairId;
    repair.opened = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    repair.units = query.value(3).toInt();
    repair.problem = query.value(4).toString();
    repair.closed = date;
    repair.outcome = outcome;
    repair.note = note;
    if (!date.isValid() || date < repair.opened)
        return Status::failure(Text::tr("Ngày kết thúc sửa chữa phải từ ngày %1 trở đi.").arg(repair.opened.toString(QStringLiteral("dd/MM/yyyy"))));
    if (repair.outcome == RepairOutcome::Pending)
        return Status::failure(Text::tr("Hãy chọn kết quả sửa chữa."));
    Expected<EquipmentItem> entry = item(query.value(0).toLongLong());
    if (!entry)
        return entry.status();
    if (repair.outcome == RepairOutcome::Repaired)
        entry->working = qMin(entry->quantity, entry->working + repair.units);
    else if (repair.outcome == RepairOutcome::WrittenOff) {
        // Written-off units were broken; if the count says otherwise, the working ones stay.
        const int removed = qMin(repair.units, entry->quantity);
        entry->quantity -= removed;
        entry->working = qMin(entry->working, entry->quantity);
        entry->protectedCount = qMin(entry->protectedCount, entry->quantity);
    }
    if (Status status = store(*entry); !status)
        return status;
    if (Status status = InventoryWriter(m_database).updateRepair(repair); !status)
        return status;
    return transaction.commit();
}

} // namespace sdx
