// Prints an official document of a year (Kế hoạch, Báo cáo, the inventory annex) to PDF, DOCX or ODT, from the store or
// from an exchange file.
#include "CliContext.h"
#include "CommandTable.h"

#include "documents/DocumentExport.h"
#include "documents/DocumentFactory.h"
#include "documents/DocumentInputAssembler.h"
#include "documents/InventoryAnnexBuilder.h"
#include "exchange/ExchangeReader.h"
#include "school/SchoolSession.h"
#include "school/YearRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <optional>

namespace sdx::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::cli)
};

/// The names the command accepts for each document: short English words and the stable codes.
std::optional<DocumentKind> kindFromName(const QString &name)
{
    const QString key = name.trimmed().toLower();
    static const QList<std::pair<QString, DocumentKind>> names = {
        {QStringLiteral("plan"), DocumentKind::Plan},
        {QStringLiteral("self-assessment"), DocumentKind::SelfAssessmentReport},
        {QStringLiteral("midterm"), DocumentKind::SemesterReport},
        {QStringLiteral("annual"), DocumentKind::YearReport},
        {QStringLiteral("inventory-annex"), DocumentKind::InventoryAnnex},
    };
    for (const auto &[text, kind] : names) {
        if (key == text)
            return kind;
    }
    // Only the school's own documents: the authority's summary report is printed by `aggregate`.
    for (DocumentKind kind : DocumentKinds::all() + QList<DocumentKind>{DocumentKind::InventoryAnnex}) {
        if (key == DocumentKinds::code(kind))
            return kind;
    }
    return std::nullopt;
}

struct RenderRequest
{
    DocumentKind kind = DocumentKind::Plan;
    ExportFormat format = ExportFormat::Pdf;
    QString output;
    QString exchangeFile;
    QString yearName;
};

/// Checks the options; a message for the user when something is wrong (a usage error).
QString readRequest(const QCommandLineParser &parser, RenderRequest *request)
{
    if (!parser.positionalArguments().isEmpty())
        return Text::tr("Đối số thừa: %1 (xem render --help).").arg(parser.positionalArguments().join(QLatin1Char(' ')));
    if (!parser.isSet(QStringLiteral("doc")))
        return Text::tr("Thiếu --doc plan|self-assessment|midterm|annual|inventory-annex.");
    const std::optional<DocumentKind> kind = kindFromName(parser.value(QStringLiteral("doc")));
    if (!kind)
        return Text::tr("Không có văn bản \"%1\": dùng plan (kế hoạch), self-assessment (báo cáo tự đánh giá), "
                        "midterm (báo cáo sơ kết học kỳ I), annual (báo cáo tổng kết năm học) hoặc inventory-annex "
                        "(phụ lục kiểm kê phòng và thiết bị CNTT).")
            .arg(parser.value(QStringLiteral("doc")));
    request->kind = *kind;
    request->output = parser.value(QStringLiteral("output"));
    if (request->output.isEmpty())
        return Text::tr("Thiếu -o TỆP_KẾT_QUẢ.");
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                  : QFileInfo(request->output).suffix();
    if (!DocumentExport::formatFromExtension(format.toLower(), &request->format))
        return parser.isSet(QStringLiteral("format"))
                   ? Text::tr("Không hỗ trợ định dạng \"%1\": dùng pdf, docx hoặc odt.").arg(format)
                   : Text::tr("Không đoán được định dạng từ tên tệp %1: thêm --format pdf|docx|odt.").arg(request->output);
    request->exchangeFile = parser.value(QStringLiteral("input"));
    request->yearName = parser.value(QStringLiteral("year"));
    if (!request->exchangeFile.isEmpty() && !request->yearName.isEmpty())
        return Text::tr("Dùng một nguồn: -i TỆP.sdx (năm học của tệp) hoặc --year với cơ sở dữ liệu.");
    // The exchange file holds the inventory's totals only, not its rooms.
    if (!request->exchangeFile.isEmpty() && request->kind == DocumentKind::InventoryAnnex)
        return Text::tr("Phụ lục kiểm kê được lập từ cơ sở dữ liệu (danh mục phòng không có trong tệp .sdx): bỏ -i.");
    return {};
}

Expected<DocumentInput> inputFromExchange(const QString &path)
{
    const Expected<ExchangeFile> file = ExchangeReader::readFile(path);
    if (!file)
        return file.status();
    return DocumentInputAssembler::fromExchange(file->document);
}

