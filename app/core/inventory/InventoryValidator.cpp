#include "InventoryValidator.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QUrl>

namespace sdx::InventoryValidator {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::InventoryValidator)
};

constexpr int kMaxSoftwareQuantity = 1000;
constexpr double kMaxSpeedMbps = 100000;
constexpr int kMaxNameLength = 300;

bool isEmail(const QString &token)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    return pattern.match(token).hasMatch();
}

bool isDomain(const QString &token)
{
    // "hoclieu.vn", "truong.edu.vn/tin-tuc": labels of letters/digits/hyphens, a letter TLD.
    static const QRegularExpression pattern(
        QStringLiteral("^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}(?::\\d+)?(?:[/?#]\\S*)?$"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern.match(token).hasMatch();
}

bool isWebAddress(const QString &token)
{
    const QUrl url(token, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    return isDomain(url.host());
}

bool isLinkToken(const QString &token)
{
    if (token.contains(QStringLiteral("://")))
        return isWebAddress(token);
    return isEmail(token) || isDomain(token);
}

void checkFeatures(const SoftwareRow &row, const SoftwareRole *role, const InventoryCatalog &catalog,
                   QStringList *problems)
{
    const auto features = role ? role->features : SoftwareRole::Features::None;
    if (!row.modules.isEmpty() && features != SoftwareRole::Features::Modules)
        problems->append(Text::tr("Chỉ phần mềm quản trị nhà trường mới khai báo phân hệ (“%1” không phải).").arg(row.name));
    for (const QString &module : row.modules) {
        if (catalog.matchModule(module) != module)
            problems->append(Text::tr("Phân hệ “%1” không có trong danh mục.").arg(module));
    }
    if (!row.functions.isEmpty() && features != SoftwareRole::Features::Functions)
        problems->append(Text::tr("Chỉ hệ thống LMS/LCMS mới khai báo chức năng (“%1” không phải).").arg(row.name));
    for (const QString &function : row.functions) {
        if (catalog.matchFunction(function) != function)
            problems->append(Text::tr("Chức năng LMS “%1” không có trong danh mục.").arg(function));
    }
    if (row.exchangesResults && features != SoftwareRole::Features::Exchange)
        problems->append(Text::tr("Chỉ phần mềm thi trên máy tính mới khai báo trao đổi kết quả với phần mềm quản trị."));
}

} // namespace

QString checkLink(const QString &links)
{
    static const QRegularExpression separators(QStringLiteral("[;,\\s]+"));
    const QStringList tokens = links.split(separators, Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        if (!isLinkToken(token))
            return Text::tr("Đường link “%1” không hợp lệ: hãy ghi dạng https://ten-mien.vn, ten-mien.vn hoặc địa chỉ "
                      "thư điện tử; nhiều link cách nhau bằng dấu chấm phẩy (;).").arg(token);
    }
    return QString();
}

QStringList checkSoftware(const SoftwareRow &row, const InventoryCatalog &catalog)
{
    QStringList problems;
    if (row.name.trimmed().isEmpty())
        problems.append(Text::tr("Thiếu tên ứng dụng."));
    else if (row.name.size() > kMaxNameLength)
        problems.append(Text::tr("Tên ứng dụng quá dài (%1 ký tự, tối đa %2).").arg(row.name.size()).arg(kMaxNameLength));
    const SoftwareRole *role = row.role.isEmpty() ? nullptr : catalog.role(row.role);
    if (!row.role.isEmpty() && !role)
        problems.append(Text::tr("Vai trò “%1” không có trong danh mục.").arg(row.role));
    if (row.quantity < 0)
        problems.append(Text::tr("Số lượng không được âm (%1).").arg(row.quantity));
    else if (row.quantity > kMaxSoftwareQuantity)
        problems.append(Text::tr("Số lượng %1 quá lớn (tối đa %2).").arg(row.quantity).arg(kMaxSoftwareQuantity));
    const QString link = checkLink(row.link);
    if (!link.isEmpty())
        problems.append(link);
    checkFeatures(row, role, catalog, &problems);
    return problems;
}

QStringList checkRoom(const Room &room, const InventoryCatalog &catalog)
{
    QStringList problems;
    if (room.name.trimmed().isEmpty())
        problems.append(Text::tr("Thiếu tên phòng."));
    else if (room.name.size() > kMaxNameLength)
        problems.append(Text::tr("Tên phòng quá dài (%1 ký tự).").arg(room.name.size()));
    if (!catalog.roomKind(room.kind))
        problems.append(room.kind.isEmpty() ? Text::tr("Thiếu loại phòng.")
                                            : Text::tr("Loại phòng “%1” không có trong danh mục.").arg(room.kind));
    return problems;
}

QStringList checkEquipment(const EquipmentItem &item, const InventoryCatalog &catalog)
{
    QStringList problems;
    const EquipmentCategory *category = catalog.category(item.category);
    if (!category)
        problems.append(item.category.isEmpty() ? Text::tr("Thiếu loại thiết bị.")
                                                : Text::tr("Loại thiết bị “%1” không có trong danh mục.").arg(item.category));
    if (item.quantity < 0)
        problems.append(Text::tr("Số lượng không được âm (%1).").arg(item.quantity));
    else if (item.quantity > catalog.maxQuantityPerEntry())
        problems.append(Text::tr("Số lượng %1 quá lớn cho một dòng (tối đa %2): hãy kiểm tra lại.")
                            .arg(item.quantity).arg(catalog.maxQuantityPerEntry()));
    if (item.working < 0)
        problems.append(Text::tr("Số đang hoạt động không được âm (%1).").arg(item.working));
    else if (item.working > item.quantity && item.quantity >= 0)
        problems.append(Text::tr("Số đang hoạt động (%1) nhiều hơn số lượng (%2).").arg(item.working).arg(item.quantity));
    if (item.protectedCount < 0 || item.protectedCount > qMax(0, item.quantity))
        problems.append(Text::tr("Số máy có phần mềm phòng chống mã độc (%1) phải từ 0 đến số lượng (%2).")
                            .arg(item.protectedCount).arg(item.quantity));
    else if (item.protectedCount > 0 && category && !category->computer)
        problems.append(Text::tr("Chỉ máy tính mới khai báo phần mềm phòng chống mã độc (%1 không phải máy tính).")
                            .arg(category->label));
    const int nextYear = QDate::currentDate().year() + 1;
    if (item.yearAcquired != 0 && (item.yearAcquired < 1970 || item.yearAcquired > nextYear))
        problems.append(Text::tr("Năm trang bị %1 không hợp lệ (từ 1970 đến %2).").arg(item.yearAcquired).arg(nextYear));
    if (item.speedMbps < 0 || item.speedMbps > kMaxSpeedMbps)
        problems.append(Text::tr("Tốc độ đường truyền %1 Mbps không hợp lệ.").arg(item.speedMbps));
    else if (item.speedMbps > 0 && category && !category->internetLine)
        problems.append(Text::tr("Chỉ đường truyền Internet mới có tốc độ (Mbps)."));
    return problems;
}

QStringList checkCounts(const PeopleCounts &counts, const InventoryCatalog &catalog)
{
    QStringList problems;
    const QStringList keys = counts.keys();
    for (const QString &key : keys) {
        const CountDefinition *definition = catalog.count(key);
        const int value = *counts.value(key);
        if (!definition) {
            problems.append(Text::tr("Số liệu “%1” không có trong danh mục.").arg(key));
            continue;
        }
        if (value < 0 || value > catalog.maxCount()) {
            problems.append(Text::tr("%1: %2 không hợp lệ (từ 0 đến %3).").arg(definition->label).arg(value).arg(catalog.maxCount()));
            continue;
        }
        const std::optional<int> base = counts.sum(definition->of);
        if (base && value > *base) {
            QStringList baseLabels;
            for (const QString &baseKey : definition->of)
                baseLabels.append(catalog.count(baseKey)->label.toLower());
            problems.append(Text::tr("%1 (%2) nhiều hơn tổng số %3 (%4).")
                                .arg(definition->label).arg(value).arg(baseLabels.join(Text::tr(" và "))).arg(*base));
        }
    }
    return problems;
}

QStringList checkNeed(const EquipmentNeed &need, const InventoryCatalog &catalog)
{
    QStringList problems;
    if (!catalog.category(need.key) && !catalog.roomKind(need.key))
        problems.append(Text::tr("“%1” không phải loại thiết bị hay loại phòng trong danh mục.").arg(need.key));
    if (need.quantity < 1 || need.quantity > catalog.maxQuantityPerEntry())
        problems.append(Text::tr("Số lượng cần bổ sung %1 không hợp lệ.").arg(need.quantity));
    return problems;
}

} // namespace sdx::InventoryValidator
