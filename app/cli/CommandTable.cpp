#include "CommandTable.h"

#include <QCoreApplication>

namespace sdx::cli {

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {"info", QT_TRANSLATE_NOOP("sdx::cli", "Đường dẫn cơ sở dữ liệu, phiên bản lược đồ, trường và các năm học"),
         &runInfo},
        {"inventory", QT_TRANSLATE_NOOP("sdx::cli", "Kiểm kê: nhập, xuất tệp và in số liệu suy ra cho Bộ chỉ số"), &runInventory},
    };
    return table;
}

} // namespace sdx::cli
