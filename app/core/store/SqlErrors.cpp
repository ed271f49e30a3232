#include "SqlErrors.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sdx::SqlErrors {
namespace {

/// The sentences our schema's RAISE(ABORT, …) use, as written in resources/schema/.
struct RuleMessage
{
    const char *schemaText;
    const char *userText;
};

const RuleMessage kRuleMessages[] = {
    {"Năm học đã chốt số liệu", QT_TRANSLATE_NOOP("sdx::Database", "Năm học đã chốt số liệu: hãy mở lại năm học "
                                                                  "(ghi lý do) ở mục Gửi/Nhận trước khi sửa.")},
};

} // namespace

QString userMessage(const QSqlError &error)
{
    const QString databaseText = error.databaseText();
    for (const RuleMessage &rule : kRuleMessages) {
        if (databaseText.startsWith(QString::fromUtf8(rule.schemaText)))
            return QCoreApplication::translate("sdx::Database", rule.userText);
    }
    return QCoreApplication::translate("sdx::Database", "Lỗi cơ sở dữ liệu: %1").arg(error.text());
}

} // namespace sdx::SqlErrors
