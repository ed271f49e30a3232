#include "Evidence.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sdx {

QString EvidenceKinds::code(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Link:
        return QStringLiteral("link");
    case EvidenceKind::Document:
        return QStringLiteral("document");
    case EvidenceKind::File:
        return QStringLiteral("file");
    }
    return QString();
}

std::optional<EvidenceKind> EvidenceKinds::fromCode(const QString &code)
{
    for (EvidenceKind kind : {EvidenceKind::Link, EvidenceKind::Document, EvidenceKind::File}) {
        if (EvidenceKinds::code(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString EvidenceKinds::displayName(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::Link:
        return QCoreApplication::translate("sdx::Evidence", "Đường link");
    case EvidenceKind::Document:
        return QCoreApplication::translate("sdx::Evidence", "Văn bản");
    case EvidenceKind::File:
        return QCoreApplication::translate("sdx::Evidence", "Tệp trên máy");
    }
    return QString();
}

bool EvidenceEntry::operator==(const EvidenceEntry &other) const
{
    return id == other.id && itemId == other.itemId && title == other.title && kind == other.kind
           && location == other.location && issuer == other.issuer && notes == other.notes
           && lastChecked == other.lastChecked && lastResult == other.lastResult;
}

QString DocumentReference::text() const
{
    QString result = QStringLiteral("%1 số %2/%3").arg(type, number, symbol);
    if (date.isValid())
        result += QStringLiteral(" ngày %1").arg(date.toString(QStringLiteral("dd/MM/yyyy")));
    return result;
}

std::optional<DocumentReference> DocumentReference::parse(const QString &text)
{
    // "<loại văn bản> số <số>/<ký hiệu>[ ngày dd/mm/yyyy]"; ký hiệu may hold more slashes
    // ("15/2023/TT-BGDĐT"). The date part is optional here and checked by the evidence checker.
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?<type>\\p{L}[\\p{L}\\s]*?)\\s+s[ốô]\\s*:?\\s*(?<number>\\d+)\\s*/\\s*"
                       "(?<symbol>[\\p{L}\\p{N}&.\\-]+(?:/[\\p{L}\\p{N}&.\\-]+)*)"
                       "(?:\\s*,?\\s*ngày\\s+(?<day>\\d{1,2})\\s*[/.\\-]\\s*(?<month>\\d{1,2})\\s*[/.\\-]\\s*"
                       "(?<year>\\d{4}))?\\s*\\.?\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    DocumentReference reference;
    reference.type = match.captured(QStringLiteral("type")).simplified();
    reference.number = match.captured(QStringLiteral("number"));
    reference.symbol = match.captured(QStringLiteral("symbol"));
    reference.hasDate = match.hasCaptured(QStringLiteral("year"));
    if (reference.hasDate)
        reference.date = QDate(match.captured(QStringLiteral("year")).toInt(),
                               match.captured(QStringLiteral("month")).toInt(),
                               match.captured(QStringLiteral("day")).toInt());
    return reference;
}

} // namespace sdx
