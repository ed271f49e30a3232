#include "AuthoritySummaryReportBuilder.h"

#include "AuthoritySummaryTables.h"
#include "DocumentComposer.h"
#include "DocumentInput.h"
#include "DocumentKind.h"
#include "DocumentSentences.h"
#include "DocumentText.h"

#include <cmath>

namespace sdx {

using namespace doc;

namespace {

constexpr DocumentKind kKind = DocumentKind::AuthoritySummaryReport;

/// "2024-2025" → "2024 - 2025", as the documents print a school year.
QString yearName(const QString &schoolYear)
{
    QString name = schoolYear.trimmed();
    name.replace(QLatin1Char('-'), QStringLiteral(" - "));
    return name.simplified();
}

/// The composer's header and signature read a DocumentInput: the authority takes the issuer's place.
DocumentInput frame(const AuthoritySummaryReportInput &in)
{
    const AuthorityProfile &authority = in.authority;
    DocumentInput input;
    input.school.name = authority.name;
    input.school.authorityLine = authority.parentLine;
    input.school.authorityName = authority.sentenceName();
    input.school.placeName = authority.placeName;
    input.school.docSign = authority.docSign;
    input.school.principalName = authority.signerName;
    input.school.principalTitle = authority.headTitle;
    input.yearName = yearName(in.summary.schoolYear);
    input.meta.number = in.number;
    input.meta.date = in.date;
    input.meta.signingAuthority = authority.signingAuthority;
    input.meta.headTitle = authority.headTitle;
    input.meta.signerTitle = authority.signerTitle;
    input.meta.signerName = authority.signerName;
    input.meta.recipients = authority.recipients;
    input.assessment.indexCitation = in.indexCitation;
    return input;
}

QString oneDecimal(double value)
{
    return DocumentText::points(std::round(value * 10) / 10);
}

class Writer
{
public:
    Writer(const AuthoritySummaryReportInput &input, Document &document)
        : m_in(input), m_summary(input.summary), m_composer(document), m_frame(frame(input))
    {
    }

    void write()
    {
        m_composer.header(m_frame, kKind);
        m_composer.title(kKind, AuthoritySummaryReportBuilder::subject(m_summary.schoolYear));
        m_composer.body(QStringLiteral("Thực hiện %1 ban hành Bộ chỉ số đánh giá mức độ chuyển đổi số của cơ sở giáo dục "
                                       "phổ thông và giáo dục thường xuyên; căn cứ kết quả tự đánh giá do các cơ sở giáo "
                                       "dục gửi về, %2 báo cáo tổng hợp kết quả tự đánh giá mức độ chuyển đổi số của các "
                                       "cơ sở giáo dục năm học %3 như sau:")
                            .arg(DocumentSentences::indexCitation(m_frame), m_in.authority.sentenceName(),
                                 m_frame.yearName));
        submissions();
        levels();
        schools();
        averages();
        gaps();
        indicators();
        m_composer.closing(QStringLiteral("Trên đây là báo cáo tổng hợp kết quả tự đánh giá mức độ chuyển đổi số của các cơ "
                                          "sở giáo dục năm học %1 của %2")
                               .arg(m_frame.yearName, m_in.authority.sentenceName()));
        m_composer.signature(m_frame, m_in.authority.recipients);
    }

private:
    int schoolCount() const { return int(m_summary.schools.size()); }

    void submissions()
    {
        m_composer.part(QStringLiteral("Tình hình nộp kết quả tự đánh giá"));
        QStringList lines;
        if (m_in.filesRead >= 0)
            lines << QStringLiteral("Số tệp kết quả tự đánh giá đã nhận: %1 tệp").arg(m_in.filesRead);
        lines << QStringLiteral("Số cơ sở giáo dục có kết quả hợp lệ, được tổng hợp: %1 trường").arg(schoolCount());
        lines << QStringLiteral("Số tệp không hợp lệ (sai định dạng, sai mã kiểm tra hoặc điểm không khớp với số liệu), "
                                "đã trả lại để cơ sở giáo dục gửi lại: %1 tệp")
                     .arg(m_in.filesRejected);
        if (m_in.filesSuperseded > 0)
            lines << QStringLiteral("Số tệp là bản cũ hoặc trùng lặp (chỉ bản chốt số liệu mới nhất của mỗi trường được "
                                    "tổng hợp): %1 tệp")
                         .arg(m_in.filesSuperseded);
        m_composer.list(lines, QStringLiteral("."));
    }

    void levels()
    {
        m_composer.part(QStringLiteral("Kết quả tự đánh giá"));
        m_composer.heading(2, QStringLiteral("1."), QStringLiteral("Mức độ chuyển đổi số theo nhóm tiêu chí"));
        for (const GroupLevelCount &group : m_summary.levelCounts) {
            QStringList parts;
            for (int level = 1; level <= 3; ++level)
                parts << QStringLiteral("%1 trường đạt mức độ %2 – %3 (%4)")
                             .arg(group.counts[level])
                             .arg(level)
                             .arg(DocumentSentences::levelName(level),
                                  schoolCount() > 0 ? DocumentText::percent(group.counts[level], schoolCount())
                                                    : QStringLiteral("0%"));
            m_composer.body(QStringLiteral("Nhóm tiêu chí “%1”: %2; điểm bình quân %3/100.")
                                .arg(group.title, parts.join(QStringLiteral("; ")), oneDecimal(group.averagePoints)));
        }
        m_composer.table(AuthoritySummaryTables::levels(m_summary));
    }

