// SchoolDX: the thin entry point; the application's start-up lives in sdx_gui (shell/Application).
#include "shell/Application.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    return sdx::gui::runApplication(application);
}
