#include "ExchangeScorer.h"

#include <QJsonArray>

namespace sdx {

QList<IndexOutline::Criterion> IndexOutline::criteria() const
{
    QList<Criterion> result;
    for (const Group &group : groups)
        result.append(group.criteria);
    return result;
}

IndexOutline IndexOutline::fromScore(const QJsonObject &score)
{
    IndexOutline outline;
    outline.indexId = score.value(QLatin1String("index")).toString();
    outline.indexVersion = score.value(QLatin1String("indexVersion")).toInt();
    outline.displayName = outline.indexId;
    const QJsonArray groups = score.value(QLatin1String("groups")).toArray();
    for (const QJsonValue &groupValue : groups) {
        const QJsonObject groupObject = groupValue.toObject();
        Group group{groupObject.value(QLatin1String("id")).toString(),
                    groupObject.value(QLatin1String("title")).toString(),
                    groupObject.value(QLatin1String("max")).toDouble(), {}};
        const QJsonArray criteria = groupObject.value(QLatin1String("criteria")).toArray();
        for (const QJsonValue &criterionValue : criteria) {
            const QJsonObject criterionObject = criterionValue.toObject();
            Criterion criterion;
            criterion.id = criterionObject.value(QLatin1String("id")).toString();
            criterion.groupId = group.id;
            criterion.title = criterionObject.value(QLatin1String("title")).toString();
            criterion.max = criterionObject.value(QLatin1String("max")).toDouble();
            criterion.mandatory = criterionObject.value(QLatin1String("mandatory")).toBool();
            const QJsonArray items = criterionObject.value(QLatin1String("items")).toArray();
            for (const QJsonValue &itemValue : items) {
                const QJsonObject itemObject = itemValue.toObject();
                criterion.items.append({itemObject.value(QLatin1String("id")).toString(),
                                        itemObject.value(QLatin1String("title")).toString(),
                                        itemObject.value(QLatin1String("max")).toDouble()});
            }
            group.criteria.append(criterion);
        }
        outline.groups.append(group);
    }
    return outline;
}

} // namespace sdx
