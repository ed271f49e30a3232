// Benchmark of the inventory (run on demand, never as a test): generates an inventory of
// 10,000 rows (software rows, rooms, equipment entries), then measures CSV and XLSX export and
// import into a fresh database, loading a year, deriving the facts and totals, and peak memory.
#include "inventory/InventoryCatalog.h"
#include "inventory/InventoryDerivation.h"
#include "inventory/InventoryExport.h"
#include "inventory/InventoryImporter.h"
#include "inventory/InventoryRepository.h"
#include "inventory/InventoryTotals.h"
#include "school/YearRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sdx;

namespace {

constexpr int kRooms = 500;
constexpr int kEquipment = 9000;
constexpr int kSoftware = 500;

InventorySnapshot generate()
{
    const QStringList kinds = {QStringLiteral("classroom"), QStringLiteral("classroom"), QStringLiteral("classroom"),
                               QStringLiteral("computer-lab"), QStringLiteral("office"), QStringLiteral("library")};
    const QStringList categories = {QStringLiteral("tv"), QStringLiteral("projector"), QStringLiteral("desktop-computer"),
                                    QStringLiteral("laptop"), QStringLiteral("audio"), QStringLiteral("printer")};
    InventorySnapshot snapshot;
    snapshot.yearName = QStringLiteral("2024-2025");
    for (int r = 0; r < kRooms; ++r) {
        Room room;
        room.name = QStringLiteral("Phòng %1").arg(r + 1, 3, 10, QLatin1Char('0'));
        room.kind = kinds.at(r % kinds.size());
        room.hasInternet = r % 3 != 0;
        snapshot.rooms.append(room);
    }
    for (int e = 0; e < kEquipment; ++e) {
        EquipmentItem item;
        item.category = categories.at(e % categories.size());
        item.description = QStringLiteral("Mẫu %1").arg(e);
        item.quantity = 1 + e % 30;
        item.working = item.quantity - (e % 4 == 0 ? 1 : 0);
        item.yearAcquired = 2015 + e % 10;
        snapshot.rooms[e % kRooms].equipment.append(item);
    }
    const QList<SoftwareRole> &roles = InventoryCatalog::builtIn().roles();
    for (int s = 0; s < kSoftware; ++s) {
        SoftwareRow row;
        // Every catalog role appears many times, so every derivation rule has rows to read.
        const SoftwareRole &role = roles.at(s % roles.size());
        row.role = role.key;
        row.group = role.group;
        if (role.features == SoftwareRole::Features::Modules)
            row.modules = {QStringLiteral("students"), QStringLiteral("health")};
        if (role.features == SoftwareRole::Features::Functions)
            row.functions = {QStringLiteral("self-study")};
        row.name = QStringLiteral("Ứng dụng số %1").arg(s);
        row.status = s % 5 == 0 ? SoftwareStatus::Missing : SoftwareStatus::InUse;
        row.link = QStringLiteral("https://ung-dung-%1.edu.vn").arg(s);
        snapshot.software.append(row);
    }
    snapshot.people.set(QStringLiteral("teachers"), 600);
    snapshot.people.set(QStringLiteral("teachers-training-account"), 480);
    snapshot.people.set(QStringLiteral("students"), 15000);
    snapshot.people.set(QStringLiteral("classes"), 420);
    return snapshot;
}

qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Fresh
{
    std::unique_ptr<Database> database;
    qint64 year = 0;
};

Fresh freshDatabase(const QString &path)
{
    Fresh fresh;
    auto db = Database::open(path);
    if (!db)
        qFatal("%s", qPrintable(db.message()));
    fresh.database = std::move(db.value());
    fresh.year = YearRepository(*fresh.database).create(QStringLiteral("2024-2025"))->id;
    return fresh;
}

double importFiles(const QStringList &files, const QString &databasePath, int *rows)
{
    Fresh fresh = freshDatabase(databasePath);
    InventoryImporter importer;
    QElapsedTimer timer;
    timer.start();
    *rows = 0;
    for (const QString &file : files) {
        const Expected<ImportPreview> preview = importer.read(file);
        if (!preview)
            qFatal("%s", qPrintable(preview.message()));
        const Expected<ImportPlan> plan = importer.commit(*fresh.database, fresh.year, *preview);
        if (!plan)
            qFatal("%s", qPrintable(plan.message().left(500)));
        *rows += plan->inserts();
    }
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const InventorySnapshot snapshot = generate();
    out << "bench_inventory: " << kSoftware << " software rows, " << kRooms << " rooms, " << kEquipment
        << " equipment entries (" << kSoftware + kRooms + kEquipment << " rows)\n";

    QElapsedTimer timer;
    timer.start();
    QStringList csvFiles;
    for (InventoryKind kind : {InventoryKind::Rooms, InventoryKind::Software, InventoryKind::Equipment}) {
        const QString file = dir.filePath(InventoryKinds::code(kind) + QStringLiteral(".csv"));
        if (const Status status = InventoryExport::writeCsv(file, kind, snapshot); !status)
            qFatal("%s", qPrintable(status.message()));
        csvFiles.append(file);
    }
    out << QStringLiteral("export CSV (3 files):        %1 ms\n").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);
    timer.restart();
    const QString xlsx = dir.filePath(QStringLiteral("all.xlsx"));
    if (const Status status = InventoryExport::writeXlsx(xlsx, InventoryKinds::all(), snapshot); !status)
        qFatal("%s", qPrintable(status.message()));
    out << QStringLiteral("export XLSX (3 sheets):      %1 ms (incl. read-back check)\n").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);

    int rows = 0;
    const double csvMs = importFiles(csvFiles, dir.filePath(QStringLiteral("csv.sqlite")), &rows);
    out << QStringLiteral("import CSV:                  %1 ms for %2 rows\n").arg(csvMs, 0, 'f', 1).arg(rows);
    const double xlsxMs = importFiles({xlsx}, dir.filePath(QStringLiteral("xlsx.sqlite")), &rows);
    out << QStringLiteral("import XLSX:                 %1 ms for %2 rows\n").arg(xlsxMs, 0, 'f', 1).arg(rows);

    Fresh loaded = freshDatabase(dir.filePath(QStringLiteral("load.sqlite")));
    if (const Status status = InventoryRepository(*loaded.database).replaceYear(loaded.year, snapshot); !status)
        qFatal("%s", qPrintable(status.message()));
    timer.restart();
    const Expected<InventorySnapshot> read = InventoryRepository(*loaded.database).load(loaded.year);
    out << QStringLiteral("load year from database:     %1 ms\n").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 1);

    constexpr int runs = 50;
    timer.restart();
    qsizetype facts = 0;
    for (int i = 0; i < runs; ++i)
        facts += InventoryDerivation::derive(*read).size();
    out << QStringLiteral("derive facts:                %1 ms per run (%2 facts)\n")
               .arg(timer.nsecsElapsed() / 1e6 / runs, 0, 'f', 3).arg(facts / runs);
    timer.restart();
    int owned = 0;
    for (int i = 0; i < runs; ++i)
        owned += InventoryTotals::compute(*read).equipmentOwned;
    out << QStringLiteral("totals:                      %1 ms per run (%2 owned)\n")
               .arg(timer.nsecsElapsed() / 1e6 / runs, 0, 'f', 3).arg(owned / runs);
    out << QStringLiteral("peak memory (VmHWM):         %1 MB\n").arg(peakMemoryKb() / 1024.0, 0, 'f', 1);
    return 0;
}