/// The year the request names (--year) or the session's current one.
Expected<qint64> yearOf(SchoolSession &session, const RenderRequest &request)
{
    if (!session.hasSchool())
        return Status::failure(Text::tr("Cơ sở dữ liệu chưa có thông tin trường: chưa lập được văn bản."));
    qint64 yearId = session.currentYear().id;
    if (!request.yearName.isEmpty()) {
        const Expected<SchoolYear> year = YearRepository(session.database()).findByName(request.yearName);
        if (!year)
            return year.status();
        yearId = year->id;
    }
    if (yearId <= 0)
        return Status::failure(Text::tr("Cơ sở dữ liệu chưa có năm học nào (dùng --year NĂM_HỌC)."));
    return yearId;
}

Expected<DocumentInput> inputFromStore(CliContext &context, const RenderRequest &request)
{
    const Expected<SchoolSession *> session = context.existingSession();
    if (!session)
        return session.status();
    const Expected<qint64> yearId = yearOf(**session, request);
    if (!yearId)
        return yearId.status();
    return DocumentInputAssembler::forDocument((*session)->database(), *yearId, request.kind);
}

Expected<doc::Document> annexFromStore(CliContext &context, const RenderRequest &request)
{
    const Expected<SchoolSession *> session = context.existingSession();
    if (!session)
        return session.status();
    const Expected<qint64> yearId = yearOf(**session, request);
    if (!yearId)
        return yearId.status();
    const Expected<InventoryAnnexInput> input = InventoryAnnexAssembler::fromStore((*session)->database(), *yearId);
    if (!input)
        return input.status();
    return InventoryAnnexBuilder(*input).build();
}

/// The document the request asks for, from the store or from an exchange file.
Expected<doc::Document> documentOf(CliContext &context, const RenderRequest &request)
{
    if (request.kind == DocumentKind::InventoryAnnex)
        return annexFromStore(context, request);
    const Expected<DocumentInput> input = request.exchangeFile.isEmpty() ? inputFromStore(context, request)
                                                                         : inputFromExchange(request.exchangeFile);
    if (!input)
        return input.status();
    return DocumentFactory::build(request.kind, *input);
}

} // namespace

int runRender(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("In một văn bản của năm học (kế hoạch, báo cáo) ra PDF, Word (DOCX) "
                                              "hoặc ODT, từ cơ sở dữ liệu hoặc từ một tệp trao đổi .sdx."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("doc"), Text::tr("văn bản: plan, self-assessment, midterm, annual, inventory-annex"),
                      QStringLiteral("VĂN_BẢN")});
    parser.addOption({QStringLiteral("format"), Text::tr("định dạng: pdf, docx, odt (mặc định: theo đuôi tên tệp)"),
                      QStringLiteral("ĐỊNH_DẠNG")});
    parser.addOption({QStringLiteral("year"), Text::tr("năm học trong cơ sở dữ liệu (mặc định: năm đang làm việc)"),
                      QStringLiteral("NĂM_HỌC")});
    parser.addOption({{QStringLiteral("i"), QStringLiteral("input")},
                      Text::tr("lập văn bản từ tệp trao đổi .sdx thay cho cơ sở dữ liệu"), QStringLiteral("TỆP.sdx")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Text::tr("tệp kết quả"), QStringLiteral("TỆP")});
    if (!parser.parse(QStringList{QStringLiteral("render")} + arguments))
        return context.fail(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return ExitOk;
    }
    RenderRequest request;
    if (const QString problem = readRequest(parser, &request); !problem.isEmpty())
        return context.fail(problem, ExitUsage);
    const Expected<doc::Document> document = documentOf(context, request);
    if (!document)
        return context.fail(document.message());
    DocumentExport::Report report;
    const Status saved = DocumentExport::save(*document, request.format, request.output, &report);
    if (!saved)
        return context.fail(saved.message());
    const QString path = QDir::toNativeSeparators(QFileInfo(request.output).absoluteFilePath());
    if (request.format == ExportFormat::Pdf)
        context.out() << Text::tr("Đã lưu %1 (%2, %3 trang, %4 byte).")
                             .arg(path, DocumentExport::formatName(request.format))
                             .arg(report.pageCount)
                             .arg(report.bytes)
                      << Qt::endl;
    else
        context.out() << Text::tr("Đã lưu %1 (%2, %3 byte).").arg(path, DocumentExport::formatName(request.format)).arg(report.bytes)
                      << Qt::endl;
    return ExitOk;
}

} // namespace sdx::cli
