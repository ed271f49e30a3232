#include "SchoolRestore.h"

#include "AssessmentPort.h"
#include "ReportingRepository.h"
#include "YearLock.h"
#include "school/DerivedFactsProvider.h"
#include "school/SchoolRepository.h"
#include "school/YearRepository.h"
#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::Exchange)
};

SchoolProfile profileFrom(const ExchangeSchool &school)
{
    SchoolProfile profile;
    profile.name = school.name;
    profile.code = school.code;
    profile.level = SchoolLevels::fromCode(school.level);
    profile.authority = school.authority;
    profile.placeName = school.place;
    profile.docSign = school.sign;
    profile.principalName = school.principalName;
    profile.principalTitle = school.principalTitle.isEmpty() ? QStringLiteral("Hiệu trưởng") : school.principalTitle;
    for (const ExchangeSchool::Contact &contact : school.itStaff)
        profile.itStaff.append({contact.name, contact.title, contact.phone, contact.email});
    profile.address = school.address;
    profile.phone = school.phone;
    profile.email = school.email;
    profile.website = school.website;
    return profile;
}

/// The entered facts to store: the file's entered and overridden facts, and its derived facts where
/// this database cannot derive them (no inventory here): those become entered values, saying so.
Expected<ExchangeAssessment> assessmentToStore(Database &database, qint64 yearId, const ExchangeDocument &document,
                                               const QString &fileName)
{
    QSet<QString> derivableHere;
    if (yearId > 0) {
        const Expected<DerivedFacts> derived = collectDerivedFacts(database, yearId);
        if (!derived)
            return derived.status();
        for (const DerivedFact &fact : *derived)
            derivableHere.insert(fact.itemId);
    }
    ExchangeAssessment result = document.assessment;
    for (auto it = result.facts.begin(); it != result.facts.end();) {
        if (it->source != QLatin1String("derived")) {
            ++it;
        } else if (derivableHere.contains(it.key())) {
            it = result.facts.erase(it);
        } else {
            it->source = QStringLiteral("entered");
            it->provenance = Text::tr("khôi phục từ tệp %1 (số liệu kiểm kê lúc chốt: %2)").arg(fileName, it->provenance);
            ++it;
        }
    }
    return result;
}

Expected<std::optional<SchoolYear>> findYear(Database &database, const QString &name)
{
    const Expected<QList<SchoolYear>> years = YearRepository(database).list();
    if (!years)
        return years.status();
    for (const SchoolYear &year : *years) {
        if (year.name == name)
            return std::optional<SchoolYear>(year);
    }
    return std::optional<SchoolYear>();
}

Status checkSameSchool(const std::optional<SchoolProfile> &profile, const ExchangeDocument &document)
{
    if (!profile || profile->code.trimmed().isEmpty() || profile->code.trimmed() == document.school.code)
        return Status::success();
    return Status::failure(Text::tr("Tệp là của trường %1 (mã %2), còn cơ sở dữ liệu này là của %3 (mã %4): "
                              "không khôi phục vào trường khác.")
                               .arg(document.school.name, document.school.code, profile->name, profile->code));
}

Status setYearIndex(Database &database, qint64 yearId, const ExchangeDocument &document)
{
    SqlQuery query(database, QStringLiteral("UPDATE school_year SET index_id = :index, index_version = :version "
                                            "WHERE id = :id"));
    query.bind(QStringLiteral(":index"), document.indexId)
        .bind(QStringLiteral(":version"), document.indexVersion)
        .bind(QStringLiteral(":id"), yearId);
    return query.exec();
}

} // namespace

QStringList RestorePlan::describe() const
{
    QStringList lines;
    lines << Text::tr("Tệp của %1 (mã %2), năm học %3, lần chốt %4.").arg(schoolName, schoolCode, schoolYear).arg(fileRevision);
    if (createsSchool)
        lines << Text::tr("Cơ sở dữ liệu chưa có trường: thông tin trường sẽ được lấy từ tệp.");
    if (createsYear) {
        lines << Text::tr("Năm học %1 chưa có: sẽ được tạo mới.").arg(schoolYear);
    } else {
        lines << Text::tr("Năm học %1 hiện có (%2) sẽ bị thay thế: %3 dữ kiện, %4 điều chỉnh điểm, %5 minh chứng.")
                     .arg(schoolYear,
                          yearFinalised ? Text::tr("đã chốt lần %1").arg(yearRevision) : Text::tr("đang soạn, lần %1").arg(yearRevision))
                     .arg(currentFacts)
                     .arg(currentAdjustments)
                     .arg(currentEvidence);
    }
    lines << Text::tr("Sẽ nhập từ tệp: %1 dữ kiện, %2 điều chỉnh điểm, %3 minh chứng; năm học được đặt là đã chốt lần %4.")
                 .arg(incomingFacts)
                 .arg(incomingAdjustments)
                 .arg(incomingEvidence)
                 .arg(fileRevision);
    if (!changedItems.isEmpty())
        lines << Text::tr("Các mục có giá trị khác với hiện tại: %1.").arg(changedItems.join(QStringLiteral(", ")));
    lines << warnings;
    return lines;
}

