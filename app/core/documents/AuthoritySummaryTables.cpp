#include "AuthoritySummaryTables.h"

#include "DocumentComposer.h"
#include "DocumentTables.h"
#include "DocumentText.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace sdx::AuthoritySummaryTables {

using namespace doc;

namespace {

constexpr qreal kSize = 12;
constexpr qreal kSchoolsSize = 11;

TableCell cell(const QString &text, Align align = Align::Left, qreal size = kSize, bool bold = false)
{
    TableCell result;
    result.paragraphs = DocumentTables::cellParagraphs(text, align, size, bold);
    result.verticalCenter = true;
    return result;
}

TableCell headCell(const QString &text, qreal size = kSize, int rowSpan = 1, int colSpan = 1)
{
    TableCell result;
    for (const QString &line : text.split(QLatin1Char('\n')))
        result.paragraphs << DocumentComposer::headCell(line, size);
    result.rowSpan = rowSpan;
    result.colSpan = colSpan;
    result.verticalCenter = true;
    return result;
}

Table bordered(const QString &name, const QList<qreal> &widths, int headerRows)
{
    Table table;
    table.name = name;
    table.columnWidthsMm = widths;
    table.borders = true;
    table.paddingMm = 1.0;
    table.headerRows = headerRows;
    return table;
}

QString count(qint64 value)
{
    return QString::number(value);
}

QString share(qint64 part, qint64 total)
{
    return total > 0 ? DocumentText::percent(int(part), int(total)) : QStringLiteral("–");
}

/// "1", or "1*" when a missing mandatory condition capped the level the points would give.
QString levelText(const SchoolGroupResult &group)
{
    return QString::number(group.level) + (group.uncappedLevel > group.level ? QStringLiteral("*") : QString());
}

QString criterionCell(const SchoolCriterionResult &criterion)
{
    if (criterion.mandatory)
        return criterion.met ? QStringLiteral("Đạt") : QStringLiteral("Chưa đạt");
    return DocumentText::points(criterion.points);
}

} // namespace

QString criterionTitle(const QString &title)
{
    // The index words a criterion as the lead-in of its items ("Triển khai phần mềm dạy học trực tuyến:").
    QString text = title.trimmed();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char(';')))
        text.chop(1);
    return text.trimmed();
}

Table levels(const ReceivedSummary &summary)
{
    Table table = bordered(QStringLiteral("summary-levels"), {43, 17, 17, 17, 17, 17, 17, 20}, 2);
    TableRow top;
    top.cells << headCell(QStringLiteral("Nhóm tiêu chí"), kSize, 2);
    for (int level = 1; level <= 3; ++level)
        top.cells << headCell(QStringLiteral("Mức độ %1").arg(level), kSize, 1, 2);
    top.cells << headCell(QStringLiteral("Điểm\nbình quân"), kSize, 2);
    TableRow sub;
    for (int level = 1; level <= 3; ++level)
        sub.cells << headCell(QStringLiteral("Số trường")) << headCell(QStringLiteral("Tỷ lệ"));
    table.rows << top << sub;
    const int schools = int(summary.schools.size());
    for (const GroupLevelCount &group : summary.levelCounts) {
        TableRow row;
        row.cells << cell(QStringLiteral("%1. %2").arg(group.groupId, group.title));
        for (int level = 1; level <= 3; ++level)
            row.cells << cell(count(group.counts[level]), Align::Center) << cell(share(group.counts[level], schools), Align::Center);
        row.cells << cell(DocumentText::points(std::round(group.averagePoints * 10) / 10), Align::Center);
        table.rows << row;
    }
    return table;
}

Table schools(const ReceivedSummary &summary, const IndexOutline::Group &group)
{
    // STT 10, name as wide as the criteria leave (at least 45), Tổng điểm 14, Mức độ 12.
    const int criteria = int(group.criteria.size());
    const qreal criterionWidth = criteria > 0 ? std::min<qreal>(16, (165.0 - 10 - 14 - 12 - 45) / criteria) : 0;
    QList<qreal> widths{10, 165.0 - 10 - 14 - 12 - criterionWidth * criteria};
    for (int i = 0; i < criteria; ++i)
        widths << criterionWidth;
    widths << 14 << 12;
    Table table = bordered(QStringLiteral("summary-schools-%1").arg(group.id), widths, 1);
    TableRow head;
    head.cells << headCell(QStringLiteral("STT"), kSchoolsSize) << headCell(QStringLiteral("Cơ sở giáo dục"), kSchoolsSize);
    for (const IndexOutline::Criterion &criterion : group.criteria)
        head.cells << headCell(QStringLiteral("%1\n(%2)").arg(criterion.id, criterion.mandatory
                                                                               ? QStringLiteral("ĐK")
                                                                               : DocumentText::points(criterion.max)),
                               kSchoolsSize);
    head.cells << headCell(QStringLiteral("Tổng\nđiểm"), kSchoolsSize) << headCell(QStringLiteral("Mức\nđộ"), kSchoolsSize);
    table.rows << head;
    int number = 0;
    for (const SchoolSummaryRow &school : summary.schools) {
        TableRow row;
        row.cells << cell(QString::number(++number), Align::Center, kSchoolsSize)
                  << cell(school.name, Align::Left, kSchoolsSize);
        for (const IndexOutline::Criterion &criterion : group.criteria)
            row.cells << cell(criterionCell(school.criteria.value(criterion.id)), Align::Center, kSchoolsSize);
        const SchoolGroupResult *result = school.group(group.id);
        row.cells << cell(result ? DocumentText::points(result->points) : QString(), Align::Center, kSchoolsSize, true)
                  << cell(result ? levelText(*result) : QString(), Align::Center, kSchoolsSize, true);
        table.rows << row;
    }
    return table;
}

