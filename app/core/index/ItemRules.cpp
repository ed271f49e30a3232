#include "ItemRules.h"

#include "Points.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace sdx::ItemRules {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::ItemRules)
};

// Large enough for any school, small enough that 100·count never overflows.
constexpr double kLargestCount = 1e12;

bool isWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number && std::fabs(number) <= kLargestCount;
}

QString received(const QJsonValue &value)
{
    if (value.isString())
        return QStringLiteral("\"%1\"").arg(value.toString());
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return QStringLiteral("null");
}

QString checkShare(const IndexItem &item, const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QJsonValue count = object.value(QLatin1String("count"));
    const QJsonValue of = object.value(QLatin1String("of"));
    if (!value.isObject() || !isWholeNumber(count) || !isWholeNumber(of))
        return Text::tr("Mục %1: cần dạng {\"count\": n, \"of\": m} với n, m là số nguyên, nhận được %2.")
            .arg(item.id, received(value));
    if (count.toDouble() < 0 || of.toDouble() < 0)
        return Text::tr("Mục %1: số lượng và tổng số không được âm (nhận được %2).").arg(item.id, received(value));
    if (of.toDouble() == 0)
        return Text::tr("Mục %1: tổng số (\"of\") phải lớn hơn 0 (nhận được %2).").arg(item.id, received(value));
    if (count.toDouble() > of.toDouble())
        return Text::tr("Mục %1: số lượng (%2) lớn hơn tổng số (%3).")
            .arg(item.id, received(count), received(of));
    return QString();
}

QString checkLevel(const IndexItem &item, const QJsonValue &value)
{
    QStringList allowed;
    for (const Tier &tier : item.tiers) {
        allowed << QString::number(tier.from);
        if (isWholeNumber(value) && qint64(value.toDouble()) == tier.from)
            return QString();
    }
    return Text::tr("Mục %1: cần mức độ %2, nhận được %3.")
        .arg(item.id, allowed.join(QStringLiteral(", ")), received(value));
}

} // namespace

QString check(const IndexItem &item, const QJsonValue &value)
{
    switch (item.input) {
    case InputType::YesNo:
        if (value.isBool())
            return QString();
        return Text::tr("Mục %1: cần giá trị có/không (true hoặc false), nhận được %2.").arg(item.id, received(value));
    case InputType::Count:
        if (isWholeNumber(value) && value.toDouble() >= 0)
            return QString();
        return Text::tr("Mục %1: cần một số nguyên không âm (số %2), nhận được %3.")
            .arg(item.id, item.unit, received(value));
    case InputType::Share:
        return checkShare(item, value);
    case InputType::Level:
        return checkLevel(item, value);
    }
    return QString();
}

bool isYes(const QJsonValue &value)
{
    return value.isBool() && value.toBool();
}

ShareValue share(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    return {qint64(object.value(QLatin1String("count")).toDouble()),
            qint64(object.value(QLatin1String("of")).toDouble())};
}

qint64 count(const QJsonValue &value)
{
    return qint64(value.toDouble());
}

bool reaches(const Tier &tier, const ShareValue &value)
{
    const qint64 left = 100 * value.count;
    const qint64 right = tier.from * value.of;
    return tier.inclusive ? left >= right : left > right;
}

bool reaches(const Tier &tier, qint64 value)
{
    return tier.inclusive ? value >= tier.from : value > tier.from;
}

int tierIndex(const IndexItem &item, const QJsonValue &value)
{
    int found = -1;
    for (int i = 0; i < item.tiers.size(); ++i) {
        const Tier &tier = item.tiers.at(i);
        bool reached = false;
        if (item.input == InputType::Share)
            reached = reaches(tier, share(value));
        else if (item.input == InputType::Level)
            reached = count(value) == tier.from;
        else
            reached = reaches(tier, count(value));
        if (reached)
            found = i;
    }
    return found;
}

qint64 minimumCount(const Tier &tier, qint64 of)
{
    const qint64 product = tier.from * of;
    // Inclusive: the smallest n with 100·n >= product; exclusive: with 100·n > product.
    return tier.inclusive ? (product + 99) / 100 : product / 100 + 1;
}

int levelFor(const QList<LevelBand> &bands, double points)
{
    int level = 1;
    for (const LevelBand &band : bands) {
        const int comparison = Points::compare(points, band.from);
        if (comparison > 0 || (comparison == 0 && band.inclusive))
            level = band.level;
    }
    return level;
}

QString percentText(const ShareValue &value)
{
    if (value.of <= 0)
        return QString();
    if ((100 * value.count) % value.of == 0)
        return QStringLiteral("%1%").arg(100 * value.count / value.of);
    const qint64 tenths = (1000 * value.count + value.of / 2) / value.of;
    return QStringLiteral("%1,%2%").arg(tenths / 10).arg(tenths % 10);
}

QString describe(const IndexItem &item, const QJsonValue &value)
{
    switch (item.input) {
    case InputType::YesNo:
        return isYes(value) ? Text::tr("có") : Text::tr("không");
    case InputType::Count:
        return QStringLiteral("%1 %2").arg(count(value)).arg(item.unit).trimmed();
    case InputType::Share: {
        const ShareValue parts = share(value);
        const QString percent = percentText(parts);
        return QStringLiteral("%1 (%2/%3)").arg(percent).arg(parts.count).arg(parts.of);
    }
    case InputType::Level:
        return Text::tr("Mức độ %1").arg(count(value));
    }
    return QString();
}

} // namespace sdx::ItemRules
