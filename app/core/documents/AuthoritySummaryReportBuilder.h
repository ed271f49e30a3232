#pragma once

#include "DocumentModel.h"
#include "exchange/AuthorityProfile.h"
#include "exchange/ReceivedSummary.h"

#include <QDate>

namespace sdx {

/// What the receiving authority's summary report is built from: who reports, its number and
/// date, and the summary of one school year (SummaryBuilder), with how many files came in.
struct AuthoritySummaryReportInput
{
    AuthorityProfile authority;
    int number = 0;           ///< 0: left blank for the văn thư
    QDate date;               ///< null: left blank for a hand-written date
    ReceivedSummary summary;
    int filesRead = -1;       ///< files read in the batch; < 0 when not known (the GUI's workspace)
    int filesRejected = 0;    ///< files refused (checksum, score, format …)
    int filesSuperseded = 0;  ///< older revisions and duplicates
    QString indexCitation;    ///< empty: Quyết định số 4725/QĐ-BGDĐT …
};

/**
 * "BÁO CÁO Tổng hợp kết quả tự đánh giá mức độ chuyển đổi số của các cơ sở giáo dục năm học …"
 * by the receiving authority, in the layout of Nghị định 30/2020 through DocumentComposer:
 * submissions, schools per level and group, the schools × criteria tables (one per group, so each
 * fits a portrait A4 page), the averages per criterion, the criteria no school meets, the schools
 * missing a mandatory condition, the indicators of seed 003's appendix summed, nơi nhận and signature.
 */
class AuthoritySummaryReportBuilder final
{
public:
    explicit AuthoritySummaryReportBuilder(AuthoritySummaryReportInput input);

    doc::Document build() const;

    /// "Tổng hợp kết quả tự đánh giá mức độ chuyển đổi số của các cơ sở giáo dục năm học 2024 - 2025"
    static QString subject(const QString &schoolYear);

private:
    AuthoritySummaryReportInput m_input;
};

} // namespace sdx
