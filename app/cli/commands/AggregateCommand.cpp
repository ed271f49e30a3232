// Receiving side: check and summarise many school files at once.
#include "CliContext.h"
#include "CommandTable.h"

#include "exchange/ExchangeServices.h"
#include "exchange/ReceivedSummary.h"
#include "exchange/ReceivingImport.h"
#include "exchange/ReceivingStore.h"
#include "exchange/SummaryJson.h"
#include "exchange/SummaryXlsx.h"
#include "common/SafeFile.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace sdx::cli {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::cli)
};

enum class Output { Xlsx, Json, Document, Unknown };

Output outputKind(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return Output::Xlsx;
    if (suffix == QLatin1String("json"))
        return Output::Json;
    if (suffix == QLatin1String("pdf") || suffix == QLatin1String("docx"))
        return Output::Document;
    return Output::Unknown;
}

Expected<QList<ReceivedSummary>> summarise(Database &database, const QString &year)
{
    const Expected<QList<ReceivedRecord>> records = ReceivingStore(database).records();
    if (!records)
        return records.status();
    QList<SummaryBuilder::Input> inputs;
    for (const ReceivedRecord &record : *records) {
        if (year.isEmpty() || record.document.schoolYear == year)
            inputs.append({record.id, record.document});
    }
    return SummaryBuilder::build(inputs, &ExchangeServices::scorer());
}

void printReport(CliContext &context, const ImportReport &report, const QList<ReceivedSummary> &summaries)
{
    for (const ImportReport::Entry &entry : report.rejected)
        context.err() << Text::tr("Từ chối: %1").arg(entry.message) << "\n";
    for (const ImportReport::Entry &entry : report.superseded)
        context.err() << entry.message << "\n";
    context.out() << Text::tr("Đã đọc %1 tệp: %2 được nhận, %3 bị từ chối, %4 bản cũ hoặc trùng lặp.")
                         .arg(report.total)
                         .arg(report.accepted.size())
                         .arg(report.rejected.size())
                         .arg(report.superseded.size())
                  << "\n";
    for (const ReceivedSummary &summary : summaries) {
        QStringList levels;
        for (const GroupLevelCount &count : summary.levelCounts)
            levels << Text::tr("nhóm %1: mức 1: %2, mức 2: %3, mức 3: %4")
                          .arg(count.groupId)
                          .arg(count.counts[1])
                          .arg(count.counts[2])
                          .arg(count.counts[3]);
        context.out() << Text::tr("Năm học %1 (%2 trường): %3.")
                             .arg(summary.schoolYear)
                             .arg(summary.schools.size())
                             .arg(levels.join(QStringLiteral("; ")))
                      << "\n";
    }
    context.out().flush();
    context.err().flush();
}

} // namespace

int runAggregate(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Kiểm tra và tổng hợp nhiều tệp trao đổi (.sdx) của các trường."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("TỆP_HOẶC_THƯ_MỤC"), Text::tr("các tệp .sdx hoặc thư mục chứa chúng"));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Text::tr("tệp kết quả: .xlsx hoặc .json"),
                      QStringLiteral("TỆP")});
    parser.addOption({QStringLiteral("year"), Text::tr("chỉ tổng hợp năm học này"), QStringLiteral("NĂM")});
    if (!parser.parse(QStringList{QStringLiteral("aggregate")} + arguments))
        return context.fail(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return ExitOk;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (parser.positionalArguments().isEmpty() || output.isEmpty())
        return context.fail(Text::tr("Cách dùng: aggregate TỆP_HOẶC_THƯ_MỤC... -o KẾT_QUẢ.(xlsx|json)"), ExitUsage);
    const Output kind = outputKind(output);
    if (kind == Output::Unknown)
        return context.fail(Text::tr("Tệp kết quả phải là .xlsx hoặc .json: %1").arg(output), ExitUsage);
    if (kind == Output::Document)
        return context.fail(Text::tr("Báo cáo tổng hợp dạng PDF/DOCX chưa có trong phiên bản này (cần bộ dựng văn bản); "
                               "hãy dùng .xlsx hoặc .json."));
    for (const QString &path : parser.positionalArguments()) {
        if (!QFileInfo::exists(path))
            return context.fail(Text::tr("Không tìm thấy %1").arg(QDir::toNativeSeparators(path)));
    }
    // A workspace of its own for this run: the command is stateless, the user's database untouched.
    QTemporaryDir scratch;
    Expected<std::unique_ptr<Database>> database = Database::open(scratch.filePath(QStringLiteral("nhan.sqlite")));
    if (!database)
        return context.fail(database.message());
    // Thrown away at the end: no disk syncs needed (they were half of the time for 1,000 files).
    if (Status fast = (*database)->exec(QStringLiteral("PRAGMA synchronous = OFF")); !fast)
        return context.fail(fast.message());
    const QStringList files = ReceivingImport::collectFiles(parser.positionalArguments());
    const Expected<ImportReport> report = ReceivingImport::run(**database, ExchangeServices::scorer(), files);
    if (!report)
        return context.fail(report.message());
    const Expected<QList<ReceivedSummary>> summaries = summarise(**database, parser.value(QStringLiteral("year")));
    if (!summaries)
        return context.fail(summaries.message());
    const Status written =
        kind == Output::Xlsx
            ? SummaryXlsx::write(output, *summaries, *report)
            : SafeFile::write(output, QJsonDocument(SummaryJson::toJson(*summaries, *report)).toJson(QJsonDocument::Indented));
    printReport(context, *report, *summaries);
    if (!written)
        return context.fail(written.message());
    context.out() << Text::tr("Đã ghi %1").arg(QDir::toNativeSeparators(output)) << Qt::endl;
    return report->accepted.isEmpty() ? ExitFailure : ExitOk;
}

} // namespace sdx::cli
