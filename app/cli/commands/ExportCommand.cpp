// School side: finalise, reopen and export a year as an exchange file (.sdx).
#include "CliContext.h"
#include "CommandTable.h"

#include "exchange/ExchangeBuilder.h"
#include "exchange/ExchangeServices.h"
#include "exchange/ExchangeWriter.h"
#include "exchange/YearLock.h"
#include "school/SchoolSession.h"
#include "school/YearRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

/// The year named by --year, or the current one.
Expected<SchoolYear> chosenYear(SchoolSession &session, const QString &name)
{
    if (name.isEmpty()) {
        if (session.currentYear().id == 0)
            return Status::failure(Text::tr("Chưa có năm học nào."));
        return session.currentYear();
    }
    return YearRepository(session.database()).findByName(name);
}

QString defaultActor(const QString &given, SchoolSession &session)
{
    if (!given.isEmpty())
        return given;
    return session.hasSchool() ? session.profile().principalName : QString();
}

bool parse(CliContext &context, QCommandLineParser &parser, const QString &command, const QStringList &arguments,
           int *exit)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList{command} + arguments)) {
        *exit = context.fail(parser.errorText(), ExitUsage);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        *exit = ExitOk;
        return false;
    }
    return true;
}

QString groupLine(const QJsonObject &score)
{
    QStringList parts;
    const QJsonArray groups = score.value(QLatin1String("groups")).toArray();
    for (const QJsonValue &value : groups) {
        const QJsonObject group = value.toObject();
        parts << Text::tr("nhóm %1: %2/%3 điểm, mức %4")
                     .arg(group.value(QLatin1String("id")).toString())
                     .arg(group.value(QLatin1String("points")).toDouble())
                     .arg(group.value(QLatin1String("max")).toDouble())
                     .arg(group.value(QLatin1String("level")).toInt());
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

int runFinalise(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Chốt số liệu một năm học: năm học bị khóa cho đến khi mở lại."));
    parser.addOption({QStringLiteral("year"), Text::tr("năm học (mặc định: năm đang làm việc)"), QStringLiteral("NĂM")});
    parser.addOption({QStringLiteral("by"), Text::tr("người chốt (mặc định: hiệu trưởng)"), QStringLiteral("TÊN")});
    int exit = 0;
    if (!parse(context, parser, QStringLiteral("finalise"), arguments, &exit))
        return exit;
    Expected<SchoolSession *> session = context.existingSession();
    if (!session)
        return context.fail(session.message());
    const Expected<SchoolYear> year = chosenYear(**session, parser.value(QStringLiteral("year")));
    if (!year)
        return context.fail(year.message());
    const Expected<YearState> state =
        YearLock((*session)->database()).finalise(year->id, defaultActor(parser.value(QStringLiteral("by")), **session));
    if (!state)
        return context.fail(state.message());
    context.out() << Text::tr("Đã chốt số liệu năm học %1 (lần %2).").arg(year->name).arg(state->revision) << Qt::endl;
    return ExitOk;
}

int runReopen(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Mở lại một năm học đã chốt số liệu (bắt đầu lần chốt tiếp theo)."));
    parser.addOption({QStringLiteral("year"), Text::tr("năm học (mặc định: năm đang làm việc)"), QStringLiteral("NĂM")});
    parser.addOption({QStringLiteral("reason"), Text::tr("lý do mở lại (bắt buộc)"), QStringLiteral("LÝ_DO")});
    parser.addOption({QStringLiteral("by"), Text::tr("người mở lại"), QStringLiteral("TÊN")});
    int exit = 0;
    if (!parse(context, parser, QStringLiteral("reopen"), arguments, &exit))
        return exit;
    if (parser.value(QStringLiteral("reason")).trimmed().isEmpty())
        return context.fail(Text::tr("Cần --reason \"lý do mở lại\"."), ExitUsage);
    Expected<SchoolSession *> session = context.existingSession();
    if (!session)
        return context.fail(session.message());
    const Expected<SchoolYear> year = chosenYear(**session, parser.value(QStringLiteral("year")));
    if (!year)
        return context.fail(year.message());
    const Expected<YearState> state = YearLock((*session)->database())
                                          .reopen(year->id, defaultActor(parser.value(QStringLiteral("by")), **session),
                                                  parser.value(QStringLiteral("reason")));
    if (!state)
        return context.fail(state.message());
    context.out() << Text::tr("Đã mở lại năm học %1: đang soạn lần %2.").arg(year->name).arg(state->revision) << Qt::endl;
    return ExitOk;
}

int runExport(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Xuất tệp trao đổi (.sdx) của một năm học đã chốt số liệu, để gửi cơ quan quản lý."));
    parser.addOption({QStringLiteral("year"), Text::tr("năm học (mặc định: năm đang làm việc)"), QStringLiteral("NĂM")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      Text::tr("tệp .sdx cần ghi, hoặc một thư mục (tên tệp được đặt tự động)"), QStringLiteral("TỆP")});
    parser.addOption({QStringLiteral("plain"), Text::tr("không nén (JSON đọc được bằng mắt)")});
    parser.addOption({QStringLiteral("json"), Text::tr("in kết quả dạng JSON")});
    int exit = 0;
    if (!parse(context, parser, QStringLiteral("export"), arguments, &exit))
        return exit;
    if (!parser.isSet(QStringLiteral("output")))
        return context.fail(Text::tr("Cần -o TỆP (tệp .sdx hoặc thư mục)."), ExitUsage);
    Expected<SchoolSession *> session = context.existingSession();
    if (!session)
        return context.fail(session.message());
    const Expected<SchoolYear> year = chosenYear(**session, parser.value(QStringLiteral("year")));
    if (!year)
        return context.fail(year.message());
    Expected<ExchangeDocument> document = ExchangeBuilder::build((*session)->database(), year->id,
                                                                 ExchangeServices::assessments(), ExchangeServices::scorer());
    if (!document)
        return context.fail(document.message());
    QString path = parser.value(QStringLiteral("output"));
    if (QFileInfo(path).isDir())
        path = QDir(path).filePath(ExchangeWriter::suggestFileName(document->school.code, document->school.name,
                                                                   document->schoolYear, document->revision));
    const Expected<ExchangeDocument> written = ExchangeWriter::writeFile(
        *document, path,
        parser.isSet(QStringLiteral("plain")) ? ExchangeWriter::Compression::None : ExchangeWriter::Compression::Gzip);
    if (!written)
        return context.fail(written.message());
    if (parser.isSet(QStringLiteral("json"))) {
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(path)},
                                                   {QStringLiteral("schoolYear"), written->schoolYear},
                                                   {QStringLiteral("revision"), written->revision},
                                                   {QStringLiteral("checksum"), written->checksum},
                                                   {QStringLiteral("score"), written->score}})
                             .toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    context.out() << Text::tr("Đã xuất và kiểm tra lại tệp %1").arg(QDir::toNativeSeparators(path)) << "\n"
                  << Text::tr("Năm học %1, lần chốt %2; %3.").arg(written->schoolYear).arg(written->revision).arg(groupLine(written->score))
                  << "\n"
                  << Text::tr("Mã kiểm tra (SHA-256): %1").arg(written->checksum) << Qt::endl;
    return ExitOk;
}

} // namespace sdx::cli
