#pragma once

#include <xlsxwriter.h>

#include <QLibrary>
#include <QString>

namespace sdx {

/**
 * libxlsxwriter, loaded at run time rather than linked, for every XLSX SchoolDX writes.
 *
 * Why: on Debian it writes ZIPs with the system libminizip, while QuaZip (which reads XLSX, DOCX
 * and ODT) exports a modified minizip under the same symbol names (zipOpen3, zipClose…). Linked
 * into one process, the dynamic linker binds both to whichever comes first and the other crashes.
 * Loaded with DeepBindHint, libxlsxwriter resolves its symbols in its own dependencies first
 * (Linux); on Windows DLL imports are per DLL anyway. Only the functions used are resolved.
 */
class XlsxLibrary final
{
public:
    static const XlsxLibrary &instance();

    bool isLoaded() const { return m_loaded; }
    /// Why loading failed, for the user's message ("thiếu thư viện libxlsxwriter …").
    const QString &error() const { return m_error; }

    decltype(&::workbook_new) workbookNew = nullptr;
    decltype(&::workbook_add_worksheet) addWorksheet = nullptr;
    decltype(&::workbook_add_format) addFormat = nullptr;
    decltype(&::workbook_close) close = nullptr;
    decltype(&::format_set_bold) setBold = nullptr;
    decltype(&::format_set_text_wrap) setTextWrap = nullptr;
    decltype(&::format_set_bg_color) setBackground = nullptr;
    decltype(&::format_set_border) setBorder = nullptr;
    decltype(&::format_set_num_format) setNumberFormat = nullptr;
    decltype(&::worksheet_set_column) setColumn = nullptr;
    decltype(&::worksheet_write_string) writeString = nullptr;
    decltype(&::worksheet_write_number) writeNumber = nullptr;
    decltype(&::worksheet_freeze_panes) freezePanes = nullptr;
    decltype(&::worksheet_autofilter) autofilter = nullptr;
    decltype(&::lxw_strerror) errorText = nullptr;

private:
    XlsxLibrary();
    template<typename Function>
    bool resolve(Function &function, const char *name);

    QLibrary m_library;
    bool m_loaded = false;
    QString m_error;
};

} // namespace sdx
