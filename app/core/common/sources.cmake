# libxlsxwriter is NOT linked: its ZIP code (system libminizip) and QuaZip's bundled minizip export
# the same symbols with different ABIs, so one process cannot link both. common/XlsxLibrary loads it
# at run time with QLibrary::DeepBindHint; only its headers are used at build time.
find_package(PkgConfig REQUIRED)
pkg_check_modules(XLSXWRITER REQUIRED xlsxwriter)
target_include_directories(sdx_core PRIVATE ${XLSXWRITER_INCLUDE_DIRS})
# The soname major of libxlsxwriter 1.x is 4 on Debian 12 (libxlsxwriter.so.4).
set(SDX_XLSXWRITER_SOVERSION 4 CACHE STRING "Major version in the file name of the libxlsxwriter shared library")
target_compile_definitions(sdx_core PRIVATE SDX_XLSXWRITER_SOVERSION=${SDX_XLSXWRITER_SOVERSION})

target_sources(sdx_core PRIVATE
    common/Status.h
    common/Status.cpp
    common/SafeFile.h
    common/SafeFile.cpp
    common/AppPaths.h
    common/AppPaths.cpp
    common/Version.h
    common/Version.cpp
    common/DerivedFact.h
    common/XlsxLibrary.h
    common/XlsxLibrary.cpp)
