#include "Points.h"

#include <QtMath>

#include <cmath>

namespace sdx::Points {

qint64 toHundredths(double points)
{
    return qRound64(points * 100.0);
}

double fromHundredths(qint64 hundredths)
{
    return double(hundredths) / 100.0;
}

double normalized(double points)
{
    return fromHundredths(toHundredths(points));
}

bool hasAtMostTwoDecimals(double points)
{
    return std::isfinite(points) && std::fabs(points * 100.0 - double(toHundredths(points))) < 1e-6;
}

int compare(double a, double b)
{
    const qint64 left = toHundredths(a);
    const qint64 right = toHundredths(b);
    return left < right ? -1 : (left > right ? 1 : 0);
}

QString format(double points)
{
    const qint64 hundredths = toHundredths(points);
    const qint64 whole = hundredths / 100;
    const qint64 fraction = std::llabs(hundredths % 100);
    QString text = QString::number(whole);
    if (hundredths < 0 && whole == 0)
        text.prepend(QLatin1Char('-'));
    if (fraction == 0)
        return text;
    QString decimals = QStringLiteral("%1").arg(fraction, 2, 10, QLatin1Char('0'));
    if (decimals.endsWith(QLatin1Char('0')))
        decimals.chop(1);
    return text + QLatin1Char(',') + decimals;
}

} // namespace sdx::Points
