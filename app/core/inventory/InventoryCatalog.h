#pragma once

#include "InventoryKind.h"
#include "SoftwareRow.h"
#include "common/Status.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sdx {

/// What every catalog line has: a stable key, a label for people, spellings met in files.
struct CatalogEntry
{
    QString key;
    QString label;
    QStringList aliases;     ///< normalized (TextKey::normalized)
    QString item;            ///< index item it feeds, if any ("2.3.2")
};

struct SoftwareRole : CatalogEntry
{
    enum class Features { None, Modules, Functions, Exchange };
    SoftwareGroup group = SoftwareGroup::Management;
    bool isDefault = false;
    Features features = Features::None;
    QStringList providesModules;
};

struct EquipmentCategory : CatalogEntry
{
    bool computer = false;          ///< counts for the anti-malware indicator
    bool studentComputer = false;   ///< a computer pupils work on (1.7.2, 1.5.1, 1.7.3)
    bool projection = false;        ///< makes a classroom "có thiết bị trình chiếu" (1.7.1)
    bool internetLine = false;      ///< provider and speed apply
    bool inTotals = false;          ///< counted in "trang thiết bị CNTT và hạ tầng đã có"
};

struct RoomKind : CatalogEntry
{
    bool classroom = false;
    bool computerLab = false;
    bool studio = false;
    bool countsAsUnit = false;      ///< the room counts as one item in the totals
};

struct CountDefinition : CatalogEntry
{
    QStringList of;                 ///< counts whose sum is the base of the share
    int indicator = 0;              ///< managing authority's indicator number (seed 003), 0 if none
};

struct LabLevelRule
{
    int level = 1;
    double maxStudentsPerComputer = 0;
};

struct ImportColumn
{
    QString key;
    QString header;                 ///< written on export
    bool required = false;
    QStringList synonyms;           ///< normalized
};

/**
 * The inventory's lists as data (the JSON files of resources/inventory): software roles and their default
 * rows, management modules, LMS functions, equipment categories, room kinds, people counts,
 * thresholds and import columns. A new category or a corrected threshold is a data change.
 */
class InventoryCatalog final
{
public:
    /// The catalog compiled into the program (":/inventory").
    static const InventoryCatalog &builtIn();
    /// Reads the JSON files of `folder`; the message names the file and the fault.
    static Expected<InventoryCatalog> load(const QString &folder);

    const QList<SoftwareRole> &roles() const { return m_roles; }
    const SoftwareRole *role(const QString &key) const;
    /// The role whose alias matches most of `name` (longest alias, whole words); empty if none.
    QString guessRole(const QString &name) const;
    /// The rows that pre-fill a new year's register.
    QList<SoftwareRow> defaultSoftware() const;

    const QList<CatalogEntry> &modules() const { return m_modules; }
    const QList<CatalogEntry> &lmsFunctions() const { return m_functions; }
    const QList<EquipmentCategory> &categories() const { return m_categories; }
    const EquipmentCategory *category(const QString &key) const;
    const QList<RoomKind> &roomKinds() const { return m_roomKinds; }
    const RoomKind *roomKind(const QString &key) const;
    const QList<CountDefinition> &counts() const { return m_counts; }
    const CountDefinition *count(const QString &key) const;

    /// Key of the entry a user's text names (key, label or alias, with or without diacritics;
    /// failing an exact match, the longest alias found in the text as whole words); empty if none.
    QString matchCategory(const QString &text) const;
    QString matchRoomKind(const QString &text) const;
    QString matchModule(const QString &text, bool exactOnly = false) const;
    QString matchFunction(const QString &text, bool exactOnly = false) const;
    QString labelOf(const QString &key) const;      ///< label of a category or room kind key

    const QList<LabLevelRule> &labLevels() const { return m_labLevels; }
    int labLevelOtherwise() const { return m_labLevelOtherwise; }
    int maxQuantityPerEntry() const { return m_maxQuantityPerEntry; }
    int maxCount() const { return m_maxCount; }
    const QList<ImportColumn> &columns(InventoryKind kind) const;

private:
    Status loadSoftware(const QString &path);
    Status loadEquipment(const QString &path);
    Status loadCounts(const QString &path);
    Status loadRules(const QString &path);
    Status loadColumns(const QString &path);

    QList<SoftwareRole> m_roles;
    QList<CatalogEntry> m_modules;
    QList<CatalogEntry> m_functions;
    QList<EquipmentCategory> m_categories;
    QList<RoomKind> m_roomKinds;
    QList<CountDefinition> m_counts;
    QList<LabLevelRule> m_labLevels;
    int m_labLevelOtherwise = 1;
    int m_maxQuantityPerEntry = 2000;
    int m_maxCount = 100000;
    QList<ImportColumn> m_softwareColumns;
    QList<ImportColumn> m_roomColumns;
    QList<ImportColumn> m_equipmentColumns;
};

} // namespace sdx
