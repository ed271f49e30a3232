#pragma once

#include <QString>

class QCoreApplication;

namespace sdx::gui {

/// The interface language: Vietnamese by default, English on request; the choice persists.
namespace Language {

inline constexpr const char *Vietnamese = "vi";
inline constexpr const char *English = "en";

QString saved();
void save(const QString &language);
/// Installs SchoolDX's and Qt's own translations for `language` (Qt's Vietnamese is our qtbase_vi).
void install(QCoreApplication &application, const QString &language);

} // namespace Language
} // namespace sdx::gui
