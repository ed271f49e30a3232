#pragma once

#include "InventoryImporter.h"

#include <QHash>
#include <QSet>

namespace sdx {

/**
 * Turns the rows of an import preview into the rows to write: parses each cell with
 * InventoryFieldCodec, merges with the year's existing rows by natural key, validates the result
 * with InventoryValidator and reports every problem with its sheet and line. Tables are planned
 * rooms first, so equipment may name a room the same file adds.
 */
class ImportPlanner final
{
public:
    ImportPlanner(const InventoryCatalog &catalog, const InventorySnapshot &existing);
    ImportPlan run(const ImportPreview &preview);

private:
    using Values = QHash<QString, QString>;

    bool checkSheet(const ImportSheet &sheet, bool spreadsheet);
    void planRooms(const ImportSheet &sheet);
    void planSoftware(const ImportSheet &sheet);
    void planEquipment(const ImportSheet &sheet);
    bool parseSoftware(const Values &values, SoftwareRow *row, QStringList *problems) const;
    bool resolveSoftware(const Values &values, SoftwareRow *row, QStringList *problems) const;
    void parseEquipmentNumbers(const Values &values, const EquipmentItem &base, bool isNew, EquipmentItem *item,
                               QStringList *problems) const;
    const EquipmentItem *existingItem(const QString &roomKey, const EquipmentItem &key) const;
    Values values(const ImportSheet &sheet, const SheetRow &row) const;
    void report(const ImportSheet &sheet, int line, const QStringList &problems);
    QString sheetLabel(const ImportSheet &sheet) const;
    QString categoryHint() const;

    const InventoryCatalog &m_catalog;
    const InventorySnapshot &m_existing;
    ImportPlan m_plan;
    bool m_spreadsheet = false;
    QHash<QString, const Room *> m_existingRooms;   ///< by TextKey::nameKey
    QSet<QString> m_plannedRooms;
};

} // namespace sdx
