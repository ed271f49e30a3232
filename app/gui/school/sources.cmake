target_sources(sdx_gui PRIVATE
    school/SchoolProfileModel.h
    school/SchoolProfileModel.cpp
    school/StaffTableModel.h
    school/StaffTableModel.cpp
    school/SchoolProfileForm.h
    school/SchoolProfileForm.cpp
    school/SchoolProfilePage.h
    school/SchoolProfilePage.cpp
    school/FirstRunWizardPages.h
    school/FirstRunWizardPages.cpp
    school/FirstRunWizard.h
    school/FirstRunWizard.cpp
    ${SDX_SOURCE_DIR}/forms/schoolprofileform.ui
    ${SDX_SOURCE_DIR}/forms/schoolprofilepage.ui
    ${SDX_SOURCE_DIR}/forms/wizardwelcomepage.ui
    ${SDX_SOURCE_DIR}/forms/wizardyearpage.ui)
