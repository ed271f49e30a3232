// Receiving side: check and summarise many school files at once.
#include "CliContext.h"
#include "CommandTable.h"

#include "documents/AuthoritySummaryReportBuilder.h"
#include "documents/DocumentExport.h"
#include "exchange/AuthorityProfile.h"
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
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace sdx::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sdx::cli", text);
}

enum class Output { Xlsx, Json, Document, Unknown };

Output outputKind(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return Output::Xlsx;
    if (suffix == QLatin1String("json"))
        return Output::Json;
    ExportFormat format;
    if (DocumentExport::formatFromExtension(suffix, &format))
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

/// What the official report needs beside the summary: the authority, a number and a date.
struct ReportOptions
{
    AuthorityProfile authority;
    int number = 0;
    QDate date;
};

/// Reads --authority, --number and --date; a usage problem gives exit 2, an unreadable file exit 1.
int readReportOptions(CliContext &context, const QCommandLineParser &parser, ReportOptions *options)
{
    const QString authorityPath = parser.value(QStringLiteral("authority"));
    if (authorityPath.isEmpty())
        return context.fail(tr("Báo cáo tổng hợp cần hồ sơ cơ quan tổng hợp: --authority TỆP.json (xem docs/cli.md)."),
                            ExitUsage);
    const Expected<AuthorityProfile> authority = AuthorityProfile::readFile(authorityPath);
    if (!authority)
        return context.fail(authority.message());
    options->authority = *authority;
    if (parser.isSet(QStringLiteral("number"))) {
        bool ok = false;
        options->number = parser.value(QStringLiteral("number")).toInt(&ok);
        if (!ok || options->number < 0 || options->number > 99999)
            return context.fail(tr("Số văn bản phải là số nguyên từ 0 đến 99999: %1").arg(parser.value(QStringLiteral("number"))),
                                ExitUsage);
    }
    if (parser.isSet(QStringLiteral("date"))) {
        options->date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!options->date.isValid())
            return context.fail(tr("Ngày ban hành phải có dạng NĂM-THÁNG-NGÀY (2025-05-20): %1")
                                    .arg(parser.value(QStringLiteral("date"))),
                                ExitUsage);
    }
    return ExitOk;
}

/// The official report of the one school year found (or chosen with --year).
int writeReport(CliContext &context, const QString &output, const ReportOptions &options,
                const QList<ReceivedSummary> &summaries, const ImportReport &report)
{
    if (summaries.isEmpty())
        return context.fail(tr("Không có trường nào để tổng hợp: không ghi báo cáo."));
    if (summaries.size() > 1) {
        QStringList cohorts;
        for (const ReceivedSummary &summary : summaries)
            cohorts << tr("%1 (%2 v%3)").arg(summary.schoolYear, summary.indexId).arg(summary.indexVersion);
        return context.fail(tr("Các tệp thuộc nhiều năm học hoặc phiên bản bộ chỉ số: %1. Một báo cáo chỉ cho một năm "
                               "học: hãy chọn bằng --year.")
                                .arg(cohorts.join(QStringLiteral(", "))),
                            ExitUsage);
    }
    AuthoritySummaryReportInput input;
    input.authority = options.authority;
    input.number = options.number;
    input.date = options.date;
    input.summary = summaries.first();
    input.filesRead = report.total;
    input.filesRejected = int(report.rejected.size());
    input.filesSuperseded = int(report.superseded.size());
    ExportFormat format = ExportFormat::Pdf;
    DocumentExport::formatFromExtension(QFileInfo(output).suffix().toLower(), &format);
    DocumentExport::Report written;
    if (Status status = DocumentExport::save(AuthoritySummaryReportBuilder(input).build(), format, output, &written); !status)
        return context.fail(status.message());
    if (format == ExportFormat::Pdf)
        context.out() << tr("Đã ghi %1 (%2 trang)").arg(QDir::toNativeSeparators(output)).arg(written.pageCount) << Qt::endl;
    else
        context.out() << tr("Đã ghi %1").arg(QDir::toNativeSeparators(output)) << Qt::endl;
    return ExitOk;
}

