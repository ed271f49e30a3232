#include "LegalBasis.h"

#include "DocumentText.h"

namespace sdx {

QString LegalBasis::shortName() const
{
    const QString numberText = number.trimmed();
    if (numberText.isEmpty())
        return kind;
    return kind.isEmpty() ? numberText : kind + QStringLiteral(" số ") + numberText;
}

QString LegalBasis::citation() const
{
    QString text = shortName();
    if (date.isValid())
        text += QLatin1Char(' ') + DocumentText::longDate(date);
    if (!issuer.trimmed().isEmpty())
        text += QStringLiteral(" của ") + issuer.trimmed();
    if (!subject.trimmed().isEmpty())
        text += QLatin1Char(' ') + subject.trimmed();
    return text.trimmed();
}

bool LegalBasis::operator==(const LegalBasis &other) const
{
    return key == other.key && kind == other.kind && number == other.number && date == other.date
        && issuer == other.issuer && subject == other.subject;
}

} // namespace sdx
