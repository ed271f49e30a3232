// School side: restore a year from the school's own exchange file (a new PC, a lost database).
#include "CliContext.h"
#include "CommandTable.h"

#include "exchange/ExchangeReader.h"
#include "exchange/ExchangeServices.h"
#include "exchange/SchoolRestore.h"
#include "school/SchoolSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace sdx::cli {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::cli)
};

} // namespace

int runImport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Khôi phục một năm học từ tệp trao đổi (.sdx) của trường. Không có --yes: "
                                        "chỉ in những gì sẽ bị thay thế, không thay đổi gì."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("TỆP"), Text::tr("tệp .sdx"));
    parser.addOption({QStringLiteral("yes"), Text::tr("khôi phục thật (thay thế dữ liệu năm học)")});
    parser.addOption({QStringLiteral("by"), Text::tr("người khôi phục"), QStringLiteral("TÊN")});
    if (!parser.parse(QStringList{QStringLiteral("import")} + arguments))
        return context.fail(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return context.fail(Text::tr("Cần đúng một tệp .sdx."), ExitUsage);
    const QString path = parser.positionalArguments().constFirst();
    const Expected<ExchangeFile> file = ExchangeReader::readFile(path);
    if (!file)
        return context.fail(file.message());
    Expected<SchoolSession *> session = context.session();
    if (!session)
        return context.fail(session.message());
    Database &database = (*session)->database();
    const Expected<RestorePlan> plan = SchoolRestore::plan(database, file->document, ExchangeServices::assessments());
    if (!plan)
        return context.fail(plan.message());
    for (const QString &line : plan->describe())
        context.out() << line << "\n";
    if (!parser.isSet(QStringLiteral("yes"))) {
        context.out() << Text::tr("Chưa thay đổi gì. Chạy lại với --yes để khôi phục.") << Qt::endl;
        return ExitOk;
    }
    const Expected<qint64> restored =
        SchoolRestore::apply(database, file->document, ExchangeServices::assessments(),
                             parser.value(QStringLiteral("by")), QFileInfo(path).fileName());
    if (!restored)
        return context.fail(restored.message());
    if (Status reload = (*session)->reload(); !reload)
        return context.fail(reload.message());
    context.out() << Text::tr("Đã khôi phục năm học %1 (đã chốt lần %2).").arg(file->document.schoolYear).arg(file->document.revision)
                  << Qt::endl;
    return ExitOk;
}

} // namespace sdx::cli
