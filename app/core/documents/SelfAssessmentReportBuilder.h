#pragma once

#include "DocumentComposer.h"
#include "DocumentInput.h"
#include "DocumentModel.h"

namespace sdx {

/**
 * Báo cáo kết quả tự đánh giá mức độ chuyển đổi số: how the assessment was organised, the mandatory
 * conditions, the scoring table with evidence, the level of each group, the strengths and
 * weaknesses, and the plan to raise the level.
 */
class SelfAssessmentReportBuilder final
{
public:
    explicit SelfAssessmentReportBuilder(const DocumentInput &input);
    doc::Document build();

    /// The editable sections this document prints, in order (the keys of its default-text file).
    static QStringList narrativeKeys();

private:
    QString text(const QString &key) const;
    void organisation();
    void results();
    void evaluation();
    void raisingPlan();

    const DocumentInput &m_input;
    doc::Document m_document;
    DocumentComposer m_composer;
};

} // namespace sdx
