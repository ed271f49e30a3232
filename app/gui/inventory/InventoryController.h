#pragma once

#include "inventory/InventoryCatalog.h"
#include "inventory/InventoryOverview.h"
#include "inventory/InventoryStocktake.h"

#include <QObject>

namespace sdx {

class SchoolSession;

/**
 * The inventory of the session's current year as the GUI sees it: the snapshot, its totals and
 * derived facts, and every edit passed to the core (which validates and writes in a transaction).
 * After an edit the year is read again, so what the pages show is what the database holds.
 * Edits that keep the shape of the tables emit dataRefreshed(); adding, removing, importing or a
 * change of year emits structureChanged() (models reset).
 */
class InventoryController final : public QObject
{
    Q_OBJECT

public:
    explicit InventoryController(SchoolSession *session, QObject *parent = nullptr);

    SchoolSession *session() const { return m_session; }
    qint64 yearId() const;
    const InventoryCatalog &catalog() const { return m_catalog; }
    const InventorySnapshot &snapshot() const { return m_overview.snapshot; }
    const InventoryOverview &overview() const { return m_overview; }

    /// Reads the current year again (pre-filling its register the first time).
    Status reload();

    Status saveSoftware(const SoftwareRow &row);
    Expected<qint64> addSoftware(SoftwareGroup group);
    Status removeSoftware(qint64 id);
    Status saveRoom(const Room &room);
    Expected<qint64> addRoom(const QString &kind);
    Status removeRoom(qint64 id);
    Status saveEquipment(qint64 roomId, const EquipmentItem &item);
    Expected<qint64> addEquipment(qint64 roomId, const QString &category);
    Status removeEquipment(qint64 id);
    Status saveCounts(const PeopleCounts &counts);
    Status saveNeeds(const QList<EquipmentNeed> &needs);

    Status confirmRoom(qint64 roomId, const QList<StocktakeCount> &counts);
    Status markBroken(qint64 equipmentId, int units, const QString &problem);
    Status markMissing(qint64 equipmentId, int units, const QString &note);
    Status moveItems(qint64 equipmentId, qint64 toRoomId, int working, int broken);
    Status closeRepair(qint64 repairId, RepairOutcome outcome, const QString &note);

    /// After the import dialog has committed: the tables changed shape.
    void importFinished();

signals:
    void structureChanged();
    void dataRefreshed();
    /// A failed edit; the message is Vietnamese and names the row.
    void failed(const QString &message);

private:
    Status afterEdit(const Status &status, bool structural);
    QString uniqueRoomName() const;
    QString uniqueSoftwareName(SoftwareGroup group) const;

    SchoolSession *m_session;
    const InventoryCatalog &m_catalog;
    InventoryOverview m_overview;
    bool m_notifying = false;       ///< our own yearDataChanged() is not a reason to re-read
};

} // namespace sdx
