#include "IndexTestSupport.h"

#include "index/FactsFile.h"
#include "index/IndexRegistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace IndexTestSupport {

using namespace sdx;

const IndexDefinition &builtIn()
{
    static const IndexDefinitionPtr index = IndexRegistry::builtIn().find(QStringLiteral("4725/QĐ-BGDĐT"), 1);
    Q_ASSERT(index);
    return *index;
}

Facts facts(const QJsonObject &values)
{
    Facts result;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        result.insert(it.key(), enteredFact(it.value(), QStringLiteral("kiểm thử")));
    return result;
}

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

Adjustments adjustments(const QJsonObject &values)
{
    Adjustments result;
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const QJsonObject entry = it.value().toObject();
        result.insert(it.key(), {entry.value(QLatin1String("points")).toDouble(),
                                 entry.value(QLatin1String("reason")).toString(),
                                 entry.value(QLatin1String("by")).toString()});
    }
    return result;
}

Facts seedFacts()
{
    const Expected<FactsFileContent> content =
        FactsFile::read(QStringLiteral(SDX_TEST_DATA_DIR) + QStringLiteral("/seed-002-facts.json"));
    Q_ASSERT(content.isOk());
    return content->facts;
}

Facts withMandatory(const QJsonObject &values)
{
    QJsonObject all = values;
    for (const char *id : {"1.1", "1.2", "2.1", "2.2"}) {
        if (!all.contains(QLatin1String(id)))
            all.insert(QLatin1String(id), true);
    }
    return facts(all);
}

QJsonObject builtInJson()
{
    QFile file(QStringLiteral(":/index/4725-v1.json"));
    if (!file.open(QIODevice::ReadOnly))
        return QJsonObject();
    return QJsonDocument::fromJson(file.readAll()).object();
}

namespace {

/// Walks groups → criteria → items, editing the arrays in place (QJson values are copies).
void walk(QJsonObject &root, const std::function<bool(const QString &level, QJsonObject &)> &visit)
{
    QJsonArray groups = root.value(QLatin1String("groups")).toArray();
    for (int g = 0; g < groups.size(); ++g) {
        QJsonObject group = groups.at(g).toObject();
        visit(QStringLiteral("group"), group);
        QJsonArray criteria = group.value(QLatin1String("criteria")).toArray();
        for (int c = 0; c < criteria.size(); ++c) {
            QJsonObject criterion = criteria.at(c).toObject();
            visit(QStringLiteral("criterion"), criterion);
            QJsonArray items = criterion.value(QLatin1String("items")).toArray();
            for (int i = 0; i < items.size(); ++i) {
                QJsonObject item = items.at(i).toObject();
                visit(QStringLiteral("item"), item);
                items[i] = item;
            }
            criterion.insert(QStringLiteral("items"), items);
            criteria[c] = criterion;
        }
        group.insert(QStringLiteral("criteria"), criteria);
        groups[g] = group;
    }
    root.insert(QStringLiteral("groups"), groups);
}

void editAt(QJsonObject &root, const QString &wanted, const QString &id, const std::function<void(QJsonObject &)> &edit)
{
    bool done = false;
    walk(root, [&](const QString &level, QJsonObject &object) {
        if (!done && level == wanted && object.value(QLatin1String("id")).toString() == id) {
            edit(object);
            done = true;
        }
        return done;
    });
}

} // namespace

void editItem(QJsonObject &root, const QString &itemId, const std::function<void(QJsonObject &)> &edit)
{
    editAt(root, QStringLiteral("item"), itemId, edit);
}

void editCriterion(QJsonObject &root, const QString &criterionId, const std::function<void(QJsonObject &)> &edit)
{
    editAt(root, QStringLiteral("criterion"), criterionId, edit);
}

void editGroup(QJsonObject &root, const QString &groupId, const std::function<void(QJsonObject &)> &edit)
{
    editAt(root, QStringLiteral("group"), groupId, edit);
}

} // namespace IndexTestSupport
