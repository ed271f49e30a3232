#include "SummaryXlsx.h"

#include "common/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include "common/XlsxLibrary.h"

namespace sdx::SummaryXlsx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::Exchange)
};

constexpr qint64 kMaxWorkbookBytes = qint64(512) * 1024 * 1024;

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *decimal = nullptr;
    lxw_format *percent = nullptr;
};

/// Writes rows one after another on a sheet; UTF-8 strings for libxlsxwriter.
class Sheet final
{
public:
    Sheet(lxw_workbook *book, const QString &name, const Formats &formats)
        : m_sheet(XlsxLibrary::instance().addWorksheet(book, name.toUtf8().constData()))
        , m_formats(formats)
    {
    }

    bool ok() const { return m_sheet != nullptr; }

    void header(const QStringList &titles, const QList<double> &widths = {})
    {
        if (!m_sheet)
            return;
        for (int column = 0; column < titles.size(); ++column) {
            text(column, titles.at(column), m_formats.header);
            const double width = column < widths.size() ? widths.at(column) : 14;
            XlsxLibrary::instance().setColumn(m_sheet, lxw_col_t(column), lxw_col_t(column), width, nullptr);
        }
        XlsxLibrary::instance().freezePanes(m_sheet, 1, 0);
        m_columns = int(titles.size());
        ++m_row;
    }

    void text(int column, const QString &value, lxw_format *format = nullptr)
    {
        if (!m_sheet || value.isEmpty())
            return;
        XlsxLibrary::instance().writeString(m_sheet, m_row, lxw_col_t(column), value.toUtf8().constData(), format);
    }

    void number(int column, double value)
    {
        if (m_sheet)
            XlsxLibrary::instance().writeNumber(m_sheet, m_row, lxw_col_t(column), value, m_formats.decimal);
    }
    void percent(int column, double value)
    {
        if (m_sheet)
            XlsxLibrary::instance().writeNumber(m_sheet, m_row, lxw_col_t(column), value, m_formats.percent);
    }
    void nextRow() { ++m_row; }

    /// A filter on the header row, so the sheet can be sorted and filtered in Excel.
    void finish()
    {
        if (m_sheet && m_columns > 0 && m_row > 1)
            XlsxLibrary::instance().autofilter(m_sheet, 0, 0, m_row - 1, lxw_col_t(m_columns - 1));
    }

private:
    lxw_worksheet *m_sheet;
    Formats m_formats;
    lxw_row_t m_row = 0;
    int m_columns = 0;
};

/// Sheet names: at most 31 characters, unique; a suffix tells cohorts apart.
QString sheetName(const QString &base, const QString &suffix)
{
    return suffix.isEmpty() ? base : QString(base + QLatin1Char(' ') + suffix).left(31);
}

QString levelName(int level)
{
    return Text::tr("Mức %1").arg(level);
}

void writeSchools(lxw_workbook *book, const Formats &formats, const ReceivedSummary &summary, const QString &suffix)
{
    Sheet sheet(book, sheetName(Text::tr("Tổng hợp"), suffix), formats);
    QStringList titles{Text::tr("STT"), Text::tr("Mã trường"), Text::tr("Tên trường"), Text::tr("Cấp học"), Text::tr("Lần chốt")};
    QList<double> widths{6, 12, 40, 10, 9};
    for (const IndexOutline::Group &group : summary.outline.groups) {
        titles << Text::tr("Nhóm %1: điểm").arg(group.id) << Text::tr("Nhóm %1: mức").arg(group.id);
        widths << 12 << 11;
    }
    const QList<IndexOutline::Criterion> criteria = summary.outline.criteria();
    for (const IndexOutline::Criterion &criterion : criteria) {
        titles << (criterion.mandatory ? Text::tr("%1 (bắt buộc)").arg(criterion.id)
                                       : Text::tr("%1 (tối đa %2)").arg(criterion.id).arg(criterion.max));
        widths << 12;
    }
    titles << Text::tr("Điều kiện bắt buộc chưa đạt") << Text::tr("Số minh chứng");
    widths << 22 << 12;
    sheet.header(titles, widths);
    int index = 0;
    for (const SchoolSummaryRow &row : summary.schools) {
        int column = 0;
        sheet.number(column++, ++index);
        sheet.text(column++, row.code);
        sheet.text(column++, row.name);
        sheet.text(column++, row.level);
        sheet.number(column++, row.revision);
        for (const SchoolGroupResult &group : row.groups) {
            sheet.number(column++, group.points);
            sheet.text(column++, levelName(group.level));
        }
        for (const IndexOutline::Criterion &criterion : criteria) {
            const SchoolCriterionResult cell = row.criteria.value(criterion.id);
            if (criterion.mandatory)
                sheet.text(column++, cell.met ? Text::tr("Đạt") : Text::tr("Không đạt"));
            else
                sheet.number(column++, cell.points);
        }
        sheet.text(column++, row.unmetMandatory.join(QStringLiteral(", ")));
        sheet.number(column++, row.evidenceCount);
        sheet.nextRow();
    }
    sheet.finish();
}

