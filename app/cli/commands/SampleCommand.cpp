#include "CliContext.h"
#include "CommandTable.h"

#include "samples/SampleSchool.h"
#include "school/SchoolSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace sdx::cli {

int runSample(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "sdx::cli", "Tạo trường mẫu (Trường Tiểu học Chu Văn An, năm học 2022 - 2023) trong một cơ sở dữ liệu mới."));
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("sample")} + arguments))
        return context.fail(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return ExitOk;
    }
    Expected<SchoolSession *> session = context.session();
    if (!session)
        return context.fail(session.message());
    if (Status status = SampleSchool::create(**session); !status)
        return context.fail(status.message());
    context.out() << QCoreApplication::translate("sdx::cli", "Đã tạo trường mẫu trong %1")
                         .arg(QDir::toNativeSeparators(context.databasePath()))
                  << Qt::endl;
    return ExitOk;
}

} // namespace sdx::cli
