#include "DocumentInputAssembler.h"

#include "DocumentAssessmentRows.h"
#include "DocumentDraft.h"
#include "DocumentIdentity.h"
#include "DocumentIndicators.h"
#include "DocumentInventoryJson.h"
#include "DocumentInventoryTables.h"
#include "LegalBasisRepository.h"
#include "exchange/ExchangeDocument.h"
#include "exchange/ExchangeFacts.h"
#include "exchange/ReportingRepository.h"
#include "index/Assessment.h"
#include "index/IndexRegistry.h"
#include "index/ScoringEngine.h"
#include "inventory/InventoryOverview.h"
#include "school/SchoolRepository.h"
#include "school/SchoolSession.h"
#include "school/YearRepository.h"

#include <QCoreApplication>

namespace sdx::DocumentInputAssembler {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::DocumentInputAssembler)
};

bool anythingAnswered(const ScoreReport &report)
{
    for (const GroupScore &group : report.groups) {
        if (group.answered > 0)
            return true;
    }
    return false;
}

/// A year nobody assessed yet prints no table of zeros: the builders leave the part out.
AssessmentSummary assessmentOf(const IndexDefinition &index, const ScoreReport &report, const EvidenceMap &evidence)
{
    if (!anythingAnswered(report))
        return {};
    return DocumentAssessmentRows::summarize(index, report, evidence);
}

Status fillInventory(Database &database, qint64 yearId, DocumentInput &input)
{
    const Expected<InventoryOverview> overview = InventoryOverview::load(database, yearId);
    if (!overview)
        return overview.status();
    input.inventory = DocumentInventoryTables::fromInventory(overview->snapshot, overview->totals);
    // What the school reports to its authority comes first; the inventory's counts fill the rest.
    const Expected<ExchangeIndicators> reported = ReportingRepository(database).indicators(yearId);
    if (!reported)
        return reported.status();
    input.indicators = DocumentIndicators::merged(DocumentIndicators::fromExchange(*reported),
                                                  DocumentIndicators::fromInventory(overview->totals));
    return Status::success();
}

Status fillAssessment(Database &database, qint64 yearId, DocumentInput &input)
{
    const Expected<AssessmentSnapshot> snapshot = Assessment(database).load(yearId);
    if (!snapshot)
        return snapshot.status();
    input.assessment = assessmentOf(*snapshot->index, snapshot->report, snapshot->evidence);
    return Status::success();
}

QString displayYear(const QString &name)
{
    SchoolYear year;
    year.name = name;
    return year.displayName();
}

EvidenceMap evidenceOf(const ExchangeAssessment &assessment)
{
    EvidenceMap map;
    for (auto it = assessment.evidence.cbegin(); it != assessment.evidence.cend(); ++it) {
        for (const ExchangeEvidence &entry : it.value())
            map[it.key()] << ExchangeFacts::toEvidence(it.key(), entry);
    }
    return map;
}

} // namespace

Expected<DocumentInput> fromStore(Database &database, qint64 yearId)
{
    const Expected<std::optional<SchoolProfile>> profile = SchoolRepository(database).load();
    if (!profile)
        return profile.status();
    if (!profile->has_value())
        return Status::failure(Text::tr("Chưa khai báo thông tin trường: chưa lập được văn bản."));
    const Expected<SchoolYear> year = YearRepository(database).find(yearId);
    if (!year)
        return year.status();
    DocumentInput input;
    input.school = DocumentIdentity::fromProfile(**profile);
    input.yearName = year->displayName();
    if (Status status = fillInventory(database, yearId, input); !status)
        return status;
    if (Status status = fillAssessment(database, yearId, input); !status)
        return status;
    return input;
}

Expected<DocumentInput> fromSession(SchoolSession &session)
{
    if (session.currentYear().id <= 0)
        return Status::failure(Text::tr("Chưa có năm học nào: hãy tạo năm học trước khi lập văn bản."));
    return fromStore(session.database(), session.currentYear().id);
}

Expected<DocumentInput> fromExchange(const ExchangeDocument &document, const IndexRegistry &registry)
{
    DocumentInput input;
    input.school = DocumentIdentity::fromExchange(document.school);
    input.yearName = displayYear(document.schoolYear);
    const DocumentInventoryJson::Content summary =
        DocumentInventoryJson::fromJson(document.inventory.value(QLatin1String("summary")).toObject());
    input.inventory = summary.inventory;
    input.indicators = DocumentIndicators::merged(DocumentIndicators::fromExchange(document.indicators), summary.indicators);
    const Expected<IndexDefinitionPtr> index = registry.require(document.indexId, document.indexVersion);
    if (!index)
        return index.status();
    const ScoreReport report = score(**index, ExchangeFacts::toFacts(document.assessment.facts),
                                     ExchangeFacts::toAdjustments(document.assessment.adjustments));
    input.assessment = assessmentOf(**index, report, evidenceOf(document.assessment));
    return input;
}

Expected<DocumentInput> fromExchange(const ExchangeDocument &document)
{
    return fromExchange(document, IndexRegistry::builtIn());
}

Expected<DocumentInput> forDocument(Database &database, qint64 yearId, DocumentKind kind)
{
    const Expected<DocumentInput> data = fromStore(database, yearId);
    if (!data)
        return data.status();
    const Expected<DocumentDraft> draft = DocumentDraftStore(database).load(yearId, kind, *data);
    if (!draft)
        return draft.status();
    const Expected<QList<LegalBasis>> own = LegalBasisRepository(database).ownBases();
    if (!own)
        return own.status();
    return draft->apply(*data, *own);
}

} // namespace sdx::DocumentInputAssembler