void writeLevels(lxw_workbook *book, const Formats &formats, const ReceivedSummary &summary, const QString &suffix)
{
    Sheet sheet(book, sheetName(Text::tr("Phân bố mức"), suffix), formats);
    sheet.header({Text::tr("Nhóm"), Text::tr("Tên nhóm"), levelName(1), levelName(2), levelName(3), Text::tr("Điểm trung bình")},
                 {8, 50, 10, 10, 10, 16});
    for (const GroupLevelCount &count : summary.levelCounts) {
        sheet.text(0, count.groupId);
        sheet.text(1, count.title);
        for (int level = 1; level <= 3; ++level)
            sheet.number(1 + level, count.counts[level]);
        sheet.number(5, count.averagePoints);
        sheet.nextRow();
    }
}

void writeAverages(lxw_workbook *book, const Formats &formats, const ReceivedSummary &summary, const QString &suffix)
{
    Sheet sheet(book, sheetName(Text::tr("Trung bình tiêu chí"), suffix), formats);
    sheet.header({Text::tr("Tiêu chí"), Text::tr("Nội dung"), Text::tr("Điểm tối đa"), Text::tr("Điểm trung bình / tỷ lệ đạt"),
                  Text::tr("Số trường đạt")},
                 {10, 60, 12, 24, 14});
    for (const CriterionAverage &average : summary.criterionAverages) {
        sheet.text(0, average.criterionId);
        sheet.text(1, average.title);
        if (average.mandatory) {
            sheet.text(2, Text::tr("bắt buộc"));
            sheet.percent(3, average.average);
        } else {
            sheet.number(2, average.max);
            sheet.number(3, average.average);
        }
        sheet.number(4, average.schoolsMeeting);
        sheet.nextRow();
    }
    sheet.finish();
}

void writeUnmet(lxw_workbook *book, const Formats &formats, const ReceivedSummary &summary, const QString &suffix)
{
    Sheet sheet(book, sheetName(Text::tr("Chưa trường nào đạt"), suffix), formats);
    sheet.header({Text::tr("Loại"), Text::tr("Mã"), Text::tr("Nội dung")}, {12, 10, 70});
    for (const QString &id : summary.criteriaNoSchoolMeets) {
        sheet.text(0, Text::tr("Tiêu chí"));
        sheet.text(1, id);
        for (const IndexOutline::Criterion &criterion : summary.outline.criteria()) {
            if (criterion.id == id)
                sheet.text(2, criterion.title);
        }
        sheet.nextRow();
    }
    for (const QString &id : summary.itemsNoSchoolMeets) {
        sheet.text(0, Text::tr("Nội dung"));
        sheet.text(1, id);
        for (const IndexOutline::Criterion &criterion : summary.outline.criteria()) {
            for (const IndexOutline::Item &item : criterion.items) {
                if (item.id == id)
                    sheet.text(2, item.title);
            }
        }
        sheet.nextRow();
    }
}

void writeMandatory(lxw_workbook *book, const Formats &formats, const ReceivedSummary &summary, const QString &suffix)
{
    Sheet sheet(book, sheetName(Text::tr("Thiếu ĐK bắt buộc"), suffix), formats);
    sheet.header({Text::tr("Mã trường"), Text::tr("Tên trường"), Text::tr("Điều kiện bắt buộc chưa đạt")}, {12, 40, 30});
    for (const MandatoryMiss &miss : summary.mandatoryMisses) {
        sheet.text(0, miss.code);
        sheet.text(1, miss.name);
        sheet.text(2, miss.criteria.join(QStringLiteral(", ")));
        sheet.nextRow();
    }
    sheet.finish();
}

