#include "CliContext.h"
#include "CommandTable.h"

#include "inventory/InventoryExport.h"
#include "inventory/InventoryImporter.h"
#include "inventory/InventoryOverview.h"
#include "inventory/InventoryRepository.h"
#include "school/SchoolSession.h"
#include "school/YearRepository.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

namespace sdx::cli {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::cli)
};

const QString kKind = QStringLiteral("kind");
const QString kYear = QStringLiteral("year");
const QString kOutput = QStringLiteral("output");
const QString kConvert = QStringLiteral("convert-tcvn3");
const QString kDryRun = QStringLiteral("dry-run");

void addYearOption(QCommandLineParser &parser)
{
    parser.addOption({kYear, Text::tr("năm học, ví dụ 2022-2023 (mặc định: năm đang làm việc)"), Text::tr("NĂM")});
}

void addKindOption(QCommandLineParser &parser)
{
    parser.addOption({kKind, Text::tr("bảng: software (phần mềm), rooms (phòng) hoặc equipment (thiết bị)"), Text::tr("BẢNG")});
}

/// Parses the options after the sub-command; returns an exit code, or -1 to go on.
int parse(CliContext &context, QCommandLineParser &parser, const QString &subcommand, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("inventory ") + subcommand} + arguments))
        return context.fail(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return ExitOk;
    }
    return -1;
}

/// The --kind value, or nothing; false (and an error printed) when it is not a known table.
bool kindOption(CliContext &context, const QCommandLineParser &parser, std::optional<InventoryKind> *kind)
{
    if (!parser.isSet(kKind))
        return true;
    InventoryKind value;
    if (!InventoryKinds::fromCode(parser.value(kKind), &value)) {
        context.fail(Text::tr("--kind phải là software, rooms hoặc equipment (không phải “%1”).").arg(parser.value(kKind)), ExitUsage);
        return false;
    }
    *kind = value;
    return true;
}

Expected<SchoolYear> resolveYear(SchoolSession &session, const QCommandLineParser &parser)
{
    if (!parser.isSet(kYear)) {
        if (session.currentYear().id == 0)
            return Status::failure(Text::tr("Chưa có năm học nào: hãy tạo năm học trước (hoặc dùng --year)."));
        return session.currentYear();
    }
    QString canonical;
    if (!SchoolYear::parseName(parser.value(kYear), &canonical, nullptr))
        return Status::failure(Text::tr("Năm học “%1” không hợp lệ (ví dụ: 2022-2023).").arg(parser.value(kYear)));
    return YearRepository(session.database()).findByName(canonical);
}

int runInventoryImport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Nhập phần mềm, phòng hoặc thiết bị từ tệp .csv hoặc .xlsx. Mọi dòng được "
                                        "kiểm tra trước; chỉ một dòng lỗi là không nhập gì cả."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("tệp .csv hoặc .xlsx"));
    addKindOption(parser);
    addYearOption(parser);
    parser.addOption({kConvert, Text::tr("chuyển chữ gõ bằng bảng mã TCVN3 (ABC) sang Unicode")});
    parser.addOption({kDryRun, Text::tr("chỉ kiểm tra, không nhập")});
    if (const int code = parse(context, parser, QStringLiteral("import"), arguments); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.fail(Text::tr("Cần đúng một tệp để nhập (xem inventory import --help)."), ExitUsage);
    ImportOptions options;
    if (!kindOption(context, parser, &options.kind))
        return ExitUsage;
    options.convertTcvn3 = parser.isSet(kConvert);
    Expected<SchoolSession *> session = context.existingSession();
    if (!session)
        return context.fail(session.message());
    const Expected<SchoolYear> year = resolveYear(**session, parser);
    if (!year)
        return context.fail(year.message());
    InventoryImporter importer;
    const Expected<ImportPreview> preview = importer.read(parser.positionalArguments().constFirst(), options);
    if (!preview)
        return context.fail(preview.message());
    if (parser.isSet(kDryRun)) {
        const Expected<InventorySnapshot> existing = InventoryRepository((*session)->database()).load(year->id);
        if (!existing)
            return context.fail(existing.message());
        const ImportPlan plan = importer.plan(*preview, *existing);
        for (const QString &message : plan.messages())
            context.err() << message << "\n";
        if (plan.hasErrors())
            return context.fail(Text::tr("%1 lỗi; chưa nhập gì.").arg(plan.errorCount()));
        context.out() << Text::tr("Kiểm tra xong: %1 dòng thêm mới, %2 dòng cập nhật (chưa nhập).").arg(plan.inserts()).arg(plan.updates())
                      << Qt::endl;
        return ExitOk;
    }
    const Expected<ImportPlan> imported = importer.commit((*session)->database(), year->id, *preview);
    if (!imported)
        return context.fail(imported.message());
    for (const QString &message : imported->messages())
        context.err() << message << "\n";
    context.out() << Text::tr("Đã nhập vào năm học %1: %2 dòng thêm mới, %3 dòng cập nhật.")
                         .arg(year->name).arg(imported->inserts()).arg(imported->updates())
                  << Qt::endl;
    return ExitOk;
}

