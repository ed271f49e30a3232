#include "InventoryFieldCodec.h"

#include "TextKey.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace sdx::InventoryFieldCodec {
namespace {

bool isOneOf(const QString &normalized, std::initializer_list<const char *> spellings)
{
    for (const char *spelling : spellings) {
        if (normalized == QLatin1String(spelling))
            return true;
    }
    return false;
}

} // namespace

QString formatBool(bool value)
{
    return value ? QCoreApplication::translate("sdx::InventoryFieldCodec", "Có")
                 : QCoreApplication::translate("sdx::InventoryFieldCodec", "Không");
}

std::optional<bool> parseBool(const QString &text)
{
    const QString key = TextKey::normalized(text);
    if (isOneOf(key, {"co", "x", "1", "yes", "true", "y", "dat", "da co", "co ket noi"}))
        return true;
    if (isOneOf(key, {"khong", "0", "no", "false", "n", "chua", "chua co", "khong co"}))
        return false;
    return std::nullopt;
}

std::optional<int> parseInt(const QString &text)
{
    const QString trimmed = text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^[+]?\\d{1,9}$"));
    if (digits.match(trimmed).hasMatch())
        return trimmed.toInt();
    // Excel number cells come back as "21" or, for computed ones, "21.000000000000004".
    bool ok = false;
    const double value = trimmed.toDouble(&ok);
    if (ok && std::isfinite(value) && std::abs(value - std::round(value)) < 1e-6 && std::abs(value) < 1e9)
        return int(std::lround(value));
    static const QRegularExpression negative(QStringLiteral("^-\\d{1,9}$"));
    if (negative.match(trimmed).hasMatch())
        return trimmed.toInt();
    return std::nullopt;
}

std::optional<double> parseNumber(const QString &text)
{
    QString cleaned = text.trimmed();
    cleaned.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = cleaned.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString formatNumber(double value)
{
    return QString::number(value, 'g', 12);
}

std::optional<SoftwareStatus> parseStatus(const QString &text)
{
    const QString key = TextKey::normalized(text);
    for (SoftwareStatus status : SoftwareCodes::statuses()) {
        if (key == TextKey::normalized(SoftwareCodes::statusLabel(status)) || key == TextKey::normalized(SoftwareCodes::statusCode(status)))
            return status;
    }
    // The Vietnamese labels are accepted in any interface language: files are written in Vietnamese.
    if (isOneOf(key, {"co", "x", "1", "2", "3", "da co", "dang dung", "dang su dung", "su dung", "100", "yes", "co x"}))
        return SoftwareStatus::InUse;
    if (isOneOf(key, {"khong", "thieu", "con thieu", "can trang bi", "con thieu can trang bi", "chua co", "0", "no", "can bo sung"}))
        return SoftwareStatus::Missing;
    if (isOneOf(key, {"khong can", "khong co nhu cau", "khong can thiet"}))
        return SoftwareStatus::NotNeeded;
    if (isOneOf(key, {"chua xac dinh", "chua ro"}))
        return SoftwareStatus::Unset;
    return std::nullopt;
}

std::optional<SoftwareGroup> parseGroup(const QString &text)
{
    const QString key = TextKey::normalized(text);
    for (SoftwareGroup group : SoftwareCodes::groups()) {
        if (key == TextKey::normalized(SoftwareCodes::groupLabel(group)) || key == SoftwareCodes::groupCode(group))
            return group;
    }
    // Seed 002 names the tables "a) … quản lý, điều hành" and "b) … dạy học và kiểm tra đánh giá".
    if (key == QLatin1String("a") || key.contains(QLatin1String("quan ly")) || key.contains(QLatin1String("dieu hanh")))
        return SoftwareGroup::Management;
    if (key == QLatin1String("b") || key.contains(QLatin1String("day hoc")) || key.contains(QLatin1String("danh gia")))
        return SoftwareGroup::Teaching;
    return std::nullopt;
}

std::optional<Acquisition> parseAcquisition(const QString &text)
{
    const QString key = TextKey::normalized(text);
    for (Acquisition acquisition : SoftwareCodes::acquisitions()) {
        if (key == TextKey::normalized(SoftwareCodes::acquisitionLabel(acquisition))
            || key == TextKey::normalized(SoftwareCodes::acquisitionCode(acquisition)))
            return acquisition;
    }
    if (isOneOf(key, {"tu xay dung", "tu lam", "tu phat trien"}))
        return Acquisition::SelfBuilt;
    if (isOneOf(key, {"mua", "mua ban quyen", "da mua"}))
        return Acquisition::Bought;
    if (isOneOf(key, {"thue", "thue dich vu", "di thue"}))
        return Acquisition::Rented;
    if (isOneOf(key, {"mien phi", "free", "duoc cap", "cap mien phi", "nganh cap", "dung chung"}))
        return Acquisition::Free;
    return std::nullopt;
}

QStringList splitList(const QString &text, const std::function<bool(const QString &)> &isItem)
{
    static const QRegularExpression separators(QStringLiteral("[;\\n\\r]+"));
    QStringList items;
    const QStringList pieces = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &piece : pieces) {
        if (piece.trimmed().isEmpty())
            continue;
        if (isItem(piece.trimmed())) {
            items.append(piece.trimmed());
            continue;
        }
        const QStringList parts = piece.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                items.append(part.trimmed());
        }
    }
    return items;
}

} // namespace sdx::InventoryFieldCodec
