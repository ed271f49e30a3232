#include "SummaryStatisticsHtml.h"

#include <QCoreApplication>
#include <QLocale>

namespace sdx::gui {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::gui::SummaryStatistics)
};

/// At most two decimals, no trailing zeros: "51,6", "17".
QString number(double value)
{
    return QLocale().toString(qRound64(value * 100) / 100.0, 'g', 12);
}

QString levelsTable(const ReceivedSummary &summary)
{
    QString html = Text::tr("<h3>Số trường ở mỗi mức</h3><table border=1 cellspacing=0 cellpadding=4>"
                      "<tr><th>Nhóm tiêu chí</th><th>Mức 1</th><th>Mức 2</th><th>Mức 3</th><th>Điểm trung bình</th></tr>");
    for (const GroupLevelCount &count : summary.levelCounts)
        html += QStringLiteral("<tr><td>%1. %2</td><td align=right>%3</td><td align=right>%4</td><td align=right>%5</td>"
                               "<td align=right>%6</td></tr>")
                    .arg(count.groupId, count.title.toHtmlEscaped())
                    .arg(count.counts[1])
                    .arg(count.counts[2])
                    .arg(count.counts[3])
                    .arg(number(count.averagePoints));
    return html + QStringLiteral("</table>");
}

QString averagesTable(const ReceivedSummary &summary)
{
    QString html = Text::tr("<h3>Trung bình theo tiêu chí</h3><table border=1 cellspacing=0 cellpadding=4>"
                      "<tr><th>Tiêu chí</th><th>Nội dung</th><th>Điểm TB / tối đa</th><th>Số trường đạt</th></tr>");
    for (const CriterionAverage &average : summary.criterionAverages) {
        const QString value = average.mandatory ? Text::tr("%1% trường đạt").arg(number(100 * average.average))
                                                : QStringLiteral("%1 / %2").arg(number(average.average), number(average.max));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=right>%3</td><td align=right>%4</td></tr>")
                    .arg(average.criterionId, average.title.toHtmlEscaped(), value)
                    .arg(average.schoolsMeeting);
    }
    return html + QStringLiteral("</table>");
}

QString listsHtml(const ReceivedSummary &summary)
{
    QString html = Text::tr("<h3>Tiêu chí chưa trường nào đạt</h3><p>%1</p>")
                       .arg(summary.criteriaNoSchoolMeets.isEmpty() ? Text::tr("(không có)")
                                                                    : summary.criteriaNoSchoolMeets.join(QStringLiteral(", ")));
    html += Text::tr("<p>Nội dung chưa trường nào có điểm: %1</p>")
                .arg(summary.itemsNoSchoolMeets.isEmpty() ? Text::tr("(không có)")
                                                          : summary.itemsNoSchoolMeets.join(QStringLiteral(", ")));
    html += Text::tr("<h3>Trường chưa đạt điều kiện bắt buộc (%1)</h3>").arg(summary.mandatoryMisses.size());
    if (summary.mandatoryMisses.isEmpty())
        html += Text::tr("<p>(không có)</p>");
    else
        html += QStringLiteral("<ul>");
    for (const MandatoryMiss &miss : summary.mandatoryMisses)
        html += QStringLiteral("<li>%1 (%2): %3</li>").arg(miss.name.toHtmlEscaped(), miss.code, miss.criteria.join(QStringLiteral(", ")));
    if (!summary.mandatoryMisses.isEmpty())
        html += QStringLiteral("</ul>");
    return html;
}

QString indicatorsTable(const ReceivedSummary &summary)
{
    QString html = Text::tr("<h3>Chỉ số báo cáo cơ quan quản lý (cộng các trường)</h3><table border=1 cellspacing=0 cellpadding=4>"
                      "<tr><th>Chỉ số</th><th>Tổng</th><th>Số trường báo cáo</th><th>Tỷ lệ</th></tr>");
    for (const IndicatorTotal &total : summary.indicators) {
        const std::optional<double> ratio = total.ratio();
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td><td align=right>%4</td></tr>")
                    .arg(total.label.toHtmlEscaped(), QLocale().toString(total.sum))
                    .arg(total.schoolsReporting)
                    .arg(ratio ? number(100 * *ratio) + QStringLiteral("%") : QString());
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString summaryStatisticsHtml(const ReceivedSummary &summary)
{
    if (summary.schools.isEmpty())
        return Text::tr("<p>Chưa nhận tệp nào. Dùng \"Nhập nhiều tệp…\" hoặc \"Nhập cả thư mục…\".</p>");
    return Text::tr("<h2>Năm học %1 · %2 trường</h2>").arg(summary.schoolYear).arg(summary.schools.size()) + levelsTable(summary)
           + averagesTable(summary) + listsHtml(summary) + indicatorsTable(summary);
}

} // namespace sdx::gui
