#include "ExchangeBuilder.h"

#include "AssessmentPort.h"
#include "ExchangeScorer.h"
#include "ReportingRepository.h"
#include "YearLock.h"
#include "common/Version.h"
#include "documents/DocumentIndicators.h"
#include "exchange/ReportedIndicators.h"
#include "documents/DocumentInventoryJson.h"
#include "documents/DocumentInventoryTables.h"
#include "inventory/InventoryOverview.h"
#include "school/DerivedFactsProvider.h"
#include "school/SchoolRepository.h"
#include "school/YearRepository.h"

#include <QCoreApplication>

namespace sdx::ExchangeBuilder {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::Exchange)
};

ExchangeSchool schoolFrom(const SchoolProfile &profile)
{
    ExchangeSchool school;
    school.name = profile.name;
    school.code = profile.code.trimmed();
    school.level = SchoolLevels::code(profile.level);
    school.authority = profile.authority;
    school.place = profile.placeName;
    school.sign = profile.docSign;
    school.principalName = profile.principalName;
    school.principalTitle = profile.principalTitle;
    for (const StaffContact &contact : profile.itStaff)
        school.itStaff.append({contact.name, contact.title, contact.phone, contact.email});
    school.address = profile.address;
    school.phone = profile.phone;
    school.email = profile.email;
    school.website = profile.website;
    return school;
}

/// Derived facts under the entered ones: a typed value over a derived one is an override.
void mergeDerived(const DerivedFacts &derived, ExchangeDocument &document)
{
    QJsonObject derivedJson;
    for (const DerivedFact &fact : derived) {
        derivedJson.insert(fact.itemId, QJsonObject{{QStringLiteral("value"), fact.value},
                                                     {QStringLiteral("provenance"), fact.provenance}});
        auto it = document.assessment.facts.find(fact.itemId);
        if (it == document.assessment.facts.end()) {
            ExchangeFact merged;
            merged.value = fact.value;
            merged.source = QStringLiteral("derived");
            merged.provenance = fact.provenance;
            document.assessment.facts.insert(fact.itemId, merged);
        } else if (it->source == QLatin1String("entered")) {
            it->source = QStringLiteral("overridden");
            it->derivedValue = fact.value;
            it->derivedProvenance = fact.provenance;
        }
    }
    document.inventory.insert(QStringLiteral("derivedFacts"), derivedJson);
}

/// The inventory annex and indicators of the year, so the authority can print the school's documents.
void addInventorySummary(const InventoryOverview &overview, ExchangeDocument &document)
{
    document.inventory.insert(QStringLiteral("summary"),
                              DocumentInventoryJson::toJson(DocumentInventoryTables::fromInventory(overview.snapshot,
                                                                                                   overview.totals),
                                                            DocumentIndicators::fromInventory(overview.totals)));
}

Status fillHeader(Database &database, qint64 yearId, Require require, ExchangeDocument &document)
{
    const Expected<std::optional<SchoolProfile>> profile = SchoolRepository(database).load();
    if (!profile)
        return profile.status();
    if (!profile->has_value())
        return Status::failure(Text::tr("Chưa khai báo thông tin trường: không xuất được tệp trao đổi."));
    document.school = schoolFrom(**profile);
    if (document.school.code.isEmpty())
        return Status::failure(Text::tr("Chưa có mã trường (mã trong CSDL ngành) trong thông tin trường: cơ quan quản lý "
                                  "cần mã này để nhận tệp. Hãy bổ sung ở trang Thông tin trường."));
    const Expected<SchoolYear> year = YearRepository(database).find(yearId);
    if (!year)
        return year.status();
    document.schoolYear = year->name;
    document.indexId = year->indexId;
    document.indexVersion = year->indexVersion;
    const Expected<YearState> state = YearLock(database).state(yearId);
    if (!state)
        return state.status();
    if (require == Require::Finalised && !state->finalised)
        return Status::failure(Text::tr("Năm học %1 chưa chốt số liệu: hãy \"Chốt số liệu\" trước khi xuất tệp gửi "
                                  "cơ quan quản lý.")
                                   .arg(year->name));
    document.revision = state->revision;
    document.finalisedAt = state->finalised ? state->finalisedAt
                                            : QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    document.finalisedBy = state->finalisedBy;
    return Status::success();
}

} // namespace

Expected<ExchangeDocument> build(Database &database, qint64 yearId, const AssessmentPort &assessments,
                                 const ExchangeScorer &scorer, Require require)
{
    ExchangeDocument document;
    document.softwareVersion = Version::text();
    if (Status status = fillHeader(database, yearId, require, document); !status)
        return status;
    ReportingRepository reporting(database);
    const Expected<ExchangeRecipient> recipient = reporting.recipient(yearId);
    if (!recipient)
        return recipient.status();
    document.recipient = *recipient;
    const Expected<ExchangeIndicators> indicators = reporting.indicators(yearId);
    if (!indicators)
        return indicators.status();
    // Read once: the indicators and the inventory summary both come from it.
    const Expected<InventoryOverview> overview = InventoryOverview::load(database, yearId);
    if (!overview)
        return overview.status();
    document.indicators = ReportedIndicators::completed(*indicators, ReportedIndicators::fromInventory(overview->totals));
    Expected<ExchangeAssessment> assessment = assessments.load(database, yearId);
    if (!assessment)
        return assessment.status();
    document.assessment = std::move(assessment.value());
    const Expected<DerivedFacts> derived = collectDerivedFacts(database, yearId);
    if (!derived)
        return derived.status();
    mergeDerived(*derived, document);
    addInventorySummary(*overview, document);
    const Expected<Rescore> scored = scorer.rescore(document);
    if (!scored)
        return scored.status();
    if (!scored->inputErrors.isEmpty())
        return Status::failure(Text::tr("Có dữ kiện không hợp lệ, hãy sửa trước khi xuất: %1")
                                   .arg(scored->inputErrors.join(QStringLiteral("; "))));
    document.score = scored->score;
    return document;
}

} // namespace sdx::ExchangeBuilder
