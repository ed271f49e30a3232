#include "XlsxLibrary.h"

namespace sdx {

const XlsxLibrary &XlsxLibrary::instance()
{
    static const XlsxLibrary library;
    return library;
}

XlsxLibrary::XlsxLibrary()
{
    m_library.setFileNameAndVersion(QStringLiteral("xlsxwriter"), SDX_XLSXWRITER_SOVERSION);
    m_library.setLoadHints(QLibrary::DeepBindHint);
    if (!m_library.load()) {
        m_error = m_library.errorString();
        return;
    }
    m_loaded = resolve(workbookNew, "workbook_new") && resolve(addWorksheet, "workbook_add_worksheet")
               && resolve(addFormat, "workbook_add_format") && resolve(close, "workbook_close")
               && resolve(setBold, "format_set_bold") && resolve(setTextWrap, "format_set_text_wrap")
               && resolve(setBackground, "format_set_bg_color") && resolve(setBorder, "format_set_border")
               && resolve(setNumberFormat, "format_set_num_format") && resolve(setColumn, "worksheet_set_column")
               && resolve(writeString, "worksheet_write_string") && resolve(writeNumber, "worksheet_write_number")
               && resolve(freezePanes, "worksheet_freeze_panes") && resolve(autofilter, "worksheet_autofilter")
               && resolve(errorText, "lxw_strerror");
}

template<typename Function>
bool XlsxLibrary::resolve(Function &function, const char *name)
{
    function = reinterpret_cast<Function>(m_library.resolve(name));
    if (!function)
        m_error = QString::fromLatin1(name);
    return function != nullptr;
}

} // namespace sdx
