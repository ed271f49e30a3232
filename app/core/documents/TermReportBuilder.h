#pragma once

#include "DocumentComposer.h"
#include "DocumentInput.h"
#include "DocumentKind.h"
#include "DocumentModel.h"

namespace sdx {

/**
 * Báo cáo sơ kết học kỳ I and Báo cáo tổng kết năm học on ứng dụng CNTT và chuyển đổi số: the
 * results (direction, infrastructure, the managing authority's indicators, the level reached),
 * shortcomings and their causes, the next period's tasks and the school's requests.
 */
class TermReportBuilder final
{
public:
    /// `kind` is DocumentKind::SemesterReport or DocumentKind::YearReport.
    TermReportBuilder(DocumentKind kind, const DocumentInput &input);
    doc::Document build();

    /// The editable sections this document prints, in order (the keys of its default-text file).
    static QStringList narrativeKeys();

private:
    QString text(const QString &key) const;
    QString subject() const;
    void results();
    void shortcomings();
    void nextPeriod();

    DocumentKind m_kind;
    const DocumentInput &m_input;
    doc::Document m_document;
    DocumentComposer m_composer;
};

} // namespace sdx
