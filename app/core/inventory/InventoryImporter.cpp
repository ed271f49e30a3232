#include "InventoryImporter.h"

#include "CsvCodec.h"
#include "ImportPlanner.h"
#include "InventoryRepository.h"
#include "InventoryWriter.h"
#include "TextKey.h"
#include "XlsxReader.h"
#include "common/SafeFile.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::InventoryImporter)
};

constexpr qint64 kMaxCsvBytes = 64 * 1024 * 1024;
constexpr int kHeaderSearchRows = 10;

/// The first line of the file with a non-ASCII byte, as a legacy-font user would see it typed.
QString legacySample(const QByteArray &bytes)
{
    const QList<QByteArray> lines = bytes.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        for (const char c : lines.at(i)) {
            if (static_cast<unsigned char>(c) >= 0x80)
                return Text::tr(" (dòng %1: “%2”)").arg(i + 1).arg(QString::fromLatin1(lines.at(i)).trimmed().left(60));
        }
    }
    return QString();
}

QString sheetText(const SheetTable &table)
{
    QString text;
    for (const SheetRow &row : table.rows)
        text += row.cells.join(QLatin1Char(' ')) + QLatin1Char('\n');
    return text;
}

QString legacyCell(const SheetTable &table)
{
    for (const SheetRow &row : table.rows) {
        for (int column = 0; column < row.cells.size(); ++column) {
            for (const QChar c : row.cells.at(column)) {
                if (c.unicode() >= 0x80)
                    return Text::tr(" (dòng %1, cột %2: “%3”)").arg(row.number).arg(column + 1).arg(row.cells.at(column).left(60));
            }
        }
    }
    return QString();
}

/// XLSX cells typed with a legacy font: convert (TCVN3, if asked) or refuse with advice.
void handleLegacyText(SheetTable &table, const ImportOptions &options, QList<ImportIssue> *issues, bool *converted)
{
    const TextEncoding encoding = LegacyEncoding::detectText(sheetText(table));
    if (encoding == TextEncoding::Utf8)
        return;
    if (encoding == TextEncoding::Tcvn3 && options.convertTcvn3) {
        for (SheetRow &row : table.rows) {
            for (QString &cell : row.cells)
                cell = LegacyEncoding::convertTcvn3Text(cell);
        }
        *converted = true;
        issues->append({table.name, 0, Text::tr("Chữ trong trang được gõ bằng bảng mã TCVN3 (ABC); SchoolDX đã chuyển sang "
                                          "Unicode, hãy xem lại các chữ hoa có dấu."), false});
        return;
    }
    issues->append({table.name, 0, LegacyEncoding::advice(encoding) + legacyCell(table), true});
}

} // namespace

QString ImportIssue::text() const
{
    if (!sheet.isEmpty() && line > 0)
        return QCoreApplication::translate("sdx::InventoryImporter", "Trang “%1”, dòng %2: %3").arg(sheet).arg(line).arg(message);
    if (!sheet.isEmpty())
        return QCoreApplication::translate("sdx::InventoryImporter", "Trang “%1”: %2").arg(sheet, message);
    if (line > 0)
        return QCoreApplication::translate("sdx::InventoryImporter", "Dòng %1: %2").arg(line).arg(message);
    return message;
}

bool ImportPlan::hasErrors() const
{
    return errorCount() > 0;
}

int ImportPlan::errorCount() const
{
    return int(std::count_if(issues.cbegin(), issues.cend(), [](const ImportIssue &issue) { return issue.blocking; }));
}

int ImportPlan::inserts() const
{
    int count = 0;
    for (const Room &room : rooms)
        count += room.id == 0 ? 1 : 0;
    for (const SoftwareRow &row : software)
        count += row.id == 0 ? 1 : 0;
    for (const PlannedEquipment &planned : equipment)
        count += planned.item.id == 0 ? 1 : 0;
    return count;
}

int ImportPlan::updates() const
{
    return int(rooms.size() + software.size() + equipment.size()) - inserts();
}

QStringList ImportPlan::messages() const
{
    QStringList errors;
    QStringList notes;
    for (const ImportIssue &issue : issues)
        (issue.blocking ? errors : notes).append(issue.text());
    return errors + notes;
}

InventoryImporter::InventoryImporter(const InventoryCatalog &catalog)
    : m_catalog(catalog)
{
}