void writeIndicators(lxw_workbook *book, const Formats &formats, const ReceivedSummary &summary,
                     const QString &suffix)
{
    Sheet sheet(book, sheetName(Text::tr("Chỉ số quản lý"), suffix), formats);
    sheet.header({Text::tr("Chỉ số"), Text::tr("Tổng"), Text::tr("Số trường báo cáo"), Text::tr("Tỷ lệ")}, {55, 12, 18, 10});
    for (const IndicatorTotal &total : summary.indicators) {
        sheet.text(0, total.label);
        sheet.number(1, double(total.sum));
        sheet.number(2, total.schoolsReporting);
        if (const std::optional<double> ratio = total.ratio())
            sheet.percent(3, *ratio);
        sheet.nextRow();
    }
}

void writeEntries(lxw_workbook *book, const Formats &formats, const QString &name,
                  const QList<ImportReport::Entry> &entries)
{
    Sheet sheet(book, name, formats);
    sheet.header({Text::tr("Tệp"), Text::tr("Mã trường"), Text::tr("Tên trường"), Text::tr("Năm học"), Text::tr("Lần chốt"), Text::tr("Lý do")},
                 {40, 12, 36, 11, 9, 90});
    for (const ImportReport::Entry &entry : entries) {
        sheet.text(0, QDir::toNativeSeparators(entry.path));
        sheet.text(1, entry.schoolCode);
        sheet.text(2, entry.schoolName);
        sheet.text(3, entry.schoolYear);
        if (entry.revision > 0)
            sheet.number(4, entry.revision);
        sheet.text(5, entry.message);
        sheet.nextRow();
    }
    sheet.finish();
}

Status writeWorkbook(const QString &file, const QList<ReceivedSummary> &summaries, const ImportReport &report)
{
    if (!XlsxLibrary::instance().isLoaded())
        return Status::failure(Text::tr("Thiếu thư viện libxlsxwriter để ghi tệp Excel (%1).").arg(XlsxLibrary::instance().error()));
    lxw_workbook *book = XlsxLibrary::instance().workbookNew(QFile::encodeName(file).constData());
    if (!book)
        return Status::failure(Text::tr("Không tạo được bảng tính Excel."));
    Formats formats;
    formats.header = XlsxLibrary::instance().addFormat(book);
    XlsxLibrary::instance().setBold(formats.header);
    XlsxLibrary::instance().setTextWrap(formats.header);
    XlsxLibrary::instance().setBackground(formats.header, 0xDDEBF7);
    XlsxLibrary::instance().setBorder(formats.header, LXW_BORDER_THIN);
    formats.decimal = XlsxLibrary::instance().addFormat(book);
    XlsxLibrary::instance().setNumberFormat(formats.decimal, "0.##");
    formats.percent = XlsxLibrary::instance().addFormat(book);
    XlsxLibrary::instance().setNumberFormat(formats.percent, "0.0%");
    QStringList years;
    for (const ReceivedSummary &summary : summaries)
        years << summary.schoolYear;
    for (const ReceivedSummary &summary : summaries) {
        QString suffix = summaries.size() > 1 ? summary.schoolYear : QString();
        if (years.count(summary.schoolYear) > 1)
            suffix += QStringLiteral(" v%1").arg(summary.indexVersion);
        writeSchools(book, formats, summary, suffix);
        writeLevels(book, formats, summary, suffix);
        writeAverages(book, formats, summary, suffix);
        writeUnmet(book, formats, summary, suffix);
        writeMandatory(book, formats, summary, suffix);
        writeIndicators(book, formats, summary, suffix);
    }
    writeEntries(book, formats, Text::tr("Tệp bị từ chối"), report.rejected);
    writeEntries(book, formats, Text::tr("Bản cũ, trùng lặp"), report.superseded);
    const lxw_error error = XlsxLibrary::instance().close(book);
    if (error != LXW_NO_ERROR)
        return Status::failure(Text::tr("Không ghi được bảng tính Excel: %1").arg(QString::fromUtf8(XlsxLibrary::instance().errorText(error))));
    return Status::success();
}

} // namespace

Status write(const QString &path, const QList<ReceivedSummary> &summaries, const ImportReport &report)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Status::failure(Text::tr("Không tạo được thư mục tạm để ghi bảng tính."));
    const QString temporary = scratch.filePath(QStringLiteral("summary.xlsx"));
    if (Status status = writeWorkbook(temporary, summaries, report); !status)
        return status.prefixed(QDir::toNativeSeparators(path));
    const Expected<QByteArray> bytes = SafeFile::read(temporary, kMaxWorkbookBytes);
    if (!bytes)
        return bytes.status();
    return SafeFile::write(path, *bytes);
}

} // namespace sdx::SummaryXlsx
