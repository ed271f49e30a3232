#include "DocumentText.h"

#include <QLocale>

#include <cmath>

namespace sdx::DocumentText {
namespace {

// Wide enough for a number or a date written in by hand on the printed copy.
const QString kBlank = QStringLiteral("      ");

QString padded(int number)
{
    return QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
}

} // namespace

QString twoDigits(int number)
{
    return number >= 0 && number < 10 ? padded(number) : QString::number(number);
}

QString numberLine(int number, const QString &typeAbbreviation, const QString &sign)
{
    const QString numberText = number > 0 ? twoDigits(number) : kBlank;
    QString symbol = sign.trimmed().toUpper();
    if (!typeAbbreviation.isEmpty())
        symbol = symbol.isEmpty() ? typeAbbreviation : QString(typeAbbreviation + QLatin1Char('-') + symbol);
    return QStringLiteral("Số: ") + numberText + QLatin1Char('/') + symbol;
}

QString longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QString month = date.month() <= 2 ? padded(date.month()) : QString::number(date.month());
    return QStringLiteral("ngày %1 tháng %2 năm %3").arg(twoDigits(date.day()), month).arg(date.year());
}

QString placeDateLine(const QString &placeName, const QDate &date, int year)
{
    const QString when = date.isValid()
        ? longDate(date)
        : QStringLiteral("ngày%1tháng%1năm %2").arg(kBlank, year > 0 ? QString::number(year) : kBlank);
    const QString place = placeName.trimmed();
    if (place.isEmpty())
        return when.left(1).toUpper() + when.mid(1);
    return place + QStringLiteral(", ") + when;
}

QString points(double value)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    QString text = QString::number(rounded, 'f', 2);
    while (text.contains(QLatin1Char('.')) && (text.endsWith(QLatin1Char('0')) || text.endsWith(QLatin1Char('.'))))
        text.chop(1);
    text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text == QStringLiteral("-0") ? QStringLiteral("0") : text;
}

QString pointsOf(double value, double maximum)
{
    return points(value) + QLatin1Char('/') + points(maximum);
}

QString percent(int count, int total)
{
    if (total <= 0 || count < 0)
        return {};
    double value = std::round(1000.0 * count / total) / 10.0;
    if (count < total && value >= 100.0)
        value = 99.9; // "not everyone" must never read as 100%
    return points(value) + QLatin1Char('%');
}

QString roman(int number)
{
    static const struct { int value; const char *digits; } table[] = {
        {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
        {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}};
    QString text;
    for (const auto &entry : table) {
        while (number >= entry.value) {
            text += QLatin1String(entry.digits);
            number -= entry.value;
        }
    }
    return text;
}

QString upper(const QString &text)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toUpper(text);
}

QString lowerFirst(const QString &text)
{
    if (text.isEmpty())
        return text;
    return text.left(1).toLower() + text.mid(1);
}

} // namespace sdx::DocumentText
