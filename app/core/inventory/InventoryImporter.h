#pragma once

#include "InventoryCatalog.h"
#include "InventoryKind.h"
#include "InventorySnapshot.h"
#include "LegacyEncoding.h"
#include "SheetTable.h"
#include "common/Status.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace sdx {

class Database;

/// One message of an import, pointing at a sheet and a line of the file (0: the whole sheet).
struct ImportIssue
{
    QString sheet;          ///< empty for a CSV file
    int line = 0;
    QString message;
    bool blocking = true;   ///< an error (nothing is imported) rather than a note

    /// "Trang “Thiết bị”, dòng 7: …", "Dòng 7: …" or the message alone.
    QString text() const;
};

/// A table of the file as the importer understood it, before the rows are interpreted.
struct ImportSheet
{
    QString name;
    InventoryKind kind = InventoryKind::Software;
    bool recognised = false;        ///< a header row of a known kind was found (or the kind was given)
    bool skipped = false;           ///< a table of another kind than the one asked for
    int headerLine = 0;
    QStringList headers;
    QStringList mapping;            ///< per column: the field it fills, or "" to ignore the column
    QList<SheetRow> rows;           ///< the lines after the header
    QList<MergedRange> merges;
    QList<ImportIssue> issues;      ///< found while reading (encoding of the sheet's text)
};

/// What was read from a file, with a column mapping the user may change before importing.
struct ImportPreview
{
    QString path;
    bool spreadsheet = false;       ///< XLSX (sheets named in messages) rather than CSV
    TextEncoding encoding = TextEncoding::Utf8;
    bool converted = false;
    QList<ImportSheet> sheets;
    QList<ImportIssue> issues;      ///< about the whole file
};

/// Equipment to write: an update of an existing entry (item.id) or a new entry in `roomKey`.
struct PlannedEquipment
{
    QString roomKey;                ///< TextKey::nameKey of the room's name
    EquipmentItem item;
};

/**
 * What an import would do to a year: rows to insert (id 0) or update, and every problem found.
 * Any blocking issue means nothing is imported.
 */
struct ImportPlan
{
    QList<ImportIssue> issues;
    QList<Room> rooms;
    QList<SoftwareRow> software;
    QList<PlannedEquipment> equipment;
    int rowsRead = 0;

    bool hasErrors() const;
    int errorCount() const;
    int inserts() const;
    int updates() const;
    /// The issues as lines of text, errors first.
    QStringList messages() const;
};

struct ImportOptions
{
    std::optional<InventoryKind> kind;  ///< import only tables of this kind
    bool convertTcvn3 = false;          ///< convert TCVN3 text instead of refusing it
};

/**
 * Imports software rows, rooms and equipment from CSV or XLSX files in three steps the GUI shows:
 * read (a preview with a guessed column mapping), plan (parse, merge with the year's data, check
 * every row), commit (all rows in one transaction, or none). Rows are merged by their natural key
 * (software: group + name; room: name; equipment: room + category + description + year): a
 * matching row is updated with the cells the file fills, others are added. Empty cells change
 * nothing. Nothing is ever deleted by an import.
 */
class InventoryImporter final
{
public:
    explicit InventoryImporter(const InventoryCatalog &catalog = InventoryCatalog::builtIn());

    Expected<ImportPreview> read(const QString &path, const ImportOptions &options = {}) const;
    /// Re-reads the header and mapping of a sheet as a table of `kind`.
    void setKind(ImportPreview &preview, int sheet, InventoryKind kind) const;
    /// The user's mapping: one field key (or "") per column.
    void setMapping(ImportPreview &preview, int sheet, const QStringList &mapping) const;
    ImportPlan plan(const ImportPreview &preview, const InventorySnapshot &existing) const;
    /// Plans against the year's current data and writes it in one transaction; on any error,
    /// writes nothing and fails with the issues.
    Expected<ImportPlan> commit(Database &database, qint64 yearId, const ImportPreview &preview) const;

    /// The guessed mapping of a header row for a kind, and how many columns were recognised.
    QStringList guessMapping(const QStringList &headers, InventoryKind kind, int *recognised = nullptr) const;

private:
    ImportSheet structure(const SheetTable &table, const ImportOptions &options, bool spreadsheet) const;
    void locateHeader(ImportSheet &sheet, const SheetTable &table, std::optional<InventoryKind> kind) const;

    const InventoryCatalog &m_catalog;
};

} // namespace sdx
