#include "TermReportBuilder.h"

#include "DocumentSentences.h"
#include "DocumentTables.h"
#include "NarrativeDefaults.h"

namespace sdx {

TermReportBuilder::TermReportBuilder(DocumentKind kind, const DocumentInput &input)
    : m_kind(kind == DocumentKind::SemesterReport ? kind : DocumentKind::YearReport)
    , m_input(input)
    , m_composer(m_document)
{
}

QStringList TermReportBuilder::narrativeKeys()
{
    return {QStringLiteral("mo_dau"),
            QStringLiteral("chi_dao"),
            QStringLiteral("ha_tang"),
            QStringLiteral("ket_qua_khac"),
            QStringLiteral("han_che"),
            QStringLiteral("nguyen_nhan"),
            QStringLiteral("phuong_huong"),
            QStringLiteral("de_xuat"),
            QStringLiteral("ket_luan"),
            QStringLiteral("noi_nhan")};
}

QString TermReportBuilder::text(const QString &key) const
{
    Q_ASSERT(narrativeKeys().contains(key));
    return NarrativeDefaults::builtIn().effective(m_kind, key, m_input);
}

QString TermReportBuilder::subject() const
{
    const QString year = m_input.yearName.trimmed();
    if (m_kind == DocumentKind::SemesterReport)
        return QStringLiteral("Sơ kết học kỳ I năm học %1 về ứng dụng công nghệ thông tin và chuyển đổi số").arg(year);
    return QStringLiteral("Tổng kết năm học %1 về ứng dụng công nghệ thông tin và chuyển đổi số").arg(year);
}

doc::Document TermReportBuilder::build()
{
    const QString summary = subject();
    m_document.kindCode = DocumentKinds::code(m_kind);
    m_document.title = QStringLiteral("Báo cáo ") + summary.left(1).toLower() + summary.mid(1);
    m_composer.header(m_input, m_kind);
    m_composer.title(m_kind, summary);
    m_composer.bases(m_input.bases);
    m_composer.narrative(text(QStringLiteral("mo_dau")));
    results();
    shortcomings();
    nextPeriod();
    m_composer.part(QStringLiteral("Đề xuất, kiến nghị"));
    m_composer.narrative(text(QStringLiteral("de_xuat")));
    m_composer.closing(text(QStringLiteral("ket_luan")));
    const QStringList recipients = m_input.meta.recipients.isEmpty()
        ? text(QStringLiteral("noi_nhan")).split(QLatin1Char('\n'))
        : m_input.meta.recipients;
    m_composer.signature(m_input, recipients);
    return m_document;
}

void TermReportBuilder::results()
{
    m_composer.part(QStringLiteral("Kết quả thực hiện"));
    m_composer.heading(2, QStringLiteral("1."), QStringLiteral("Công tác chỉ đạo, triển khai"));
    m_composer.narrative(text(QStringLiteral("chi_dao")));
    m_composer.heading(2, QStringLiteral("2."), QStringLiteral("Hạ tầng, trang thiết bị và phần mềm"));
    if (!m_input.inventory.isEmpty()) {
        for (const QString &line : DocumentSentences::totals(m_input.inventory.totals))
            m_composer.body(line);
    }
    m_composer.narrative(text(QStringLiteral("ha_tang")));
    m_composer.heading(2, QStringLiteral("3."), QStringLiteral("Các chỉ số theo yêu cầu của cơ quan quản lý"));
    m_composer.table(DocumentTables::indicators(m_input.indicators));
    m_composer.heading(2, QStringLiteral("4."), QStringLiteral("Mức độ chuyển đổi số"));
    if (m_input.assessment.groups.isEmpty())
        m_composer.body(QStringLiteral("Nhà trường chưa hoàn thành tự đánh giá mức độ chuyển đổi số."));
    for (const GroupResult &group : m_input.assessment.groups)
        m_composer.body(DocumentSentences::groupResult(group));
    m_composer.heading(2, QStringLiteral("5."), QStringLiteral("Các kết quả khác"));
    m_composer.narrative(text(QStringLiteral("ket_qua_khac")));
}

void TermReportBuilder::shortcomings()
{
    m_composer.part(QStringLiteral("Tồn tại, hạn chế và nguyên nhân"));
    m_composer.heading(2, QStringLiteral("1."), QStringLiteral("Tồn tại, hạn chế"));
    m_composer.narrative(text(QStringLiteral("han_che")));
    m_composer.heading(2, QStringLiteral("2."), QStringLiteral("Nguyên nhân"));
    m_composer.narrative(text(QStringLiteral("nguyen_nhan")));
}

void TermReportBuilder::nextPeriod()
{
    m_composer.part(m_kind == DocumentKind::SemesterReport ? QStringLiteral("Phương hướng, nhiệm vụ học kỳ II")
                                                            : QStringLiteral("Phương hướng, nhiệm vụ năm học tới"));
    for (const QString &target : DocumentSentences::targets(m_input))
        m_composer.body(target);
    m_composer.narrative(text(QStringLiteral("phuong_huong")));
}

} // namespace sdx
