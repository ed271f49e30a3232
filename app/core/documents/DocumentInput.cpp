#include "DocumentInput.h"

#include <QRegularExpression>

namespace sdx {

int DocumentInput::startYear() const
{
    static const QRegularExpression firstYear(QStringLiteral("(\\d{4})"));
    const QRegularExpressionMatch match = firstYear.match(yearName);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace sdx
