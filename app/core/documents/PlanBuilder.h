#pragma once

#include "DocumentComposer.h"
#include "DocumentInput.h"
#include "DocumentModel.h"

namespace sdx {

/**
 * Kế hoạch thực hiện nhiệm vụ ứng dụng CNTT, chuyển đổi số và thống kê giáo dục năm học …,
 * in the structure of seed 002: căn cứ; mục đích, yêu cầu; thực trạng (inventory tables, totals,
 * the self-assessment table); đánh giá chung; nhiệm vụ trọng tâm and mục tiêu; nhiệm vụ cụ thể;
 * giải pháp; tổ chức thực hiện; nơi nhận and signature.
 */
class PlanBuilder final
{
public:
    explicit PlanBuilder(const DocumentInput &input);
    doc::Document build();

    /// The editable sections this document prints, in order (the keys of its default-text file).
    static QStringList narrativeKeys();

private:
    QString text(const QString &key) const;
    void purpose();
    void situation();
    void inventory();
    void assessmentTable();
    void evaluation();
    void focusAndTargets();
    void tasks();
    void solutionsAndOrganisation();

    const DocumentInput &m_input;
    doc::Document m_document;
    DocumentComposer m_composer;
};

} // namespace sdx
