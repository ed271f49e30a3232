#pragma once

#include <QFont>
#include <QString>

namespace sdx {

/**
 * The serif face documents are drawn with. Nghị định 30/2020 asks for Times New Roman; where the
 * system lacks it (Linux), Liberation Serif has the same metrics, so lines break at the same places.
 */
namespace DocumentFonts {

/// The first of Times New Roman, Liberation Serif, Tinos, Nimbus Roman, DejaVu Serif the system has
/// whose four faces all draw Vietnamese. "Liberation Serif 2" is Liberation Serif 2.x registered again
/// under its own name when Qt picked an older face lacking the Vietnamese letters (Debian installs both).
QString resolvedFamily(const QString &requested = QStringLiteral("Times New Roman"));
QFont font(const QString &family, qreal sizePt, bool bold = false, bool italic = false);
/// Natural width of one line of `text` in millimetres, for the lines drawn under centred texts.
qreal textWidthMm(const QString &text, const QString &family, qreal sizePt, bool bold, bool italic = false);

} // namespace DocumentFonts
} // namespace sdx
