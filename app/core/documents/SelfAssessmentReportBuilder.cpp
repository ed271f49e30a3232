#include "SelfAssessmentReportBuilder.h"

#include "DocumentSentences.h"
#include "DocumentTables.h"
#include "NarrativeDefaults.h"

#include <algorithm>

namespace sdx {

namespace {

constexpr DocumentKind kKind = DocumentKind::SelfAssessmentReport;

} // namespace

SelfAssessmentReportBuilder::SelfAssessmentReportBuilder(const DocumentInput &input)
    : m_input(input)
    , m_composer(m_document)
{
}

QStringList SelfAssessmentReportBuilder::narrativeKeys()
{
    return {QStringLiteral("mo_dau"),
            QStringLiteral("trien_khai"),
            QStringLiteral("uu_diem"),
            QStringLiteral("han_che"),
            QStringLiteral("nang_cao"),
            QStringLiteral("de_xuat"),
            QStringLiteral("ket_luan"),
            QStringLiteral("noi_nhan")};
}

QString SelfAssessmentReportBuilder::text(const QString &key) const
{
    Q_ASSERT(narrativeKeys().contains(key));
    return NarrativeDefaults::builtIn().effective(kKind, key, m_input);
}

doc::Document SelfAssessmentReportBuilder::build()
{
    const QString subject = QStringLiteral("Kết quả tự đánh giá mức độ chuyển đổi số năm học %1")
                                .arg(m_input.yearName.trimmed());
    m_document.kindCode = DocumentKinds::code(kKind);
    m_document.title = QStringLiteral("Báo cáo ") + subject.left(1).toLower() + subject.mid(1);
    m_composer.header(m_input, kKind);
    m_composer.title(kKind, subject);
    m_composer.bases(m_input.bases);
    m_composer.narrative(text(QStringLiteral("mo_dau")));
    organisation();
    results();
    evaluation();
    raisingPlan();
    m_composer.part(QStringLiteral("Đề xuất, kiến nghị"));
    m_composer.narrative(text(QStringLiteral("de_xuat")));
    m_composer.closing(text(QStringLiteral("ket_luan")));
    const QStringList recipients = m_input.meta.recipients.isEmpty()
        ? text(QStringLiteral("noi_nhan")).split(QLatin1Char('\n'))
        : m_input.meta.recipients;
    m_composer.signature(m_input, recipients);
    return m_document;
}

void SelfAssessmentReportBuilder::organisation()
{
    m_composer.part(QStringLiteral("Công tác tổ chức tự đánh giá"));
    m_composer.narrative(text(QStringLiteral("trien_khai")));
}

void SelfAssessmentReportBuilder::results()
{
    const AssessmentSummary &assessment = m_input.assessment;
    m_composer.part(QStringLiteral("Kết quả tự đánh giá"));
    m_composer.heading(2, QStringLiteral("1."), QStringLiteral("Điều kiện bắt buộc"));
    const bool anyMandatory = std::any_of(assessment.rows.cbegin(), assessment.rows.cend(),
                                          [](const ScoreRow &row) { return row.mandatory; });
    if (anyMandatory)
        m_composer.table(DocumentTables::mandatory(assessment.rows));
    else
        m_composer.body(QStringLiteral("Chưa có kết quả đánh giá các điều kiện bắt buộc."));

    m_composer.heading(2, QStringLiteral("2."), QStringLiteral("Kết quả chấm điểm theo Bộ chỉ số"));
    if (assessment.rows.isEmpty()) {
        m_composer.body(QStringLiteral("Nhà trường chưa thực hiện tự đánh giá mức độ chuyển đổi số."));
    } else {
        m_composer.body(QStringLiteral("Theo Bộ chỉ số ban hành kèm theo %1, kết quả tự chấm điểm của nhà trường như sau:")
                            .arg(DocumentSentences::indexCitation(m_input)));
        m_composer.table(DocumentTables::scoring(assessment.rows));
    }

    m_composer.heading(2, QStringLiteral("3."), QStringLiteral("Mức độ chuyển đổi số"));
    if (!assessment.groups.isEmpty())
        m_composer.table(DocumentTables::groups(assessment.groups));
    for (const GroupResult &group : assessment.groups)
        m_composer.body(DocumentSentences::groupResult(group));
}

void SelfAssessmentReportBuilder::evaluation()
{
    m_composer.part(QStringLiteral("Đánh giá chung"));
    m_composer.heading(2, QStringLiteral("1."), QStringLiteral("Ưu điểm"));
    m_composer.narrative(text(QStringLiteral("uu_diem")));
    for (const GroupResult &group : m_input.assessment.groups) {
        if (group.level >= 2)
            m_composer.body(DocumentSentences::groupResult(group));
    }
    m_composer.heading(2, QStringLiteral("2."), QStringLiteral("Hạn chế"));
    m_composer.narrative(text(QStringLiteral("han_che")));
    for (const ScoreRow &row : m_input.assessment.rows) {
        if (row.mandatory && !row.mandatoryMet)
            m_composer.body(QStringLiteral("Điều kiện bắt buộc %1 “%2” chưa đạt.").arg(row.id, row.wording));
    }
    for (const GroupResult &group : m_input.assessment.groups) {
        if (group.level == 1)
            m_composer.body(DocumentSentences::groupResult(group));
    }
}

void SelfAssessmentReportBuilder::raisingPlan()
{
    m_composer.part(QStringLiteral("Kế hoạch nâng cao mức độ chuyển đổi số"));
    for (const QString &target : DocumentSentences::targets(m_input))
        m_composer.body(target);
    m_composer.narrative(text(QStringLiteral("nang_cao")));
}

} // namespace sdx
