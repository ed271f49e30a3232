#include "CommandTable.h"

#include <QCoreApplication>

namespace sdx::cli {

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {"info", QT_TRANSLATE_NOOP("sdx::cli", "Đường dẫn cơ sở dữ liệu, phiên bản lược đồ, trường và các năm học"),
         &runInfo},
        {"score", QT_TRANSLATE_NOOP("sdx::cli", "Tính điểm theo bộ chỉ số từ tệp dữ kiện hoặc năm học, in JSON"), &runScore},
    };
    return table;
}

} // namespace sdx::cli