Expected<ImportPreview> InventoryImporter::read(const QString &path, const ImportOptions &options) const
{
    ImportPreview preview;
    preview.path = path;
    const QString native = QDir::toNativeSeparators(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    QList<SheetTable> tables;
    if (suffix == QLatin1String("xlsx")) {
        Expected<QList<SheetTable>> read = XlsxReader::read(path);
        if (!read)
            return read.status();
        preview.spreadsheet = true;
        tables = std::move(read.value());
        for (SheetTable &table : tables)
            handleLegacyText(table, options, &preview.issues, &preview.converted);
        if (preview.converted)
            preview.encoding = TextEncoding::Tcvn3;
    } else if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt") || suffix == QLatin1String("tsv")) {
        const Expected<QByteArray> bytes = SafeFile::read(path, kMaxCsvBytes);
        if (!bytes)
            return bytes.status();
        const Expected<CsvText> text = CsvCodec::decode(*bytes, options.convertTcvn3);
        if (!text)
            return Status::failure(Text::tr("Tệp %1: %2").arg(native, text.message() + legacySample(*bytes)));
        preview.encoding = text->encoding;
        preview.converted = text->converted;
        if (text->converted)
            preview.issues.append({QString(), 0,
                                   Text::tr("Tệp %1 dùng bảng mã %2; SchoolDX đã chuyển sang Unicode, hãy xem lại trước khi nhập.")
                                       .arg(native, LegacyEncoding::name(text->encoding)), false});
        tables.append(CsvCodec::parse(text->text, QFileInfo(path).fileName()));
    } else if (suffix == QLatin1String("xls")) {
        return Status::failure(Text::tr("Tệp %1 là dạng Excel 97-2003 (.xls): hãy mở bằng Excel và lưu thành .xlsx hoặc CSV UTF-8.").arg(native));
    } else {
        return Status::failure(Text::tr("Tệp %1: chỉ nhập được tệp .csv hoặc .xlsx.").arg(native));
    }
    for (const SheetTable &table : std::as_const(tables))
        preview.sheets.append(structure(table, options, preview.spreadsheet));
    return preview;
}

QStringList InventoryImporter::guessMapping(const QStringList &headers, InventoryKind kind, int *recognised) const
{
    QStringList mapping;
    QStringList used;
    for (const QString &header : headers) {
        const QString key = TextKey::normalized(header);
        QString field;
        for (const ImportColumn &column : m_catalog.columns(kind)) {
            if (!key.isEmpty() && column.synonyms.contains(key) && !used.contains(column.key)) {
                field = column.key;
                break;
            }
        }
        if (!field.isEmpty())
            used.append(field);
        mapping.append(field);
    }
    if (recognised)
        *recognised = int(used.size());
    return mapping;
}

void InventoryImporter::locateHeader(ImportSheet &sheet, const SheetTable &table, std::optional<InventoryKind> kind) const
{
    const QString sheetKey = TextKey::normalized(table.name);
    int bestScore = 1;      // a header row names at least two known columns
    for (int i = 0; i < table.rows.size() && i < kHeaderSearchRows; ++i) {
        for (InventoryKind candidate : InventoryKinds::all()) {
            if (kind && *kind != candidate)
                continue;
            int recognised = 0;
            const QStringList mapping = guessMapping(table.rows.at(i).cells, candidate, &recognised);
            // A sheet named after a kind ("Thiết bị") settles a tie in its favour.
            const bool named = sheetKey == TextKey::normalized(InventoryKinds::sheetName(candidate))
                               || sheetKey == TextKey::normalized(InventoryKinds::code(candidate));
            const int score = recognised * 2 + (named ? 1 : 0);
            if (recognised >= 2 && score > bestScore) {
                bestScore = score;
                sheet.recognised = true;
                sheet.kind = candidate;
                sheet.headerLine = table.rows.at(i).number;
                sheet.headers = table.rows.at(i).cells;
                sheet.mapping = mapping;
                sheet.rows = table.rows.mid(i + 1);
            }
        }
    }
}

ImportSheet InventoryImporter::structure(const SheetTable &table, const ImportOptions &options, bool spreadsheet) const
{
    ImportSheet sheet;
    sheet.name = table.name;
    sheet.merges = table.merges;
    sheet.rows = table.rows;
    locateHeader(sheet, table, std::nullopt);
    if (!options.kind || (sheet.recognised && sheet.kind == *options.kind))
        return sheet;
    if (spreadsheet && sheet.recognised) {
        // A workbook's other tables are left alone when one kind is asked for.
        sheet.skipped = true;
        sheet.issues.append({sheet.name, 0, Text::tr("là bảng %1, không nhập vì chỉ nhập bảng %2.")
                                                .arg(InventoryKinds::displayName(sheet.kind).toLower(),
                                                     InventoryKinds::displayName(*options.kind).toLower()), false});
        return sheet;
    }
    // The user said what this table is: read it as such.
    ImportSheet forced;
    forced.name = table.name;
    forced.merges = table.merges;
    forced.rows = table.rows;
    forced.kind = *options.kind;
    locateHeader(forced, table, options.kind);
    return forced;
}

