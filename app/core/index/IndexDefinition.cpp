#include "IndexDefinition.h"

#include <QCoreApplication>

namespace sdx {
namespace {

struct CodeName
{
    const char *code;
    int value;
};

const CodeName kInputCodes[] = {
    {"yesno", int(InputType::YesNo)},
    {"count", int(InputType::Count)},
    {"share", int(InputType::Share)},
    {"level", int(InputType::Level)},
};

const CodeName kCostCodes[] = {
    {"regulation", int(ActionCost::Regulation)},
    {"free-software", int(ActionCost::FreeSoftware)},
    {"training", int(ActionCost::Training)},
    {"buy-software", int(ActionCost::BuySoftware)},
    {"equipment", int(ActionCost::Equipment)},
};

template<std::size_t N>
QString codeOf(const CodeName (&table)[N], int value)
{
    for (const CodeName &entry : table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.code);
    }
    return QString();
}

template<std::size_t N>
std::optional<int> valueOf(const CodeName (&table)[N], const QString &code)
{
    for (const CodeName &entry : table) {
        if (code == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace

QString InputTypes::code(InputType type)
{
    return codeOf(kInputCodes, int(type));
}

std::optional<InputType> InputTypes::fromCode(const QString &code)
{
    const std::optional<int> value = valueOf(kInputCodes, code);
    return value ? std::optional<InputType>(InputType(*value)) : std::nullopt;
}

QString ActionCosts::code(ActionCost cost)
{
    return codeOf(kCostCodes, int(cost));
}

std::optional<ActionCost> ActionCosts::fromCode(const QString &code)
{
    const std::optional<int> value = valueOf(kCostCodes, code);
    return value ? std::optional<ActionCost>(ActionCost(*value)) : std::nullopt;
}

QString ActionCosts::displayName(ActionCost cost)
{
    switch (cost) {
    case ActionCost::Regulation:
        return QCoreApplication::translate("sdx::ActionCost", "Ban hành văn bản");
    case ActionCost::FreeSoftware:
        return QCoreApplication::translate("sdx::ActionCost", "Dùng phần mềm, tài khoản miễn phí");
    case ActionCost::Training:
        return QCoreApplication::translate("sdx::ActionCost", "Tập huấn, giao việc cho giáo viên");
    case ActionCost::BuySoftware:
        return QCoreApplication::translate("sdx::ActionCost", "Mua hoặc thuê phần mềm");
    case ActionCost::Equipment:
        return QCoreApplication::translate("sdx::ActionCost", "Mua sắm thiết bị");
    }
    return QString();
}

void IndexDefinition::rebuildLookup()
{
    m_items.clear();
    m_criteria.clear();
    m_groups.clear();
    for (int g = 0; g < groups.size(); ++g) {
        Group &group = groups[g];
        m_groups.insert(group.id, g);
        for (int c = 0; c < group.criteria.size(); ++c) {
            Criterion &criterion = group.criteria[c];
            criterion.groupId = group.id;
            m_criteria.insert(criterion.id, {g, c, -1});
            for (int i = 0; i < criterion.items.size(); ++i) {
                IndexItem &item = criterion.items[i];
                item.groupId = group.id;
                item.criterionId = criterion.id;
                item.mandatory = criterion.mandatory;
                m_items.insert(item.id, {g, c, i});
            }
        }
    }
}

const Group *IndexDefinition::group(const QString &groupId) const
{
    const auto found = m_groups.constFind(groupId);
    return found == m_groups.cend() ? nullptr : &groups.at(*found);
}

const Criterion *IndexDefinition::criterion(const QString &criterionId) const
{
    const auto found = m_criteria.constFind(criterionId);
    return found == m_criteria.cend() ? nullptr : &groups.at(found->group).criteria.at(found->criterion);
}

const IndexItem *IndexDefinition::item(const QString &itemId) const
{
    const auto found = m_items.constFind(itemId);
    if (found == m_items.cend())
        return nullptr;
    return &groups.at(found->group).criteria.at(found->criterion).items.at(found->item);
}

QList<const IndexItem *> IndexDefinition::items() const
{
    QList<const IndexItem *> all;
    for (const Group &group : groups) {
        for (const Criterion &criterion : group.criteria) {
            for (const IndexItem &entry : criterion.items)
                all.append(&entry);
        }
    }
    return all;
}

QList<const IndexItem *> IndexDefinition::dependentsOf(const QString &itemId) const
{
    QList<const IndexItem *> dependents;
    for (const IndexItem *entry : items()) {
        if (entry->prerequisite == itemId)
            dependents.append(entry);
    }
    return dependents;
}

QString IndexDefinition::levelShortName(int level) const
{
    for (const LevelName &name : levelNames) {
        if (name.level == level) // translations/data_strings.cpp carries the names for lupdate
            return QCoreApplication::translate("sdx::IndexDefinition", name.shortName.toUtf8().constData());
    }
    return QCoreApplication::translate("sdx::IndexDefinition", "Mức độ %1").arg(level);
}

QString IndexDefinition::levelName(int level) const
{
    for (const LevelName &name : levelNames) {
        if (name.level == level)
            return QCoreApplication::translate("sdx::IndexDefinition", name.name.toUtf8().constData());
    }
    return levelShortName(level);
}

QString IndexDefinition::displayName() const
{
    return QCoreApplication::translate("sdx::IndexDefinition", "%1 (phiên bản %2)").arg(id).arg(version);
}

} // namespace sdx
