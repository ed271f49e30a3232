#include "PlanBuilder.h"

#include "DocumentSentences.h"
#include "DocumentTables.h"
#include "LegalBasisCatalogue.h"
#include "NarrativeDefaults.h"

namespace sdx {

namespace {

constexpr DocumentKind kKind = DocumentKind::Plan;

} // namespace

PlanBuilder::PlanBuilder(const DocumentInput &input)
    : m_input(input)
    , m_composer(m_document)
{
}

QStringList PlanBuilder::narrativeKeys()
{
    return {QStringLiteral("mo_dau"),
            QStringLiteral("muc_dich"),
            QStringLiteral("yeu_cau"),
            QStringLiteral("nhan_luc"),
            QStringLiteral("uu_diem"),
            QStringLiteral("han_che"),
            QStringLiteral("nhiem_vu_trong_tam"),
            QStringLiteral("muc_tieu"),
            QStringLiteral("quan_triet_noi_dung"),
            QStringLiteral("quan_triet_hinh_thuc"),
            QStringLiteral("quan_triet_trach_nhiem"),
            QStringLiteral("nhiem_vu_cu_the"),
            QStringLiteral("giai_phap"),
            QStringLiteral("to_chuc_thuc_hien"),
            QStringLiteral("ket_luan"),
            QStringLiteral("noi_nhan")};
}

QString PlanBuilder::text(const QString &key) const
{
    Q_ASSERT(narrativeKeys().contains(key));
    return NarrativeDefaults::builtIn().effective(kKind, key, m_input);
}

doc::Document PlanBuilder::build()
{
    const QString subject = QStringLiteral("Thực hiện nhiệm vụ ứng dụng công nghệ thông tin, chuyển đổi số "
                                           "và thống kê giáo dục năm học %1").arg(m_input.yearName.trimmed());
    m_document.kindCode = DocumentKinds::code(kKind);
    m_document.title = QStringLiteral("Kế hoạch ") + subject.mid(0, 1).toLower() + subject.mid(1);
    m_composer.header(m_input, kKind);
    m_composer.title(kKind, subject);
    m_composer.bases(m_input.bases);
    m_composer.narrative(text(QStringLiteral("mo_dau")));
    purpose();
    situation();
    focusAndTargets();
    tasks();
    solutionsAndOrganisation();
    m_composer.closing(text(QStringLiteral("ket_luan")));
    const QStringList recipients = m_input.meta.recipients.isEmpty()
        ? text(QStringLiteral("noi_nhan")).split(QLatin1Char('\n'))
        : m_input.meta.recipients;
    m_composer.signature(m_input, recipients);
    return m_document;
}

void PlanBuilder::purpose()
{
    m_composer.part(QStringLiteral("Mục đích, yêu cầu"));
    m_composer.heading(2, QStringLiteral("1."), QStringLiteral("Mục đích"));
    m_composer.narrative(text(QStringLiteral("muc_dich")));
    m_composer.heading(2, QStringLiteral("2."), QStringLiteral("Yêu cầu"));
    m_composer.narrative(text(QStringLiteral("yeu_cau")));
}

void PlanBuilder::situation()
{
    m_composer.part(QStringLiteral("Thực trạng việc triển khai ứng dụng CNTT, chuyển đổi số của nhà trường"));
    m_composer.heading(2, QStringLiteral("1."), QStringLiteral("Thực trạng"));
    m_composer.heading(3, QStringLiteral("1.1"),
                       QStringLiteral("Chất lượng nguồn nhân lực thực hiện ứng dụng CNTT và chuyển đổi số"));
    m_composer.narrative(text(QStringLiteral("nhan_luc")));
    m_composer.heading(3, QStringLiteral("1.2"),
                       QStringLiteral("Ứng dụng CNTT trong quản trị trường học và công tác dạy học"));
    inventory();
    m_composer.heading(3, QStringLiteral("1.3"),
                       QStringLiteral("Mức độ chuyển đổi số của nhà trường theo Bộ chỉ số ban hành kèm theo ")
                           + DocumentSentences::indexCitation(m_input));
    assessmentTable();
    evaluation();
}

void PlanBuilder::inventory()
{
    const DocumentInventorySummary &summary = m_input.inventory;
    if (summary.isEmpty()) {
        m_composer.body(QStringLiteral("Nhà trường chưa cập nhật số liệu kiểm kê phần mềm, trang thiết bị CNTT."));
        return;
    }
    QChar letter = QLatin1Char('a');
    for (int i = 0; i < summary.software.size(); ++i) {
        const DocumentSoftwareGroup &group = summary.software.at(i);
        m_composer.heading(4, QString(letter) + QLatin1Char(')'), group.title);
        m_composer.table(DocumentTables::software(group, QStringLiteral("software-%1").arg(letter)));
        letter = QChar(letter.unicode() + 1);
    }
    m_composer.heading(4, QString(letter) + QLatin1Char(')'), QStringLiteral("Trang thiết bị CNTT và hạ tầng mạng"));
    m_composer.table(DocumentTables::equipment(summary.equipment));
    for (const QString &line : DocumentSentences::totals(summary.totals))
        m_composer.body(line);
}

void PlanBuilder::assessmentTable()
{
    if (m_input.assessment.rows.isEmpty()) {
        m_composer.body(QStringLiteral("Nhà trường chưa thực hiện tự đánh giá mức độ chuyển đổi số."));
        return;
    }
    m_composer.table(DocumentTables::scoring(m_input.assessment.rows));
}

void PlanBuilder::evaluation()
{
    m_composer.heading(2, QStringLiteral("2."),
                       QStringLiteral("Đánh giá chung về tình hình thực hiện ứng dụng CNTT và chuyển đổi số"));
    m_composer.heading(3, QStringLiteral("2.1"), QStringLiteral("Ưu điểm"));
    m_composer.narrative(text(QStringLiteral("uu_diem")));
    for (const GroupResult &group : m_input.assessment.groups) {
        if (group.level >= 2)
            m_composer.body(DocumentSentences::groupResult(group));
    }
    m_composer.heading(3, QStringLiteral("2.2"), QStringLiteral("Hạn chế"));
    m_composer.narrative(text(QStringLiteral("han_che")));
    for (const GroupResult &group : m_input.assessment.groups) {
        if (group.level == 1)
            m_composer.body(DocumentSentences::groupResult(group));
    }
}

void PlanBuilder::focusAndTargets()
{
    m_composer.part(QStringLiteral("Nhiệm vụ trọng tâm và mục tiêu"));
    m_composer.heading(2, QStringLiteral("1."), QStringLiteral("Nội dung các nhiệm vụ"));
    m_composer.narrative(text(QStringLiteral("nhiem_vu_trong_tam")));
    m_composer.heading(2, QStringLiteral("2."), QStringLiteral("Mục tiêu thực hiện"));
    for (const QString &target : DocumentSentences::targets(m_input))
        m_composer.body(target);
    m_composer.narrative(text(QStringLiteral("muc_tieu")));
}

void PlanBuilder::tasks()
{
    m_composer.part(QStringLiteral("Nhiệm vụ cụ thể"));
    m_composer.heading(2, QStringLiteral("1."), QStringLiteral("Quán triệt các văn bản chỉ đạo trọng tâm về CNTT, chuyển đổi số"));
    m_composer.heading(3, QStringLiteral("1.1"), QStringLiteral("Nội dung"));
    m_composer.narrative(text(QStringLiteral("quan_triet_noi_dung")));
    QList<LegalBasis> directives = m_input.directives;
    if (directives.isEmpty())
        directives = LegalBasisCatalogue::builtIn().directives(m_input.school.levelCode, m_input.startYear());
    QStringList citations;
    for (const LegalBasis &basis : directives)
        citations << basis.citation();
    m_composer.list(citations, QStringLiteral("."));
    m_composer.heading(3, QStringLiteral("1.2"), QStringLiteral("Hình thức"));
    m_composer.narrative(text(QStringLiteral("quan_triet_hinh_thuc")));
    m_composer.heading(3, QStringLiteral("1.3"), QStringLiteral("Chịu trách nhiệm thực hiện"));
    m_composer.narrative(text(QStringLiteral("quan_triet_trach_nhiem")));
    m_composer.narrative(text(QStringLiteral("nhiem_vu_cu_the")));
}

void PlanBuilder::solutionsAndOrganisation()
{
    m_composer.part(QStringLiteral("Một số giải pháp cơ bản"));
    m_composer.narrative(text(QStringLiteral("giai_phap")));
    m_composer.part(QStringLiteral("Tổ chức thực hiện"));
    m_composer.narrative(text(QStringLiteral("to_chuc_thuc_hien")));
}

} // namespace sdx
