#include "InventoryController.h"

#include "inventory/InventoryRepository.h"
#include "inventory/TextKey.h"
#include "school/SchoolSession.h"

#include <QDate>

namespace sdx {

InventoryController::InventoryController(SchoolSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_catalog(InventoryCatalog::builtIn())
{
    connect(session, &SchoolSession::currentYearChanged, this, [this] { reload(); });
    connect(session, &SchoolSession::yearDataChanged, this, [this] {
        if (!m_notifying)
            reload();
    });
    reload();
}

qint64 InventoryController::yearId() const
{
    return m_session->currentYear().id;
}

Status InventoryController::reload()
{
    Status status;
    if (yearId() == 0) {
        m_overview = InventoryOverview();
    } else {
        status = InventoryRepository(m_session->database(), m_catalog).prefillIfNew(yearId());
        Expected<InventoryOverview> overview = InventoryOverview::load(m_session->database(), yearId());
        if (overview)
            m_overview = std::move(overview.value());
        else
            status = overview.status();
    }
    emit structureChanged();
    if (!status)
        emit failed(status.message());
    return status;
}

Status InventoryController::afterEdit(const Status &status, bool structural)
{
    if (!status) {
        emit failed(status.message());
        return status;
    }
    Expected<InventoryOverview> overview = InventoryOverview::load(m_session->database(), yearId());
    if (!overview) {
        emit failed(overview.message());
        return overview.status();
    }
    m_overview = std::move(overview.value());
    if (structural)
        emit structureChanged();
    else
        emit dataRefreshed();
    // Other pages (the checklist) show the derived facts too: tell them the year's data changed.
    m_notifying = true;
    m_session->notifyYearDataChanged();
    m_notifying = false;
    return status;
}

Status InventoryController::saveSoftware(const SoftwareRow &row)
{
    return afterEdit(InventoryRepository(m_session->database(), m_catalog).saveSoftware(yearId(), row).status(), false);
}

QString InventoryController::uniqueSoftwareName(SoftwareGroup group) const
{
    for (int n = 1;; ++n) {
        const QString name = tr("Ứng dụng mới %1").arg(n);
        const bool taken = std::any_of(snapshot().software.cbegin(), snapshot().software.cend(), [&](const SoftwareRow &row) {
            return row.group == group && TextKey::nameKey(row.name) == TextKey::nameKey(name);
        });
        if (!taken)
            return name;
    }
}

Expected<qint64> InventoryController::addSoftware(SoftwareGroup group)
{
    SoftwareRow row;
    row.group = group;
    row.name = uniqueSoftwareName(group);
    const Expected<qint64> id = InventoryRepository(m_session->database(), m_catalog).saveSoftware(yearId(), row);
    afterEdit(id.status(), true);
    return id;
}

Status InventoryController::removeSoftware(qint64 id)
{
    return afterEdit(InventoryRepository(m_session->database(), m_catalog).removeSoftware(id), true);
}

Status InventoryController::saveRoom(const Room &room)
{
    return afterEdit(InventoryRepository(m_session->database(), m_catalog).saveRoom(yearId(), room).status(), false);
}

QString InventoryController::uniqueRoomName() const
{
    for (int n = 1;; ++n) {
        const QString name = tr("Phòng mới %1").arg(n);
        if (!snapshot().findRoom(name))
            return name;
    }
}

Expected<qint64> InventoryController::addRoom(const QString &kind)
{
    Room room;
    room.name = uniqueRoomName();
    room.kind = kind;
    const Expected<qint64> id = InventoryRepository(m_session->database(), m_catalog).saveRoom(yearId(), room);
    afterEdit(id.status(), true);
    return id;
}

Status InventoryController::removeRoom(qint64 id)
{
    return afterEdit(InventoryRepository(m_session->database(), m_catalog).removeRoom(id), true);
}

Status InventoryController::saveEquipment(qint64 roomId, const EquipmentItem &item)
{
    return afterEdit(InventoryRepository(m_session->database(), m_catalog).saveEquipment(roomId, item).status(), false);
}

Expected<qint64> InventoryController::addEquipment(qint64 roomId, const QString &category)
{
    EquipmentItem item;
    item.category = category;
    item.quantity = 1;
    item.working = 1;
    item.yearAcquired = QDate::currentDate().year();
    const Expected<qint64> id = InventoryRepository(m_session->database(), m_catalog).saveEquipment(roomId, item);
    afterEdit(id.status(), true);
    return id;
}

Status InventoryController::removeEquipment(qint64 id)
{
    return afterEdit(InventoryRepository(m_session->database(), m_catalog).removeEquipment(id), true);
}

Status InventoryController::saveCounts(const PeopleCounts &counts)
{
    return afterEdit(InventoryRepository(m_session->database(), m_catalog).saveCounts(yearId(), counts), false);
}

Status InventoryController::saveNeeds(const QList<EquipmentNeed> &needs)
{
    return afterEdit(InventoryRepository(m_session->database(), m_catalog).saveNeeds(yearId(), needs), true);
}

Status InventoryController::confirmRoom(qint64 roomId, const QList<StocktakeCount> &counts)
{
    return afterEdit(InventoryStocktake(m_session->database(), m_catalog).confirmRoom(roomId, counts, QDate::currentDate()), false);
}

Status InventoryController::markBroken(qint64 equipmentId, int units, const QString &problem)
{
    return afterEdit(InventoryStocktake(m_session->database(), m_catalog).markBroken(equipmentId, units, problem, QDate::currentDate()),
                     false);
}

Status InventoryController::markMissing(qint64 equipmentId, int units, const QString &note)
{
    return afterEdit(InventoryStocktake(m_session->database(), m_catalog).markMissing(equipmentId, units, note), false);
}

Status InventoryController::moveItems(qint64 equipmentId, qint64 toRoomId, int working, int broken)
{
    return afterEdit(InventoryStocktake(m_session->database(), m_catalog).move(equipmentId, toRoomId, working, broken).status(), true);
}

Status InventoryController::closeRepair(qint64 repairId, RepairOutcome outcome, const QString &note)
{
    return afterEdit(InventoryStocktake(m_session->database(), m_catalog).closeRepair(repairId, QDate::currentDate(), outcome, note),
                     false);
}

void InventoryController::importFinished()
{
    afterEdit(Status::success(), true);
}

} // namespace sdx
