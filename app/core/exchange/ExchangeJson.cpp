#include "ExchangeJson.h"

#include "ExchangeFormat.h"
#include "school/SchoolYear.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace sdx::ExchangeJson {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::Exchange)
};

// Empty strings are left out, so files stay small and readable.
void putText(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject schoolToJson(const ExchangeSchool &school)
{
    QJsonObject object{{QStringLiteral("name"), school.name}, {QStringLiteral("code"), school.code}};
    putText(object, QStringLiteral("level"), school.level);
    putText(object, QStringLiteral("authority"), school.authority);
    putText(object, QStringLiteral("place"), school.place);
    putText(object, QStringLiteral("sign"), school.sign);
    QJsonObject principal;
    putText(principal, QStringLiteral("name"), school.principalName);
    putText(principal, QStringLiteral("title"), school.principalTitle);
    if (!principal.isEmpty())
        object.insert(QStringLiteral("principal"), principal);
    QJsonArray staff;
    for (const ExchangeSchool::Contact &contact : school.itStaff) {
        QJsonObject entry{{QStringLiteral("name"), contact.name}};
        putText(entry, QStringLiteral("title"), contact.title);
        putText(entry, QStringLiteral("phone"), contact.phone);
        putText(entry, QStringLiteral("email"), contact.email);
        staff.append(entry);
    }
    if (!staff.isEmpty())
        object.insert(QStringLiteral("itStaff"), staff);
    QJsonObject contacts;
    putText(contacts, QStringLiteral("address"), school.address);
    putText(contacts, QStringLiteral("phone"), school.phone);
    putText(contacts, QStringLiteral("email"), school.email);
    putText(contacts, QStringLiteral("website"), school.website);
    if (!contacts.isEmpty())
        object.insert(QStringLiteral("contacts"), contacts);
    return object;
}

ExchangeSchool schoolFromJson(const QJsonObject &object)
{
    ExchangeSchool school;
    school.name = text(object, "name");
    school.code = text(object, "code").trimmed();
    school.level = text(object, "level");
    school.authority = text(object, "authority");
    school.place = text(object, "place");
    school.sign = text(object, "sign");
    const QJsonObject principal = object.value(QLatin1String("principal")).toObject();
    school.principalName = text(principal, "name");
    school.principalTitle = text(principal, "title");
    const QJsonArray staff = object.value(QLatin1String("itStaff")).toArray();
    for (const QJsonValue &value : staff) {
        const QJsonObject entry = value.toObject();
        school.itStaff.append({text(entry, "name"), text(entry, "title"), text(entry, "phone"), text(entry, "email")});
    }
    const QJsonObject contacts = object.value(QLatin1String("contacts")).toObject();
    school.address = text(contacts, "address");
    school.phone = text(contacts, "phone");
    school.email = text(contacts, "email");
    school.website = text(contacts, "website");
    return school;
}

QJsonObject adjustmentsToJson(const QMap<QString, ExchangeAdjustment> &adjustments)
{
    QJsonObject object;
    for (auto it = adjustments.constBegin(); it != adjustments.constEnd(); ++it) {
        QJsonObject entry{{QStringLiteral("points"), it->points}, {QStringLiteral("reason"), it->reason}};
        putText(entry, QStringLiteral("by"), it->by);
        object.insert(it.key(), entry);
    }
    return object;
}

QJsonObject evidenceToJson(const QMap<QString, QList<ExchangeEvidence>> &evidence)
{
    QJsonObject object;
    for (auto it = evidence.constBegin(); it != evidence.constEnd(); ++it) {
        QJsonArray list;
        for (const ExchangeEvidence &entry : *it) {
            QJsonObject item{{QStringLiteral("title"), entry.title}, {QStringLiteral("kind"), entry.kind}};
            putText(item, QStringLiteral("location"), entry.location);
            putText(item, QStringLiteral("issuer"), entry.issuer);
            putText(item, QStringLiteral("notes"), entry.notes);
            if (entry.checkedOn.isValid())
                item.insert(QStringLiteral("checkedOn"), entry.checkedOn.toString(Qt::ISODate));
            putText(item, QStringLiteral("checkResult"), entry.checkResult);
            list.append(item);
        }
        if (!list.isEmpty())
            object.insert(it.key(), list);
    }
    return object;
}

QJsonObject indicatorsToJson(const ExchangeIndicators &indicators)
{
    QJsonObject object;
    for (auto it = indicators.values.constBegin(); it != indicators.values.constEnd(); ++it)
        object.insert(it.key(), double(*it));
    return object;
}

bool isCount(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 0 && value.toDouble() == double(qint64(value.toDouble()))
           && value.toDouble() < 9.0e15;
}

/// Collects the problems of one document, so they are reported together.
class Problems
{
public:
    void add(const QString &problem) { m_list.append(problem); }
    bool isEmpty() const { return m_list.isEmpty(); }
    QString text() const { return m_list.join(QStringLiteral("; ")); }

private:
    QStringList m_list;
};

void readFacts(const QJsonObject &object, ExchangeAssessment &assessment, Problems &problems)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        if (!it.value().isObject() || !entry.contains(QLatin1String("value"))) {
            problems.add(Text::tr("dữ kiện của mục %1 cần dạng {\"value\": …, \"source\": …}").arg(it.key()));
            continue;
        }
        ExchangeFact fact;
        fact.value = entry.value(QLatin1String("value"));
        fact.source = entry.value(QLatin1String("source")).toString(QStringLiteral("entered"));
        if (fact.source != QLatin1String("entered") && fact.source != QLatin1String("derived")
            && fact.source != QLatin1String("overridden"))
            problems.add(Text::tr("nguồn của dữ kiện %1 không hợp lệ (\"%2\")").arg(it.key(), fact.source));
        fact.provenance = text(entry, "provenance");
        fact.by = text(entry, "by");
        if (entry.contains(QLatin1String("derivedValue")))
            fact.derivedValue = entry.value(QLatin1String("derivedValue"));
        fact.derivedProvenance = text(entry, "derivedProvenance");
        assessment.facts.insert(it.key(), fact);
    }
}

