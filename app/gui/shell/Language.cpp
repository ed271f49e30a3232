#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace sdx::gui::Language {
namespace {

const QString kSettingKey = QStringLiteral("ui/language");

void installFrom(QCoreApplication &application, const QString &file, const QString &folder = {})
{
    auto *translator = new QTranslator(&application);
    if (translator->load(file, folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QString saved()
{
    const QString value = QSettings().value(kSettingKey, QString::fromLatin1(Vietnamese)).toString();
    return value == QLatin1String(English) ? value : QString::fromLatin1(Vietnamese);
}

void save(const QString &language)
{
    QSettings().setValue(kSettingKey, language);
}

void install(QCoreApplication &application, const QString &language)
{
    if (language == QLatin1String(English)) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        installFrom(application, QStringLiteral(":/i18n/schooldx_en.qm"));
        return;
    }
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    installFrom(application, QStringLiteral(":/i18n/qtbase_vi.qm"));
}

} // namespace sdx::gui::Language
