#include "XlsxExport.h"

#include "XlsxReader.h"
#include "common/SafeFile.h"
#include "common/XlsxLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace sdx::XlsxExport {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::XlsxExport)
};

/// Excel limits sheet names to 31 characters without []:*?/\.
QString sheetName(const QString &name)
{
    QString cleaned = name;
    for (const QChar c : QStringLiteral("[]:*?/\\"))
        cleaned.replace(c, QLatin1Char(' '));
    return cleaned.left(31);
}

double columnWidth(const ExportSheet &sheet, int column)
{
    qsizetype widest = sheet.header.value(column).size();
    for (const QStringList &row : sheet.rows)
        widest = qMax(widest, row.value(column).size());
    return double(qBound(qsizetype(8), widest + 2, qsizetype(60)));
}

Status writeSheet(const XlsxLibrary &lib, lxw_workbook *workbook, const ExportSheet &sheet, lxw_format *bold)
{
    const QByteArray name = sheetName(sheet.name).toUtf8();
    lxw_worksheet *worksheet = lib.addWorksheet(workbook, name.constData());
    if (!worksheet)
        return Status::failure(Text::tr("không tạo được trang tính “%1”").arg(sheet.name));
    for (int column = 0; column < sheet.header.size(); ++column) {
        lib.setColumn(worksheet, lxw_col_t(column), lxw_col_t(column), columnWidth(sheet, column), nullptr);
        const QByteArray text = sheet.header.at(column).toUtf8();
        if (lib.writeString(worksheet, 0, lxw_col_t(column), text.constData(), bold) != LXW_NO_ERROR)
            return Status::failure(Text::tr("không ghi được tiêu đề của trang “%1”").arg(sheet.name));
    }
    lib.freezePanes(worksheet, 1, 0);
    for (int r = 0; r < sheet.rows.size(); ++r) {
        const QStringList &row = sheet.rows.at(r);
        for (int column = 0; column < row.size(); ++column) {
            const QString &cell = row.at(column);
            if (cell.isEmpty())
                continue;
            bool isNumber = false;
            const double number = sheet.numericColumns.contains(column) ? cell.toDouble(&isNumber) : 0.0;
            const lxw_error error = isNumber
                ? lib.writeNumber(worksheet, lxw_row_t(r + 1), lxw_col_t(column), number, nullptr)
                : lib.writeString(worksheet, lxw_row_t(r + 1), lxw_col_t(column), cell.toUtf8().constData(), nullptr);
            if (error != LXW_NO_ERROR)
                return Status::failure(Text::tr("không ghi được ô %1 của trang “%2”: %3")
                                           .arg(r + 2).arg(sheet.name, QString::fromUtf8(lib.errorText(error))));
        }
    }
    return Status::success();
}

Status build(const QString &temporaryPath, const QList<ExportSheet> &sheets)
{
    const XlsxLibrary &lib = XlsxLibrary::instance();
    if (!lib.isLoaded())
        return Status::failure(Text::tr("thiếu thư viện libxlsxwriter để ghi tệp Excel (%1)").arg(lib.error()));
    // libxlsxwriter takes UTF-8 file names (it converts them itself on Windows).
    const QByteArray file = QDir::toNativeSeparators(temporaryPath).toUtf8();
    lxw_workbook *workbook = lib.workbookNew(file.constData());
    if (!workbook)
        return Status::failure(Text::tr("không tạo được sổ tính tạm"));
    lxw_format *bold = lib.addFormat(workbook);
    lib.setBold(bold);
    lib.setTextWrap(bold);
    Status status;
    for (const ExportSheet &sheet : sheets) {
        status = writeSheet(lib, workbook, sheet, bold);
        if (!status)
            break;
    }
    const lxw_error closed = lib.close(workbook);   // also frees the workbook
    if (status && closed != LXW_NO_ERROR)
        status = Status::failure(Text::tr("không đóng được sổ tính tạm: %1").arg(QString::fromUtf8(lib.errorText(closed))));
    return status;
}

Status verify(const QString &path, const QList<ExportSheet> &sheets)
{
    const Expected<QList<SheetTable>> tables = XlsxReader::read(path);
    if (!tables)
        return tables.status();
    if (tables->size() != sheets.size())
        return Status::failure(Text::tr("Tệp vừa ghi %1 thiếu trang tính.").arg(QDir::toNativeSeparators(path)));
    for (int i = 0; i < sheets.size(); ++i) {
        if (tables->at(i).rows.size() != sheets.at(i).rows.size() + 1)
            return Status::failure(Text::tr("Tệp vừa ghi %1: trang “%2” thiếu dòng.")
                                       .arg(QDir::toNativeSeparators(path), sheets.at(i).name));
    }
    return Status::success();
}

} // namespace

Status write(const QString &path, const QList<ExportSheet> &sheets)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return Status::failure(Text::tr("Không tạo được thư mục tạm để ghi tệp Excel."));
    const QString temporary = folder.filePath(QStringLiteral("export.xlsx"));
    if (Status status = build(temporary, sheets); !status)
        return status.prefixed(Text::tr("Tệp %1").arg(QDir::toNativeSeparators(path)));
    const Expected<QByteArray> bytes = SafeFile::read(temporary, qint64(1) << 31);
    if (!bytes)
        return bytes.status();
    if (Status status = SafeFile::write(path, *bytes); !status)
        return status;
    return verify(path, sheets);
}

} // namespace sdx::XlsxExport
