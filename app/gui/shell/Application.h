#pragma once

class QApplication;

namespace sdx::gui {

/// Sets up identity and language, opens the database (--db PATH, $SCHOOLDX_DB or the default),
/// runs the first-run wizard when there is no school yet, then shows the main window.
int runApplication(QApplication &application);

} // namespace sdx::gui
