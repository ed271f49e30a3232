#include "InventoryExport.h"

#include "CsvCodec.h"
#include "InventoryTableFormat.h"
#include "XlsxExport.h"
#include "common/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sdx::InventoryExport {

Status writeCsv(const QString &path, InventoryKind kind, const InventorySnapshot &snapshot, const InventoryCatalog &catalog)
{
    const QByteArray bytes = CsvCodec::write(InventoryTableFormat::header(kind, catalog),
                                             InventoryTableFormat::rows(kind, snapshot, catalog));
    return SafeFile::write(path, bytes);
}

Status writeXlsx(const QString &path, const QList<InventoryKind> &kinds, const InventorySnapshot &snapshot,
                 const InventoryCatalog &catalog)
{
    QList<ExportSheet> sheets;
    for (InventoryKind kind : kinds)
        sheets.append(InventoryTableFormat::sheet(kind, snapshot, catalog));
    return XlsxExport::write(path, sheets);
}

Status write(const QString &path, std::optional<InventoryKind> kind, const InventorySnapshot &snapshot,
             const InventoryCatalog &catalog)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return writeXlsx(path, kind ? QList<InventoryKind>{*kind} : InventoryKinds::all(), snapshot, catalog);
    if (suffix == QLatin1String("csv")) {
        if (!kind)
            return Status::failure(QCoreApplication::translate("sdx::InventoryExport",
                                                               "Tệp CSV chỉ chứa được một bảng: hãy chọn phần mềm, "
                                                               "phòng hoặc thiết bị (--kind)."));
        return writeCsv(path, *kind, snapshot, catalog);
    }
    return Status::failure(QCoreApplication::translate("sdx::InventoryExport", "Tệp %1: chỉ xuất được dạng .xlsx hoặc .csv.")
                               .arg(QDir::toNativeSeparators(path)));
}

} // namespace sdx::InventoryExport
