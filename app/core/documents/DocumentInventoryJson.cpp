#include "DocumentInventoryJson.h"

#include <QJsonArray>

namespace sdx::DocumentInventoryJson {
namespace {

const QList<std::pair<QString, Indicator AuthorityIndicators::*>> &indicatorFields()
{
    static const QList<std::pair<QString, Indicator AuthorityIndicators::*>> fields = {
        {QStringLiteral("itStaff"), &AuthorityIndicators::itStaff},
        {QStringLiteral("trainedStaff"), &AuthorityIndicators::trainedStaff},
        {QStringLiteral("protectedComputers"), &AuthorityIndicators::protectedComputers},
        {QStringLiteral("equippedTeachers"), &AuthorityIndicators::equippedTeachers},
        {QStringLiteral("equippedStudents"), &AuthorityIndicators::equippedStudents},
        {QStringLiteral("platformStudents"), &AuthorityIndicators::platformStudents},
    };
    return fields;
}

QJsonArray softwareJson(const QList<DocumentSoftwareGroup> &groups)
{
    QJsonArray array;
    for (const DocumentSoftwareGroup &group : groups) {
        QJsonArray rows;
        for (const DocumentSoftwareRow &row : group.rows)
            rows.append(QJsonObject{{QStringLiteral("name"), row.name},
                                    {QStringLiteral("inUse"), row.inUse},
                                    {QStringLiteral("used"), row.usedText},
                                    {QStringLiteral("link"), row.link}});
        array.append(QJsonObject{{QStringLiteral("title"), group.title}, {QStringLiteral("rows"), rows}});
    }
    return array;
}

QList<DocumentSoftwareGroup> softwareFrom(const QJsonArray &array)
{
    QList<DocumentSoftwareGroup> groups;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        DocumentSoftwareGroup group{object.value(QLatin1String("title")).toString(), {}};
        for (const QJsonValue &rowValue : object.value(QLatin1String("rows")).toArray()) {
            const QJsonObject row = rowValue.toObject();
            group.rows << DocumentSoftwareRow{row.value(QLatin1String("name")).toString(),
                                              row.value(QLatin1String("inUse")).toBool(),
                                              row.value(QLatin1String("used")).toString(),
                                              row.value(QLatin1String("link")).toString()};
        }
        if (!group.title.isEmpty() || !group.rows.isEmpty())
            groups << group;
    }
    return groups;
}

QJsonObject indicatorsJson(const AuthorityIndicators &indicators)
{
    QJsonObject object;
    for (const auto &[key, member] : indicatorFields()) {
        const Indicator &value = indicators.*member;
        if (value.isKnown())
            object.insert(key, QJsonObject{{QStringLiteral("count"), value.count}, {QStringLiteral("of"), value.total}});
    }
    return object;
}

AuthorityIndicators indicatorsFrom(const QJsonObject &object)
{
    AuthorityIndicators indicators;
    for (const auto &[key, member] : indicatorFields()) {
        const QJsonObject value = object.value(key).toObject();
        const int count = value.value(QLatin1String("count")).toInt(-1);
        const int total = value.value(QLatin1String("of")).toInt(-1);
        if (count >= 0 && total > 0 && count <= total)
            indicators.*member = Indicator{count, total};
    }
    return indicators;
}

} // namespace

QJsonObject toJson(const DocumentInventorySummary &inventory, const AuthorityIndicators &indicators)
{
    QJsonArray equipment;
    for (const DocumentEquipmentRow &row : inventory.equipment)
        equipment.append(QJsonObject{{QStringLiteral("name"), row.name},
                                     {QStringLiteral("have"), row.haveText},
                                     {QStringLiteral("missing"), row.missing}});
    const DocumentInventoryTotals &totals = inventory.totals;
    return QJsonObject{{QStringLiteral("software"), softwareJson(inventory.software)},
                       {QStringLiteral("equipment"), equipment},
                       {QStringLiteral("totals"), QJsonObject{{QStringLiteral("softwareInUse"), totals.softwareInUse},
                                                              {QStringLiteral("softwareMissing"), totals.softwareMissing},
                                                              {QStringLiteral("equipmentOwned"), totals.equipmentHave},
                                                              {QStringLiteral("equipmentMissing"), totals.equipmentMissing}}},
                       {QStringLiteral("indicators"), indicatorsJson(indicators)}};
}

Content fromJson(const QJsonObject &summary)
{
    Content content;
    content.inventory.software = softwareFrom(summary.value(QLatin1String("software")).toArray());
    for (const QJsonValue &value : summary.value(QLatin1String("equipment")).toArray()) {
        const QJsonObject row = value.toObject();
        const QString name = row.value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            content.inventory.equipment << DocumentEquipmentRow{name, row.value(QLatin1String("have")).toString(),
                                                                row.value(QLatin1String("missing")).toBool()};
    }
    const QJsonObject totals = summary.value(QLatin1String("totals")).toObject();
    auto count = [&totals](const char *key) { return qMax(0, totals.value(QLatin1String(key)).toInt()); };
    content.inventory.totals = DocumentInventoryTotals{count("softwareInUse"), count("softwareMissing"),
                                                       count("equipmentOwned"), count("equipmentMissing")};
    content.indicators = indicatorsFrom(summary.value(QLatin1String("indicators")).toObject());
    return content;
}

} // namespace sdx::DocumentInventoryJson