int runInventoryExport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Xuất phần mềm, phòng và thiết bị ra tệp .xlsx (mỗi bảng một trang) hoặc "
                                        ".csv (một bảng, UTF-8 có BOM để Excel hiển thị tiếng Việt)."));
    parser.addOption({{QStringLiteral("o"), kOutput}, Text::tr("tệp sẽ ghi (.xlsx hoặc .csv)"), Text::tr("TỆP")});
    addKindOption(parser);
    addYearOption(parser);
    if (const int code = parse(context, parser, QStringLiteral("export"), arguments); code >= 0)
        return code;
    if (!parser.isSet(kOutput) || !parser.positionalArguments().isEmpty())
        return context.fail(Text::tr("Cần -o TỆP (xem inventory export --help)."), ExitUsage);
    std::optional<InventoryKind> kind;
    if (!kindOption(context, parser, &kind))
        return ExitUsage;
    const QString output = parser.value(kOutput);
    if (output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) && !kind)
        return context.fail(Text::tr("Tệp CSV chỉ chứa được một bảng: hãy thêm --kind software, rooms hoặc equipment."), ExitUsage);
    Expected<SchoolSession *> session = context.existingSession();
    if (!session)
        return context.fail(session.message());
    const Expected<SchoolYear> year = resolveYear(**session, parser);
    if (!year)
        return context.fail(year.message());
    const Expected<InventorySnapshot> snapshot = InventoryRepository((*session)->database()).load(year->id);
    if (!snapshot)
        return context.fail(snapshot.message());
    if (const Status status = InventoryExport::write(output, kind, *snapshot); !status)
        return context.fail(status.message());
    context.out() << Text::tr("Đã xuất kiểm kê năm học %1 ra %2.").arg(year->name, QDir::toNativeSeparators(output)) << Qt::endl;
    return ExitOk;
}

int runInventoryFacts(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("In dạng JSON các số liệu của Bộ chỉ số suy ra từ kiểm kê, nguồn của từng số "
                                        "liệu và các tổng số."));
    addYearOption(parser);
    if (const int code = parse(context, parser, QStringLiteral("facts"), arguments); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(Text::tr("Tham số thừa: %1").arg(parser.positionalArguments().join(QLatin1Char(' '))), ExitUsage);
    Expected<SchoolSession *> session = context.existingSession();
    if (!session)
        return context.fail(session.message());
    const Expected<SchoolYear> year = resolveYear(**session, parser);
    if (!year)
        return context.fail(year.message());
    const Expected<InventoryOverview> overview = InventoryOverview::load((*session)->database(), year->id);
    if (!overview)
        return context.fail(overview.message());
    context.out() << QJsonDocument(overview->factsJson()).toJson(QJsonDocument::Indented);
    return ExitOk;
}

void printUsage(QTextStream &stream)
{
    stream << Text::tr("Cách dùng: schooldx-cli inventory import|export|facts [tùy chọn]") << "\n"
           << "  import FILE [--kind software|rooms|equipment] [--year NĂM] [--convert-tcvn3] [--dry-run]\n"
           << "  export -o FILE(.xlsx|.csv) [--kind software|rooms|equipment] [--year NĂM]\n"
           << "  facts [--year NĂM]\n";
}

} // namespace

int runInventory(CliContext &context, const QStringList &arguments)
{
    const QString subcommand = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (subcommand == QLatin1String("import"))
        return runInventoryImport(context, rest);
    if (subcommand == QLatin1String("export"))
        return runInventoryExport(context, rest);
    if (subcommand == QLatin1String("facts"))
        return runInventoryFacts(context, rest);
    if (subcommand == QLatin1String("--help") || subcommand == QLatin1String("-h")) {
        printUsage(context.out());
        return ExitOk;
    }
    printUsage(context.err());
    return context.fail(subcommand.isEmpty() ? Text::tr("Thiếu lệnh con của inventory.")
                                             : Text::tr("Lệnh con không rõ: %1").arg(subcommand),
                        ExitUsage);
}

} // namespace sdx::cli
