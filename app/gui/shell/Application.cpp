#include "Application.h"

#include "Language.h"
#include "MainWindow.h"
#include "common/AppPaths.h"
#include "samples/SampleSchool.h"
#include "school/FirstRunWizard.h"
#include "school/SchoolSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

namespace sdx::gui {
namespace {

QString databasePathFromArguments(QApplication &application)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("sdx::gui", "Hồ sơ chuyển đổi số trường học"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QApplication::translate("sdx::gui", "tệp cơ sở dữ liệu"),
                      QStringLiteral("PATH")});
    parser.process(application);
    return AppPaths::resolveDatabasePath(parser.value(QStringLiteral("db")));
}

} // namespace

int runApplication(QApplication &application)
{
    AppPaths::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("SchoolDX"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/schooldx.svg")));
    Language::install(application, Language::saved());

    const QString path = databasePathFromArguments(application);
    Expected<std::unique_ptr<SchoolSession>> session = SchoolSession::open(path);
    if (!session) {
        QMessageBox::critical(nullptr, QApplication::translate("sdx::gui", "Không mở được dữ liệu"), session.message());
        return 1;
    }
    if (!(*session)->hasSchool() || (*session)->years().isEmpty()) {
        FirstRunWizard wizard(session->get(), &SampleSchool::create);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
    }
    MainWindow window(session->get());
    window.show();
    return application.exec();
}

} // namespace sdx::gui