void InventoryImporter::setKind(ImportPreview &preview, int index, InventoryKind kind) const
{
    ImportSheet &sheet = preview.sheets[index];
    SheetTable table;
    table.name = sheet.name;
    table.merges = sheet.merges;
    table.rows = sheet.rows;
    if (sheet.recognised && sheet.headerLine > 0)
        table.rows.prepend({sheet.headerLine, sheet.headers});
    ImportSheet rebuilt;
    rebuilt.name = sheet.name;
    rebuilt.merges = sheet.merges;
    rebuilt.rows = table.rows;
    rebuilt.kind = kind;
    rebuilt.issues = sheet.issues;
    locateHeader(rebuilt, table, kind);
    if (!rebuilt.recognised && !table.rows.isEmpty()) {
        // The user says what the table is: take its first line as the header, map what we can.
        rebuilt.recognised = true;
        rebuilt.headerLine = table.rows.constFirst().number;
        rebuilt.headers = table.rows.constFirst().cells;
        rebuilt.mapping = guessMapping(rebuilt.headers, kind);
        rebuilt.rows = table.rows.mid(1);
    }
    sheet = rebuilt;
}

void InventoryImporter::setMapping(ImportPreview &preview, int index, const QStringList &mapping) const
{
    ImportSheet &sheet = preview.sheets[index];
    sheet.mapping = mapping;
    while (sheet.mapping.size() < sheet.headers.size())
        sheet.mapping.append(QString());
}

ImportPlan InventoryImporter::plan(const ImportPreview &preview, const InventorySnapshot &existing) const
{
    return ImportPlanner(m_catalog, existing).run(preview);
}

Expected<ImportPlan> InventoryImporter::commit(Database &database, qint64 yearId, const ImportPreview &preview) const
{
    Transaction transaction(database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    const Expected<InventorySnapshot> existing = InventoryRepository(database, m_catalog).load(yearId);
    if (!existing)
        return existing.status();
    ImportPlan result = plan(preview, *existing);
    if (result.hasErrors()) {
        const QStringList messages = result.messages().mid(0, result.errorCount());
        return Status::failure(QCoreApplication::translate("sdx::InventoryImporter", "Không nhập gì cả: %n lỗi cần sửa trong tệp.",
                                                           nullptr, result.errorCount())
                               + QLatin1Char('\n')
                               + messages.join(QLatin1Char('\n')));
    }
    InventoryWriter writer(database);
    QHash<QString, qint64> roomIds;
    for (const Room &room : existing->rooms)
        roomIds.insert(TextKey::nameKey(room.name), room.id);
    auto position = [&writer](const QString &table, const QString &owner, qint64 id) {
        const Expected<int> next = writer.nextPosition(table, owner, id);
        return next ? *next : 0;
    };
    int roomPosition = position(QStringLiteral("inv_room"), QStringLiteral("year_id"), yearId);
    for (const Room &room : std::as_const(result.rooms)) {
        if (room.id != 0) {
            if (Status status = writer.updateRoom(room); !status)
                return status;
            continue;
        }
        const Expected<qint64> id = writer.insertRoom(yearId, room, roomPosition++);
        if (!id)
            return id.status();
        roomIds.insert(TextKey::nameKey(room.name), *id);
    }
    int softwarePosition = position(QStringLiteral("inv_software"), QStringLiteral("year_id"), yearId);
    for (const SoftwareRow &row : std::as_const(result.software)) {
        const Status status = row.id != 0 ? writer.updateSoftware(row)
                                          : writer.insertSoftware(yearId, row, softwarePosition++).status();
        if (!status)
            return status;
    }
    QHash<qint64, int> equipmentPositions;
    for (const PlannedEquipment &planned : std::as_const(result.equipment)) {
        if (planned.item.id != 0) {
            if (Status status = writer.updateEquipment(planned.item); !status)
                return status;
            continue;
        }
        const qint64 roomId = roomIds.value(planned.roomKey);
        if (!equipmentPositions.contains(roomId))
            equipmentPositions.insert(roomId, position(QStringLiteral("inv_equipment"), QStringLiteral("room_id"), roomId));
        if (Status status = writer.insertEquipment(roomId, planned.item, equipmentPositions[roomId]++).status(); !status)
            return status;
    }
    if (Status status = transaction.commit(); !status)
        return status;
    return result;
}

} // namespace sdx
