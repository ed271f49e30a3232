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
        {"render", QT_TRANSLATE_NOOP("sdx::cli", "In kế hoạch, báo cáo của năm học ra PDF, DOCX hoặc ODT"), &runRender},
        {"finalise", QT_TRANSLATE_NOOP("sdx::cli", "Chốt số liệu một năm học (khóa năm học)"), &runFinalise},
        {"reopen", QT_TRANSLATE_NOOP("sdx::cli", "Mở lại năm học đã chốt, ghi lý do (lần chốt tiếp theo)"), &runReopen},
        {"export", QT_TRANSLATE_NOOP("sdx::cli", "Xuất tệp trao đổi .sdx của năm học đã chốt để gửi cơ quan quản lý"), &runExport},
        {"import", QT_TRANSLATE_NOOP("sdx::cli", "Khôi phục năm học từ tệp .sdx của trường (--yes để thực hiện)"), &runImport},
        {"aggregate", QT_TRANSLATE_NOOP("sdx::cli", "Kiểm tra và tổng hợp tệp .sdx của nhiều trường ra .xlsx hoặc .json"), &runAggregate},
    };
    return table;
}

} // namespace sdx::cli
