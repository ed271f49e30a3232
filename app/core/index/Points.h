#pragma once

#include <QString>

namespace sdx {

/**
 * Points are decimals (a manual lower score may be 4.5) but must compare exactly at a level edge:
 * 75 must never become 75.000000001. Every sum and comparison goes through hundredths (integers).
 */
namespace Points {

qint64 toHundredths(double points);
double fromHundredths(qint64 hundredths);
/// Rounds to hundredths, so sums of decimals stay exact.
double normalized(double points);
bool hasAtMostTwoDecimals(double points);
/// -1, 0 or 1, exactly at hundredths.
int compare(double a, double b);
/// "6", "5,5", "32": no trailing ",0", Vietnamese decimal comma.
QString format(double points);

} // namespace Points
} // namespace sdx
