target_sources(sdx_gui PRIVATE
    shell/Application.h
    shell/Application.cpp
    shell/Language.h
    shell/Language.cpp
    shell/MainWindow.h
    shell/MainWindow.cpp
    shell/NewYearDialog.h
    shell/NewYearDialog.cpp
    ${SDX_SOURCE_DIR}/forms/mainwindow.ui
    ${SDX_SOURCE_DIR}/forms/newyeardialog.ui)
