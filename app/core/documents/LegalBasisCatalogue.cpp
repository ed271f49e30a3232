#include "LegalBasisCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::LegalBasisCatalogue)
};

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list << item.toString();
    return list;
}

Expected<LegalBasisCatalogue::Entry> parseEntry(const QJsonObject &object, int index)
{
    LegalBasisCatalogue::Entry entry;
    entry.basis.key = object.value(QLatin1String("id")).toString();
    entry.basis.kind = object.value(QLatin1String("kind")).toString();
    entry.basis.number = object.value(QLatin1String("number")).toString();
    entry.basis.issuer = object.value(QLatin1String("issuer")).toString();
    entry.basis.subject = object.value(QLatin1String("subject")).toString();
    const QString date = object.value(QLatin1String("date")).toString();
    entry.basis.date = QDate::fromString(date, Qt::ISODate);
    if (entry.basis.key.isEmpty() || entry.basis.number.isEmpty() || !entry.basis.date.isValid())
        return Status::failure(Text::tr("mục thứ %1 thiếu mã, số hiệu hoặc ngày hợp lệ").arg(index + 1));
    entry.defaultFor = strings(object.value(QLatin1String("defaultFor")));
    entry.levels = strings(object.value(QLatin1String("levels")));
    const QString year = object.value(QLatin1String("schoolYear")).toString();
    entry.schoolYearStart = year.left(4).toInt();
    return entry;
}

} // namespace

const LegalBasisCatalogue &LegalBasisCatalogue::builtIn()
{
    static const LegalBasisCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/documents/legal-bases.json"));
        if (!file.open(QIODevice::ReadOnly))
            return LegalBasisCatalogue();
        auto loaded = fromJson(file.readAll(), file.fileName());
        // The resource is part of the build and checked by tests; an empty catalogue is the safe fallback.
        return loaded ? loaded.value() : LegalBasisCatalogue();
    }();
    return catalogue;
}

Expected<LegalBasisCatalogue> LegalBasisCatalogue::fromJson(const QByteArray &json, const QString &sourceName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Status::failure(Text::tr("Danh mục văn bản căn cứ %1 không đọc được: %2")
                                   .arg(sourceName, error.errorString()));
    LegalBasisCatalogue catalogue;
    const QJsonArray entries = document.object().value(QLatin1String("entries")).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        auto entry = parseEntry(entries.at(i).toObject(), i);
        if (!entry)
            return entry.status().prefixed(Text::tr("Danh mục văn bản căn cứ %1").arg(sourceName));
        catalogue.m_entries << entry.value();
    }
    catalogue.m_directiveOrder = strings(document.object().value(QLatin1String("directiveOrder")));
    return catalogue;
}

std::optional<LegalBasis> LegalBasisCatalogue::find(const QString &key) const
{
    for (const Entry &entry : m_entries) {
        if (entry.basis.key == key)
            return entry.basis;
    }
    return std::nullopt;
}

bool LegalBasisCatalogue::applies(const Entry &entry, const QString &levelCode, int startYear)
{
    if (!entry.levels.isEmpty() && !levelCode.isEmpty() && !entry.levels.contains(levelCode))
        return false;
    return entry.schoolYearStart == 0 || startYear == 0 || entry.schoolYearStart == startYear;
}

QList<LegalBasis> LegalBasisCatalogue::defaultBases(DocumentKind kind, const QString &levelCode,
                                                    int startYear) const
{
    const QString code = DocumentKinds::code(kind);
    QList<LegalBasis> bases;
    for (const Entry &entry : m_entries) {
        if (entry.defaultFor.contains(code) && applies(entry, levelCode, startYear))
            bases << entry.basis;
    }
    return bases;
}

QList<LegalBasis> LegalBasisCatalogue::directives(const QString &levelCode, int startYear) const
{
    QList<LegalBasis> list;
    for (const QString &key : m_directiveOrder) {
        for (const Entry &entry : m_entries) {
            if (entry.basis.key == key && applies(entry, levelCode, startYear))
                list << entry.basis;
        }
    }
    return list;
}

} // namespace sdx
