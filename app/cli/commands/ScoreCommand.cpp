#include "CliContext.h"
#include "CommandTable.h"

#include "index/Assessment.h"
#include "index/FactsFile.h"
#include "index/Improvements.h"
#include "index/IndexRegistry.h"
#include "index/ScoreReportJson.h"
#include "index/ScoringEngine.h"
#include "school/SchoolSession.h"
#include "school/YearRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace sdx::cli {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::cli)
};

struct Scored
{
    IndexDefinitionPtr index;
    ScoreReport report;
};

/// Each refused fact on its own line, so a script (or a person) can fix them all at once.
int failWithErrors(CliContext &context, const ScoreReport &report)
{
    for (const InputError &error : report.errors)
        context.fail(error.message);
    return ExitFailure;
}

Expected<Scored> scoreFile(const QString &path)
{
    Expected<FactsFileContent> content = FactsFile::read(path);
    if (!content)
        return content.status();
    const IndexRegistry &registry = IndexRegistry::builtIn();
    IndexDefinitionPtr index = content->indexVersion > 0 ? registry.find(content->indexId, content->indexVersion)
                                                         : registry.latest(content->indexId);
    if (!index)
        return registry.require(content->indexId, content->indexVersion).status();
    return Scored{index, score(*index, content->facts, content->adjustments)};
}

Expected<Scored> scoreYear(CliContext &context, const QString &yearName, QString *resolvedName)
{
    Expected<SchoolSession *> session = context.existingSession();
    if (!session)
        return session.status();
    qint64 yearId = (*session)->currentYear().id;
    *resolvedName = (*session)->currentYear().name;
    if (!yearName.isEmpty()) {
        const Expected<SchoolYear> year = YearRepository((*session)->database()).findByName(yearName);
        if (!year)
            return year.status();
        yearId = year->id;
        *resolvedName = year->name;
    }
    if (yearId <= 0)
        return Status::failure(Text::tr("Cơ sở dữ liệu chưa có năm học nào (dùng --year NĂM_HỌC)."));
    Expected<AssessmentSnapshot> snapshot = Assessment((*session)->database()).load(yearId);
    if (!snapshot)
        return snapshot.status();
    return Scored{snapshot->index, snapshot->report};
}

} // namespace

int runScore(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Tính điểm theo bộ chỉ số từ một tệp dữ kiện, hoặc từ năm học trong cơ sở dữ liệu, và in kết quả dạng JSON."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("tệp dữ kiện {\"index\": …, \"facts\": {…}}"),
                                 QStringLiteral("[FILE]"));
    parser.addOption({QStringLiteral("year"), Text::tr("năm học trong cơ sở dữ liệu (mặc định: năm đang làm việc)"),
                      QStringLiteral("NĂM_HỌC")});
    parser.addOption({QStringLiteral("improvements"), Text::tr("in thêm các việc cần làm để tăng điểm")});
    if (!parser.parse(QStringList{QStringLiteral("score")} + arguments))
        return context.fail(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return ExitOk;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.size() == 1 && parser.isSet(QStringLiteral("year"))))
        return context.fail(Text::tr("Chỉ dùng một nguồn: một tệp dữ kiện, hoặc --year (xem score --help)."), ExitUsage);
    QString yearName;
    Expected<Scored> scored = files.isEmpty()
                                  ? scoreYear(context, parser.value(QStringLiteral("year")), &yearName)
                                  : scoreFile(files.constFirst());
    if (!scored)
        return context.fail(scored.message());
    if (!scored->report.isValid())
        return failWithErrors(context, scored->report);
    QJsonObject json = ScoreReportJson::toJson(scored->report);
    if (!yearName.isEmpty())
        json.insert(QStringLiteral("year"), yearName);
    if (parser.isSet(QStringLiteral("improvements"))) {
        const QJsonObject plan = ScoreReportJson::toJson(planImprovements(*scored->index, scored->report));
        for (auto it = plan.constBegin(); it != plan.constEnd(); ++it)
            json.insert(it.key(), it.value());
    }
    context.out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    context.out().flush();
    return ExitOk;
}

} // namespace sdx::cli