    void schools()
    {
        m_composer.heading(2, QStringLiteral("2."), QStringLiteral("Kết quả của từng cơ sở giáo dục"));
        m_composer.body(QStringLiteral("Điểm của từng tiêu chí, tổng điểm và mức độ của mỗi nhóm tiêu chí; “ĐK” là điều "
                                       "kiện bắt buộc (Đạt/Chưa đạt); mức độ có dấu (*) là mức bị giới hạn do chưa đáp "
                                       "ứng điều kiện bắt buộc."));
        int letter = 0;
        for (const IndexOutline::Group &group : m_summary.outline.groups) {
            m_composer.heading(4, QString(QChar(u'a' + letter++)) + QLatin1Char(')'),
                               QStringLiteral("Nhóm tiêu chí “%1”").arg(group.title));
            m_composer.table(AuthoritySummaryTables::schools(m_summary, group));
        }
    }

    void averages()
    {
        m_composer.heading(2, QStringLiteral("3."), QStringLiteral("Điểm bình quân theo từng tiêu chí"));
        int letter = 0;
        for (const IndexOutline::Group &group : m_summary.outline.groups) {
            m_composer.heading(4, QString(QChar(u'a' + letter++)) + QLatin1Char(')'),
                               QStringLiteral("Nhóm tiêu chí “%1”").arg(group.title));
            m_composer.table(AuthoritySummaryTables::averages(m_summary, group));
        }
    }

    QString criterionName(const QString &id) const
    {
        for (const CriterionAverage &average : m_summary.criterionAverages) {
            if (average.criterionId == id)
                return average.title.isEmpty() ? QStringLiteral("Tiêu chí %1").arg(id)
                                                : QStringLiteral("Tiêu chí %1: %2")
                                                      .arg(id, AuthoritySummaryTables::criterionTitle(average.title));
        }
        return QStringLiteral("Tiêu chí %1").arg(id);
    }

    void gaps()
    {
        m_composer.heading(2, QStringLiteral("4."), QStringLiteral("Tiêu chí chưa có cơ sở giáo dục nào đạt"));
        if (m_summary.criteriaNoSchoolMeets.isEmpty()) {
            m_composer.body(QStringLiteral("Mỗi tiêu chí đều có ít nhất một cơ sở giáo dục đạt."));
        } else {
            QStringList lines;
            for (const QString &id : m_summary.criteriaNoSchoolMeets)
                lines << criterionName(id);
            m_composer.list(lines, QStringLiteral("."));
        }
        m_composer.heading(2, QStringLiteral("5."), QStringLiteral("Cơ sở giáo dục chưa đáp ứng điều kiện bắt buộc"));
        if (m_summary.mandatoryMisses.isEmpty()) {
            m_composer.body(QStringLiteral("Tất cả các cơ sở giáo dục đều đáp ứng các điều kiện bắt buộc."));
            return;
        }
        QStringList lines;
        for (const MandatoryMiss &miss : m_summary.mandatoryMisses)
            lines << QStringLiteral("%1 (mã %2): chưa đáp ứng tiêu chí %3")
                         .arg(miss.name, miss.code, miss.criteria.join(QStringLiteral(", ")));
        m_composer.list(lines, QStringLiteral("."));
    }

    void indicators()
    {
        m_composer.part(QStringLiteral("Một số chỉ số về chuyển đổi số của các cơ sở giáo dục"));
        m_composer.body(QStringLiteral("Tổng hợp từ số liệu các cơ sở giáo dục báo cáo; tỷ lệ tính trên các trường báo cáo "
                                       "đủ cả số lượng và tổng số tương ứng."));
        m_composer.table(AuthoritySummaryTables::indicators(m_summary));
    }

    const AuthoritySummaryReportInput &m_in;
    const ReceivedSummary &m_summary;
    DocumentComposer m_composer;
    DocumentInput m_frame;
};

} // namespace

AuthoritySummaryReportBuilder::AuthoritySummaryReportBuilder(AuthoritySummaryReportInput input)
    : m_input(std::move(input))
{
}

QString AuthoritySummaryReportBuilder::subject(const QString &schoolYear)
{
    return QStringLiteral("Tổng hợp kết quả tự đánh giá mức độ chuyển đổi số của các cơ sở giáo dục năm học %1")
        .arg(yearName(schoolYear));
}

Document AuthoritySummaryReportBuilder::build() const
{
    Document document;
    document.kindCode = DocumentKinds::code(kKind);
    document.title = QStringLiteral("Báo cáo ") + DocumentText::lowerFirst(subject(m_input.summary.schoolYear));
    Writer(m_input, document).write();
    return document;
}

} // namespace sdx
