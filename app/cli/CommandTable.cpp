#include "CommandTable.h"

#include <QCoreApplication>

namespace sdx::cli {

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {"info", QT_TRANSLATE_NOOP("sdx::cli", "Đường dẫn cơ sở dữ liệu, phiên bản lược đồ, trường và các năm học"),
         &runInfo},
        {"sample", QT_TRANSLATE_NOOP("sdx::cli", "Tạo trường mẫu Chu Văn An (năm học 2022 - 2023) trong cơ sở dữ liệu mới"),
         &runSample},
        {"score", QT_TRANSLATE_NOOP("sdx::cli", "Tính điểm theo bộ chỉ số từ tệp dữ kiện hoặc năm học, in JSON"), &runScore},
        {"inventory", QT_TRANSLATE_NOOP("sdx::cli", "Kiểm kê: nhập, xuất tệp và in số liệu suy ra cho Bộ chỉ số"), &runInventory},
    };
    return table;
}

} // namespace sdx::cli