void readAdjustments(const QJsonObject &object, ExchangeAssessment &assessment, Problems &problems)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QJsonValue points = entry.value(QLatin1String("points"));
        if (!points.isDouble() || points.toDouble() < 0) {
            problems.add(Text::tr("điều chỉnh điểm của mục %1 cần một số điểm không âm").arg(it.key()));
            continue;
        }
        assessment.adjustments.insert(it.key(), {points.toDouble(), text(entry, "reason"), text(entry, "by")});
    }
}

void readEvidence(const QJsonObject &object, ExchangeAssessment &assessment, Problems &problems)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isArray()) {
            problems.add(Text::tr("minh chứng của mục %1 phải là một danh sách").arg(it.key()));
            continue;
        }
        QList<ExchangeEvidence> list;
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue &value : array) {
            const QJsonObject entry = value.toObject();
            ExchangeEvidence evidence;
            evidence.title = text(entry, "title");
            evidence.kind = entry.value(QLatin1String("kind")).toString(QStringLiteral("link"));
            if (evidence.kind != QLatin1String("link") && evidence.kind != QLatin1String("document")
                && evidence.kind != QLatin1String("file"))
                problems.add(Text::tr("loại minh chứng \"%1\" của mục %2 không hợp lệ").arg(evidence.kind, it.key()));
            evidence.location = text(entry, "location");
            evidence.issuer = text(entry, "issuer");
            evidence.notes = text(entry, "notes");
            evidence.checkedOn = QDate::fromString(text(entry, "checkedOn"), Qt::ISODate);
            evidence.checkResult = text(entry, "checkResult");
            list.append(evidence);
        }
        assessment.evidence.insert(it.key(), list);
    }
}

void readIndicators(const QJsonObject &object, ExchangeIndicators &indicators, Problems &problems)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!ExchangeIndicators::keys().contains(it.key()))
            continue;  // a later version's indicator: kept in the checksum, not summed here
        if (it.value().isNull())
            continue;
        if (!isCount(it.value())) {
            problems.add(Text::tr("chỉ số \"%1\" phải là số nguyên không âm").arg(ExchangeIndicators::label(it.key())));
            continue;
        }
        indicators.values.insert(it.key(), qint64(it.value().toDouble()));
    }
}

void readHeader(const QJsonObject &object, ExchangeDocument &document, Problems &problems)
{
    document.formatVersion = object.value(QLatin1String("formatVersion")).toInt();
    const QJsonObject index = object.value(QLatin1String("index")).toObject();
    document.indexId = text(index, "id");
    document.indexVersion = index.value(QLatin1String("version")).toInt();
    if (document.indexId.isEmpty() || document.indexVersion < 1)
        problems.add(Text::tr("thiếu bộ chỉ số (index.id, index.version)"));
    document.schoolYear = object.value(QLatin1String("schoolYear")).toString();
    QString canonical;
    int startYear = 0;
    if (!SchoolYear::parseName(document.schoolYear, &canonical, &startYear))
        problems.add(Text::tr("năm học \"%1\" không hợp lệ (cần dạng 2022-2023)").arg(document.schoolYear));
    else
        document.schoolYear = canonical;
    const QJsonValue revision = object.value(QLatin1String("revision"));
    document.revision = revision.toInt();
    if (!isCount(revision) || document.revision < 1)
        problems.add(Text::tr("lần chốt số liệu (revision) phải là số nguyên từ 1 trở lên"));
    document.finalisedAt = QDateTime::fromString(text(object, "finalisedAt"), Qt::ISODate);
    if (!document.finalisedAt.isValid())
        problems.add(Text::tr("thiếu thời điểm chốt số liệu (finalisedAt)"));
    document.finalisedBy = text(object, "finalisedBy");
    const QJsonObject software = object.value(QLatin1String("software")).toObject();
    document.softwareName = text(software, "name");
    document.softwareVersion = text(software, "version");
}

} // namespace

