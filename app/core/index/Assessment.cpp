#include "Assessment.h"

#include "AssessmentRepository.h"
#include "ItemRules.h"
#include "ScoringEngine.h"
#include "school/DerivedFactsProvider.h"
#include "school/YearRepository.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sdx {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sdx::Assessment", text);
}

Facts overlay(const Facts &base, const Facts &top)
{
    Facts result = base;
    for (auto it = top.cbegin(); it != top.cend(); ++it)
        result.insert(it.key(), *it);
    return result;
}

} // namespace

const DerivedFact *AssessmentSnapshot::derivedFact(const QString &itemId) const
{
    for (const DerivedFact &fact : derived) {
        if (fact.itemId == itemId)
            return &fact;
    }
    return nullptr;
}

void AssessmentSnapshot::applyAnswer(const QString &itemId, const QJsonValue &value, const QString &by)
{
    answers.remove(itemId);
    overrides.remove(itemId);
    if (value.isNull() || value.isUndefined())
        return;
    Fact fact = enteredFact(value, by);
    fact.at = QDateTime::currentDateTimeUtc();  // as the database stamps it
    if (const DerivedFact *replaced = derivedFact(itemId)) {
        fact.derivedValue = replaced->value;
        fact.derivedProvenance = replaced->provenance;
        overrides.insert(itemId, fact);
    } else {
        answers.insert(itemId, fact);
    }
}

void AssessmentSnapshot::rescore()
{
    facts = mergeFacts(derived, overlay(answers, overrides));
    if (index)
        report = score(*index, facts, adjustments);
}

Assessment::Assessment(Database &database, const IndexRegistry &registry)
    : m_database(database)
    , m_registry(registry)
{
}

Expected<IndexDefinitionPtr> Assessment::indexForYear(qint64 yearId)
{
    const Expected<SchoolYear> year = YearRepository(m_database).find(yearId);
    if (!year)
        return year.status();
    return m_registry.require(year->indexId, year->indexVersion);
}

Expected<AssessmentSnapshot> Assessment::load(qint64 yearId)
{
    AssessmentSnapshot snapshot;
    snapshot.yearId = yearId;
    Expected<IndexDefinitionPtr> index = indexForYear(yearId);
    if (!index)
        return index.status();
    snapshot.index = *index;
    AssessmentRepository repository(m_database);
    Expected<Facts> answers = repository.loadAnswers(yearId);
    Expected<Facts> overrides = repository.loadOverrides(yearId);
    Expected<Adjustments> adjustments = repository.loadAdjustments(yearId);
    Expected<EvidenceMap> evidence = repository.loadEvidence(yearId);
    Expected<DerivedFacts> derived = collectDerivedFacts(m_database, yearId);
    for (const Status &status : {answers.status(), overrides.status(), adjustments.status(), evidence.status(),
                                 derived.status()}) {
        if (!status)
            return status;
    }
    snapshot.answers = *answers;
    snapshot.overrides = *overrides;
    snapshot.adjustments = *adjustments;
    snapshot.evidence = *evidence;
    snapshot.derived = *derived;
    snapshot.rescore();
    return snapshot;
}

Status Assessment::setAnswer(qint64 yearId, const QString &itemId, const QJsonValue &value, const QString &by)
{
    Expected<AssessmentSnapshot> snapshot = load(yearId);
    if (!snapshot)
        return snapshot.status();
    const IndexItem *item = snapshot->index->item(itemId);
    if (!item)
        return Status::failure(tr("Mục \"%1\" không có trong bộ chỉ số %2.").arg(itemId, snapshot->index->displayName()));
    AssessmentRepository repository(m_database);
    const bool clearing = value.isNull() || value.isUndefined();
    if (!clearing) {
        if (const QString problem = ItemRules::check(*item, value); !problem.isEmpty())
            return Status::failure(problem);
    }
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    const DerivedFact *derived = snapshot->derivedFact(itemId);
    Status status;
    if (clearing) {
        status = repository.removeAnswer(yearId, itemId);
        if (status)
            status = repository.removeOverride(yearId, itemId);
    } else if (derived) {
        status = repository.saveOverride(yearId, itemId, value, *derived, by);
    } else {
        status = repository.saveAnswer(yearId, itemId, value, by);
    }
    if (!status)
        return status;
    return transaction.commit();
}

Status Assessment::setAdjustment(qint64 yearId, const QString &itemId, const Adjustment &adjustment)
{
    Expected<AssessmentSnapshot> snapshot = load(yearId);
    if (!snapshot)
        return snapshot.status();
    Adjustments trial = snapshot->adjustments;
    trial.insert(itemId, adjustment);
    const ScoreReport report = score(*snapshot->index, snapshot->facts, trial);
    for (const InputError &error : report.errors) {
        if (error.itemId == itemId)
            return Status::failure(error.message);
    }
    return AssessmentRepository(m_database).saveAdjustment(yearId, itemId, adjustment);
}

Status Assessment::clearAdjustment(qint64 yearId, const QString &itemId)
{
    return AssessmentRepository(m_database).removeAdjustment(yearId, itemId);
}

Status Assessment::importFacts(qint64 yearId, const FactsFileContent &content, const QString &by)
{
    Expected<AssessmentSnapshot> snapshot = load(yearId);
    if (!snapshot)
        return snapshot.status();
    const IndexDefinition &index = *snapshot->index;
    if (content.indexId != index.id || (content.indexVersion != 0 && content.indexVersion != index.version))
        return Status::failure(tr("Tệp dữ kiện dùng bộ chỉ số %1, năm học này dùng %2.")
                                   .arg(content.indexId, index.displayName()));
    const ScoreReport check = score(index, content.facts, content.adjustments);
    if (!check.isValid())
        return Status::failure(tr("Tệp dữ kiện có giá trị không hợp lệ, chưa lưu gì:\n- %1")
                                   .arg(check.errorMessages().join(QStringLiteral("\n- "))));
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    for (auto it = content.facts.cbegin(); it != content.facts.cend(); ++it) {
        if (Status status = setAnswer(yearId, it.key(), it->value, by); !status)
            return status.prefixed(tr("Mục %1").arg(it.key()));
    }
    for (auto it = content.adjustments.cbegin(); it != content.adjustments.cend(); ++it) {
        if (Status status = AssessmentRepository(m_database).saveAdjustment(yearId, it.key(), *it); !status)
            return status;
    }
    return transaction.commit();
}

} // namespace sdx
