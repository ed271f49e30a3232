#include "Facts.h"

#include <QCoreApplication>

namespace sdx {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sdx::Facts", text);
}

QString derivedLine(const QString &provenance)
{
    // The inventory names its data ("11/21 phòng học …"); the checklist says where that is.
    const QString prefix = tr("từ kiểm kê: ");
    return provenance.startsWith(prefix) ? provenance : prefix + provenance;
}

QString userOrUnknown(const QString &by)
{
    return by.trimmed().isEmpty() ? tr("người dùng") : by;
}

/// " lúc 23/11/2024 19:29" in local time, or nothing when the time is not known.
QString atClause(const QDateTime &at)
{
    return at.isValid() ? tr(" lúc %1").arg(at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))) : QString();
}

} // namespace

QString FactSources::code(FactSource source)
{
    switch (source) {
    case FactSource::Entered:
        return QStringLiteral("entered");
    case FactSource::Derived:
        return QStringLiteral("derived");
    case FactSource::Overridden:
        return QStringLiteral("overridden");
    }
    return QString();
}

Fact enteredFact(const QJsonValue &value, const QString &by)
{
    Fact fact;
    fact.value = value;
    fact.source = FactSource::Entered;
    fact.by = by;
    fact.provenance = tr("nhập tay bởi %1").arg(userOrUnknown(by));
    return fact;
}

Facts mergeFacts(const DerivedFacts &derived, const Facts &entered)
{
    Facts merged;
    for (const DerivedFact &fact : derived) {
        Fact value;
        value.value = fact.value;
        value.source = FactSource::Derived;
        value.provenance = derivedLine(fact.provenance);
        merged.insert(fact.itemId, value);
    }
    for (auto it = entered.cbegin(); it != entered.cend(); ++it) {
        if (it->value.isNull() || it->value.isUndefined())
            continue;
        const auto existing = merged.constFind(it.key());
        if (existing == merged.cend() || existing->source != FactSource::Derived) {
            Fact typed = *it;
            if (typed.provenance.isEmpty())
                typed.provenance = tr("nhập tay bởi %1").arg(userOrUnknown(typed.by));
            merged.insert(it.key(), typed);
            continue;
        }
        Fact overridden = *it;
        overridden.source = FactSource::Overridden;
        overridden.derivedValue = existing->value;
        overridden.derivedProvenance = existing->provenance;
        overridden.provenance =
            tr("nhập tay, ghi đè số liệu kiểm kê bởi %1").arg(userOrUnknown(it->by)) + atClause(it->at);
        merged.insert(it.key(), overridden);
    }
    return merged;
}

} // namespace sdx