void printReport(CliContext &context, const ImportReport &report, const QList<ReceivedSummary> &summaries)
{
    for (const ImportReport::Entry &entry : report.rejected)
        context.err() << tr("Từ chối: %1").arg(entry.message) << "\n";
    for (const ImportReport::Entry &entry : report.superseded)
        context.err() << entry.message << "\n";
    context.out() << tr("Đã đọc %1 tệp: %2 được nhận, %3 bị từ chối, %4 bản cũ hoặc trùng lặp.")
                         .arg(report.total)
                         .arg(report.accepted.size())
                         .arg(report.rejected.size())
                         .arg(report.superseded.size())
                  << "\n";
    for (const ReceivedSummary &summary : summaries) {
        QStringList levels;
        for (const GroupLevelCount &count : summary.levelCounts)
            levels << tr("nhóm %1: mức 1: %2, mức 2: %3, mức 3: %4")
                          .arg(count.groupId)
                          .arg(count.counts[1])
                          .arg(count.counts[2])
                          .arg(count.counts[3]);
        context.out() << tr("Năm học %1 (%2 trường): %3.")
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
    parser.setApplicationDescription(tr("Kiểm tra và tổng hợp nhiều tệp trao đổi (.sdx) của các trường."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("TỆP_HOẶC_THƯ_MỤC"), tr("các tệp .sdx hoặc thư mục chứa chúng"));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("tệp kết quả: .xlsx, .json, hoặc báo cáo tổng hợp .pdf, .docx, .odt"), QStringLiteral("TỆP")});
    parser.addOption({QStringLiteral("authority"), tr("hồ sơ cơ quan tổng hợp (JSON), cần cho báo cáo .pdf/.docx/.odt"),
                      QStringLiteral("TỆP")});
    parser.addOption({QStringLiteral("number"), tr("số của báo cáo (0: để trống cho văn thư ghi)"), QStringLiteral("SỐ")});
    parser.addOption({QStringLiteral("date"), tr("ngày ban hành NĂM-THÁNG-NGÀY (mặc định: để trống)"), QStringLiteral("NGÀY")});
    parser.addOption({QStringLiteral("year"), tr("chỉ tổng hợp năm học này"), QStringLiteral("NĂM")});
    if (!parser.parse(QStringList{QStringLiteral("aggregate")} + arguments))
        return context.fail(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return ExitOk;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (parser.positionalArguments().isEmpty() || output.isEmpty())
        return context.fail(tr("Cách dùng: aggregate TỆP_HOẶC_THƯ_MỤC... -o KẾT_QUẢ.(xlsx|json|pdf|docx|odt)"), ExitUsage);
    const Output kind = outputKind(output);
    if (kind == Output::Unknown)
        return context.fail(tr("Tệp kết quả phải là .xlsx, .json, .pdf, .docx hoặc .odt: %1").arg(output), ExitUsage);
    ReportOptions reportOptions;
    if (kind == Output::Document) {
        if (const int code = readReportOptions(context, parser, &reportOptions); code != ExitOk)
            return code;
    }
    for (const QString &path : parser.positionalArguments()) {
        if (!QFileInfo::exists(path))
            return context.fail(tr("Không tìm thấy %1").arg(QDir::toNativeSeparators(path)));
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
    if (kind == Output::Document) {
        printReport(context, *report, *summaries);
        if (report->accepted.isEmpty())
            return context.fail(tr("Không có tệp nào được nhận: không ghi báo cáo."));
        return writeReport(context, output, reportOptions, *summaries, *report);
    }
    const Status written =
        kind == Output::Xlsx
            ? SummaryXlsx::write(output, *summaries, *report)
            : SafeFile::write(output, QJsonDocument(SummaryJson::toJson(*summaries, *report)).toJson(QJsonDocument::Indented));
    printReport(context, *report, *summaries);
    if (!written)
        return context.fail(written.message());
    context.out() << tr("Đã ghi %1").arg(QDir::toNativeSeparators(output)) << Qt::endl;
    return report->accepted.isEmpty() ? ExitFailure : ExitOk;
}

} // namespace sdx::cli
