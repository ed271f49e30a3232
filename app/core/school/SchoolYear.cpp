#include "SchoolYear.h"

#include <QRegularExpression>

namespace sdx {

QString SchoolYear::displayName() const
{
    return QString(name).replace(QLatin1Char('-'), QStringLiteral(" - "));
}

bool SchoolYear::parseName(const QString &text, QString *canonical, int *startYear)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{4})\\s*[-–—/]\\s*(\\d{4})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const int first = match.captured(1).toInt();
    const int second = match.captured(2).toInt();
    if (second != first + 1 || first < 2000 || first > 2099)
        return false;
    if (canonical)
        *canonical = QStringLiteral("%1-%2").arg(first).arg(second);
    if (startYear)
        *startYear = first;
    return true;
}

QString SchoolYear::nameForDate(int year, int month)
{
    const int start = month >= 8 ? year : year - 1;
    return QStringLiteral("%1-%2").arg(start).arg(start + 1);
}

} // namespace sdx
