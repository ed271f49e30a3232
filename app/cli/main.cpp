// schooldx-cli: global options, then one command from CommandTable.
#include "CliContext.h"
#include "CommandTable.h"

#include "common/AppPaths.h"
#include "common/Version.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <QCoreApplication>

namespace {

using namespace sdx::cli;

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::cli)
};

void printHelp(QTextStream &out)
{
    out << Text::tr("Cách dùng: schooldx-cli [--db ĐƯỜNG_DẪN] LỆNH [tùy chọn]") << "\n\n"
        << Text::tr("Tùy chọn chung:") << "\n"
        << "  --db PATH        " << Text::tr("tệp cơ sở dữ liệu (mặc định: biến SCHOOLDX_DB, rồi thư mục dữ liệu người dùng)")
        << "\n"
        << "  --lang vi|en     " << Text::tr("ngôn ngữ của thông báo (mặc định: vi)") << "\n"
        << "  -h, --help       " << Text::tr("in hướng dẫn này") << "\n"
        << "  -v, --version    " << Text::tr("in phiên bản") << "\n\n"
        << Text::tr("Lệnh:") << "\n";
    for (const Command &command : commands())
        out << "  " << QString::fromLatin1(command.name).leftJustified(16) << " " << Text::tr(command.summary) << "\n";
    out << "\n" << Text::tr("Mỗi lệnh có --help riêng. Mã thoát: 0 thành công, 1 lỗi dữ liệu, 2 sai cú pháp.") << "\n";
}

struct GlobalOptions
{
    QString databasePath;
    QString language = QStringLiteral("vi");
    bool help = false;
    bool version = false;
    QString command;
    QStringList commandArguments;
    QString error;
};

GlobalOptions parseGlobals(const QStringList &arguments)
{
    GlobalOptions options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!options.command.isEmpty()) {
            options.commandArguments.append(argument);
        } else if (argument == QLatin1String("--db") || argument == QLatin1String("--lang")) {
            if (i + 1 >= arguments.size()) {
                options.error = Text::tr("Thiếu giá trị sau %1").arg(argument);
                return options;
            }
            (argument == QLatin1String("--db") ? options.databasePath : options.language) = arguments.at(++i);
        } else if (argument.startsWith(QLatin1String("--db="))) {
            options.databasePath = argument.mid(5);
        } else if (argument.startsWith(QLatin1String("--lang="))) {
            options.language = argument.mid(7);
        } else if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            options.help = true;
        } else if (argument == QLatin1String("-v") || argument == QLatin1String("--version")) {
            options.version = true;
        } else if (argument.startsWith(QLatin1Char('-'))) {
            options.error = Text::tr("Tùy chọn không rõ: %1").arg(argument);
            return options;
        } else {
            options.command = argument;
        }
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    // Documents are laid out with real fonts, which needs a GUI application even without a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_LINUX
    // Run from cron or a bare shell there is no runtime folder; Qt would warn on every run.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/schooldx-runtime-") + qEnvironmentVariable("USER");
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    }
#endif
    QGuiApplication app(argc, argv);
    sdx::AppPaths::setApplicationIdentity();

    const GlobalOptions options = parseGlobals(QCoreApplication::arguments());
    QTranslator translator;
    if (options.language == QLatin1String("en")
        && translator.load(QStringLiteral(":/i18n/schooldx_en.qm")))
        QCoreApplication::installTranslator(&translator);

    CliContext context(sdx::AppPaths::resolveDatabasePath(options.databasePath));
    if (!options.error.isEmpty())
        return context.fail(options.error, ExitUsage);
    if (options.version) {
        context.out() << "schooldx-cli " << sdx::Version::text() << Qt::endl;
        return ExitOk;
    }
    if (options.help || options.command.isEmpty()) {
        printHelp(options.help ? context.out() : context.err());
        return options.help ? ExitOk : ExitUsage;
    }
    for (const Command &command : commands()) {
        if (options.command == QLatin1String(command.name))
            return command.run(context, options.commandArguments);
    }
    return context.fail(Text::tr("Lệnh không rõ: %1 (xem schooldx-cli --help)").arg(options.command), ExitUsage);
}