namespace SchoolRestore {

Expected<RestorePlan> plan(Database &database, const ExchangeDocument &document, const AssessmentPort &assessments)
{
    const Expected<std::optional<SchoolProfile>> profile = SchoolRepository(database).load();
    if (!profile)
        return profile.status();
    if (Status same = checkSameSchool(*profile, document); !same)
        return same;
    RestorePlan result;
    result.schoolName = document.school.name;
    result.schoolCode = document.school.code;
    result.schoolYear = document.schoolYear;
    result.fileRevision = document.revision;
    result.createsSchool = !profile->has_value();
    result.incomingFacts = int(document.assessment.facts.size());
    result.incomingAdjustments = int(document.assessment.adjustments.size());
    result.incomingEvidence = document.assessment.evidenceCount();
    const Expected<std::optional<SchoolYear>> year = findYear(database, document.schoolYear);
    if (!year)
        return year.status();
    result.createsYear = !year->has_value();
    if (result.createsYear)
        return result;
    const qint64 yearId = (*year)->id;
    const Expected<YearState> state = YearLock(database).state(yearId);
    if (!state)
        return state.status();
    result.yearFinalised = state->finalised;
    result.yearRevision = state->revision;
    const Expected<ExchangeAssessment> current = assessments.load(database, yearId);
    if (!current)
        return current.status();
    result.currentFacts = int(current->facts.size());
    result.currentAdjustments = int(current->adjustments.size());
    result.currentEvidence = current->evidenceCount();
    for (auto it = document.assessment.facts.constBegin(); it != document.assessment.facts.constEnd(); ++it) {
        if (it->source != QLatin1String("derived") && current->facts.value(it.key()).value != it->value)
            result.changedItems << it.key();
    }
    if (state->revision > document.revision)
        result.warnings << Text::tr("Chú ý: năm học hiện có đang ở lần %1, mới hơn lần %2 của tệp.")
                               .arg(state->revision)
                               .arg(document.revision);
    if ((*year)->indexId != document.indexId || (*year)->indexVersion != document.indexVersion)
        result.warnings << Text::tr("Chú ý: tệp dùng bộ chỉ số %1 phiên bản %2, năm học hiện có dùng %3 phiên bản %4.")
                               .arg(document.indexId)
                               .arg(document.indexVersion)
                               .arg((*year)->indexId)
                               .arg((*year)->indexVersion);
    return result;
}

Expected<qint64> apply(Database &database, const ExchangeDocument &document, const AssessmentPort &assessments,
                       const QString &by, const QString &fileName)
{
    Transaction transaction(database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    const Expected<RestorePlan> planned = plan(database, document, assessments);
    if (!planned)
        return planned.status();
    if (planned->createsSchool) {
        if (Status status = SchoolRepository(database).save(profileFrom(document.school)); !status)
            return status.prefixed(Text::tr("Không tạo được thông tin trường từ tệp"));
    }
    const Expected<std::optional<SchoolYear>> existing = findYear(database, document.schoolYear);
    if (!existing)
        return existing.status();
    qint64 yearId = existing->has_value() ? (*existing)->id : 0;
    if (!yearId) {
        const Expected<SchoolYear> created = YearRepository(database).create(document.schoolYear);
        if (!created)
            return created.status();
        yearId = created->id;
    }
    YearLock lock(database);
    const QString reason = Text::tr("khôi phục từ tệp %1").arg(fileName);
    YearState draft;
    draft.revision = document.revision;
    Status status = lock.restore(yearId, draft, by, reason);
    const Expected<ExchangeAssessment> toStore = assessmentToStore(database, yearId, document, fileName);
    if (!toStore)
        return toStore.status();
    if (status)
        status = setYearIndex(database, yearId, document);
    if (status)
        status = assessments.replace(database, yearId, *toStore);
    if (status)
        status = ReportingRepository(database).restore(yearId, document.recipient, document.indicators);
    YearState finalised;
    finalised.finalised = true;
    finalised.revision = document.revision;
    finalised.finalisedAt = document.finalisedAt;
    finalised.finalisedBy = document.finalisedBy;
    if (status)
        status = lock.restore(yearId, finalised, by, reason);
    if (status)
        status = transaction.commit();
    if (!status)
        return status;
    return yearId;
}

} // namespace SchoolRestore
} // namespace sdx