Table averages(const ReceivedSummary &summary, const IndexOutline::Group &group)
{
    Table table = bordered(QStringLiteral("summary-averages-%1").arg(group.id), {15, 80, 20, 22, 28}, 1);
    table.rows << TableRow{{headCell(QStringLiteral("Tiêu chí")), headCell(QStringLiteral("Nội dung")),
                            headCell(QStringLiteral("Điểm\ntối đa")), headCell(QStringLiteral("Điểm\nbình quân")),
                            headCell(QStringLiteral("Số trường đạt"))}};
    const int schools = int(summary.schools.size());
    for (const CriterionAverage &average : summary.criterionAverages) {
        if (average.groupId != group.id)
            continue;
        const QString reached = QStringLiteral("%1/%2 (%3)").arg(average.schoolsMeeting).arg(schools)
                                    .arg(share(average.schoolsMeeting, schools));
        table.rows << TableRow{{cell(average.criterionId, Align::Center), cell(criterionTitle(average.title)),
                                cell(average.mandatory ? QStringLiteral("Điều kiện bắt buộc") : DocumentText::points(average.max),
                                     Align::Center),
                                cell(average.mandatory ? QStringLiteral("–")
                                                       : DocumentText::points(std::round(average.average * 10) / 10),
                                     Align::Center),
                                cell(reached, Align::Center)}};
    }
    return table;
}

QString indicatorWording(const QString &key, const QString &fallback)
{
    static const QHash<QString, QString> wording{
        {QStringLiteral("staffTotal"), QStringLiteral("Tổng số cán bộ, giáo viên, nhân viên")},
        {QStringLiteral("staffInChargeOfIt"), QStringLiteral("Viên chức chuyên trách, kiêm nhiệm về chuyển đổi số")},
        {QStringLiteral("staffTrained"), QStringLiteral("Viên chức được bồi dưỡng, tập huấn về chuyển đổi số")},
        {QStringLiteral("computersTotal"), QStringLiteral("Tổng số máy tính đang sử dụng")},
        {QStringLiteral("computersWithAntiMalware"),
         QStringLiteral("Máy tính được cài đặt phần mềm phòng, chống mã độc")},
        {QStringLiteral("teachersTotal"), QStringLiteral("Tổng số giáo viên")},
        {QStringLiteral("teachersEquippedOnline"),
         QStringLiteral("Giáo viên có đủ điều kiện (về phương tiện, đường truyền, phần mềm) tham gia có hiệu quả các "
                        "hoạt động dạy trực tuyến")},
        {QStringLiteral("studentsTotal"), QStringLiteral("Tổng số học sinh")},
        {QStringLiteral("studentsEquippedOnline"),
         QStringLiteral("Học sinh có đủ điều kiện (về phương tiện, đường truyền, phần mềm) tham gia có hiệu quả các "
                        "hoạt động học trực tuyến")},
        {QStringLiteral("studentsUsingOnlinePlatform"), QStringLiteral("Học sinh sử dụng nền tảng học trực tuyến")},
    };
    return wording.value(key, fallback);
}

Table indicators(const ReceivedSummary &summary)
{
    Table table = bordered(QStringLiteral("summary-indicators"), {11, 66, 20, 20, 20, 28}, 1);
    table.rows << TableRow{{headCell(QStringLiteral("STT")), headCell(QStringLiteral("Chỉ số")),
                            headCell(QStringLiteral("Số lượng")), headCell(QStringLiteral("Trên tổng số")),
                            headCell(QStringLiteral("Tỷ lệ")), headCell(QStringLiteral("Số trường\nbáo cáo"))}};
    int number = 0;
    for (const IndicatorTotal &total : summary.indicators) {
        const bool reported = total.schoolsReporting > 0;
        const bool isShare = !total.denominatorKey.isEmpty();
        table.rows << TableRow{{cell(QString::number(++number), Align::Center),
                                cell(indicatorWording(total.key, total.label)),
                                cell(reported ? count(total.sum) : QStringLiteral("Chưa có số liệu"), Align::Center),
                                cell(isShare && total.ratio() ? count(total.pairedDenominator) : QString(), Align::Center),
                                cell(isShare && total.ratio() ? share(total.pairedSum, total.pairedDenominator) : QString(),
                                     Align::Center),
                                cell(QStringLiteral("%1/%2").arg(total.schoolsReporting).arg(summary.schools.size()),
                                     Align::Center)}};
    }
    return table;
}

} // namespace sdx::AuthoritySummaryTables