QJsonObject factsToJson(const QMap<QString, ExchangeFact> &facts)
{
    QJsonObject object;
    for (auto it = facts.constBegin(); it != facts.constEnd(); ++it) {
        QJsonObject entry{{QStringLiteral("value"), it->value}, {QStringLiteral("source"), it->source}};
        putText(entry, QStringLiteral("provenance"), it->provenance);
        putText(entry, QStringLiteral("by"), it->by);
        if (!it->derivedValue.isNull() && !it->derivedValue.isUndefined())
            entry.insert(QStringLiteral("derivedValue"), it->derivedValue);
        putText(entry, QStringLiteral("derivedProvenance"), it->derivedProvenance);
        object.insert(it.key(), entry);
    }
    return object;
}

QJsonObject factValues(const QMap<QString, ExchangeFact> &facts)
{
    QJsonObject object;
    for (auto it = facts.constBegin(); it != facts.constEnd(); ++it)
        object.insert(it.key(), it->value);
    return object;
}

QJsonObject toJson(const ExchangeDocument &document)
{
    QJsonObject object{
        {QStringLiteral("format"), QString::fromLatin1(ExchangeFormat::Name)},
        {QStringLiteral("formatVersion"), document.formatVersion},
        {QStringLiteral("index"),
         QJsonObject{{QStringLiteral("id"), document.indexId}, {QStringLiteral("version"), document.indexVersion}}},
        {QStringLiteral("school"), schoolToJson(document.school)},
        {QStringLiteral("recipient"),
         QJsonObject{{QStringLiteral("name"), document.recipient.name},
                     {QStringLiteral("kind"), RecipientKinds::code(document.recipient.kind)}}},
        {QStringLiteral("schoolYear"), document.schoolYear},
        {QStringLiteral("revision"), document.revision},
        {QStringLiteral("finalisedAt"), document.finalisedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("software"),
         QJsonObject{{QStringLiteral("name"), document.softwareName},
                     {QStringLiteral("version"), document.softwareVersion}}},
        {QStringLiteral("facts"), factsToJson(document.assessment.facts)},
        {QStringLiteral("adjustments"), adjustmentsToJson(document.assessment.adjustments)},
        {QStringLiteral("evidence"), evidenceToJson(document.assessment.evidence)},
        {QStringLiteral("inventory"), document.inventory},
        {QStringLiteral("indicators"), indicatorsToJson(document.indicators)},
        {QStringLiteral("score"), document.score},
    };
    putText(object, QStringLiteral("finalisedBy"), document.finalisedBy);
    return object;
}

Expected<ExchangeDocument> fromJson(const QJsonObject &object)
{
    ExchangeDocument document;
    Problems problems;
    readHeader(object, document, problems);
    if (!object.value(QLatin1String("school")).isObject())
        problems.add(Text::tr("thiếu thông tin trường (school)"));
    document.school = schoolFromJson(object.value(QLatin1String("school")).toObject());
    if (document.school.code.isEmpty())
        problems.add(Text::tr("thiếu mã trường (school.code)"));
    if (document.school.name.trimmed().isEmpty())
        problems.add(Text::tr("thiếu tên trường (school.name)"));
    const QJsonObject recipient = object.value(QLatin1String("recipient")).toObject();
    document.recipient.name = text(recipient, "name");
    document.recipient.kind =
        RecipientKinds::fromCode(text(recipient, "kind")).value_or(RecipientKind::Other);
    if (!object.value(QLatin1String("facts")).isObject())
        problems.add(Text::tr("thiếu dữ kiện (facts)"));
    readFacts(object.value(QLatin1String("facts")).toObject(), document.assessment, problems);
    readAdjustments(object.value(QLatin1String("adjustments")).toObject(), document.assessment, problems);
    readEvidence(object.value(QLatin1String("evidence")).toObject(), document.assessment, problems);
    readIndicators(object.value(QLatin1String("indicators")).toObject(), document.indicators, problems);
    document.inventory = object.value(QLatin1String("inventory")).toObject();
    document.score = object.value(QLatin1String("score")).toObject();
    if (!document.score.value(QLatin1String("groups")).isArray())
        problems.add(Text::tr("thiếu kết quả chấm điểm (score.groups)"));
    if (!problems.isEmpty())
        return Status::failure(problems.text());
    return document;
}

} // namespace sdx::ExchangeJson
