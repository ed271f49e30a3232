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

QString tr(const char *text)
{
    return QCoreApplication::translate("sdx::cli", text);
}

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
    out << tr("Cơ sở dữ liệu: %1").arg(QDir::toNativeSeparators(session.databasePath())) << "\n"
        << tr("Phiên bản lược đồ: %1").arg(session.database().schemaVersion()) << "\n";
    if (session.hasSchool()) {
        const SchoolProfile &profile = session.profile();
        out << tr("Trường: %1").arg(profile.name)
            << (profile.code.isEmpty() ? QString() : tr(" (mã %1)").arg(profile.code)) << "\n"
            << tr("Cấp học: %1").arg(SchoolLevels::displayName(profile.level)) << "\n"
            << tr("Cơ quan chủ quản: %1").arg(profile.authority) << "\n";
    } else {
        out << tr("Trường: chưa khai báo") << "\n";
    }
    QStringList names;
    for (const SchoolYear &year : session.years())
        names << (year.id == session.currentYear().id ? tr("%1 (đang làm việc)").arg(year.name) : year.name);
    out << tr("Năm học: %1").arg(names.isEmpty() ? tr("chưa có") : names.join(QStringLiteral(", "))) << Qt::endl;
}

} // namespace

int runInfo(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("In thông tin cơ sở dữ liệu, trường và năm học."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), tr("in dạng JSON")});
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
