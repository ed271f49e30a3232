#include "TextKey.h"

namespace sdx::TextKey {

QString normalized(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString result;
    result.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        QChar folded = c;
        if (c == QChar(0x0111) || c == QChar(0x0110))   // đ, Đ have no decomposition
            folded = QLatin1Char('d');
        if (folded.isLetterOrNumber()) {
            if (pendingSpace && !result.isEmpty())
                result.append(QLatin1Char(' '));
            pendingSpace = false;
            result.append(folded.toLower());
        } else {
            pendingSpace = true;
        }
    }
    return result;
}

bool containsWords(const QString &haystack, const QString &needle)
{
    if (needle.isEmpty())
        return false;
    const QString paddedHaystack = QLatin1Char(' ') + haystack + QLatin1Char(' ');
    const QString paddedNeedle = QLatin1Char(' ') + needle + QLatin1Char(' ');
    return paddedHaystack.contains(paddedNeedle);
}

QString nameKey(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified().toLower();
}

} // namespace sdx::TextKey
