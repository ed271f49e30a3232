#include "CliContext.h"
#include "CommandTable.h"

#include "school/SchoolSession.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sdx::cli {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::cli)
};

QJsonObject infoJson(SchoolSession &session)
{
    QJsonArray years;
    for (const SchoolYear &year : session.years())
        years.append(QJsonObject{{QStringLiteral("name"), year.name},
                                 {QStringLiteral("index"), year.indexId},
                                 {QStringLiteral("current"), year.id == session.currentYear().id}});
    QJsonObject result{{QStringLiteral("database"), QDir::toNativeSeparators(session.databasePath())},
                       {QStringLiteral("schemaVersion"), session.database().schemaVersion()},
                       {QStringLiteral("latestSchemaVersion"), Migrations::latestVersion()},
                       {QStringLiteral("years"), years}};
    if (session.hasSchool()) {
        const SchoolProfile &profile = session.profile();
        result.insert(QStringLiteral("school"),
                      QJsonObject{{QStringLiteral("name"), profile.name},
                                  {QStringLiteral("code"), profile.code},
                                  {QStringLiteral("level"), SchoolLevels::code(profile.level)},
                                  {QStringLiteral("authority"), profile.authority}});
    }
    return result;
}

void printInfo(QTextStream &out, SchoolSession &session)
{
    out << Text::tr("Cơ sở dữ liệu: %1").arg(QDir::toNativeSeparators(session.databasePath())) << "\n"
        << Text::tr("Phiên bản lược đồ: %1").arg(session.database().schemaVersion()) << "\n";
    if (session.hasSchool()) {
        const SchoolProfile &profile = session.profile();
        out << Text::tr("Trường: %1").arg(profile.name)
            << (profile.code.isEmpty() ? QString() : Text::tr(" (mã %1)").arg(profile.code)) << "\n"
            << Text::tr("Cấp học: %1").arg(SchoolLevels::displayName(profile.level)) << "\n"
            << Text::tr("Cơ quan chủ quản: %1").arg(profile.authority) << "\n";
    } else {
        out << Text::tr("Trường: chưa khai báo") << "\n";
    }
    QStringList names;
    for (const SchoolYear &year : session.years())
        names << (year.id == session.currentYear().id ? Text::tr("%1 (đang làm việc)").arg(year.name) : year.name);
    out << Text::tr("Năm học: %1").arg(names.isEmpty() ? Text::tr("chưa có") : names.join(QStringLiteral(", "))) << Qt::endl;
}

} // namespace

int runInfo(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("In thông tin cơ sở dữ liệu, trường và năm học."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), Text::tr("in dạng JSON")});
    if (!parser.parse(QStringList{QStringLiteral("info")} + arguments))
        return context.fail(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return ExitOk;
    }
    Expected<SchoolSession *> session = context.existingSession();
    if (!session)
        return context.fail(session.message());
    if (parser.isSet(QStringLiteral("json")))
        context.out() << QJsonDocument(infoJson(**session)).toJson(QJsonDocument::Indented);
    else
        printInfo(context.out(), **session);
    return ExitOk;
}

} // namespace sdx::cli
