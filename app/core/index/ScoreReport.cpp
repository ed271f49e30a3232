#include "ScoreReport.h"

namespace sdx {

QStringList ScoreReport::errorMessages() const
{
    QStringList messages;
    for (const InputError &error : errors)
        messages << error.message;
    return messages;
}

const GroupScore *ScoreReport::group(const QString &id) const
{
    for (const GroupScore &entry : groups) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

const CriterionScore *ScoreReport::criterion(const QString &id) const
{
    for (const GroupScore &group : groups) {
        for (const CriterionScore &entry : group.criteria) {
            if (entry.id == id)
                return &entry;
        }
    }
    return nullptr;
}

const ItemScore *ScoreReport::item(const QString &id) const
{
    for (const GroupScore &group : groups) {
        for (const CriterionScore &criterion : group.criteria) {
            for (const ItemScore &entry : criterion.items) {
                if (entry.id == id)
                    return &entry;
            }
        }
    }
    return nullptr;
}

QStringList ScoreReport::unansweredItems() const
{
    QStringList ids;
    for (const GroupScore &group : groups) {
        for (const CriterionScore &criterion : group.criteria) {
            for (const ItemScore &entry : criterion.items) {
                if (!entry.answered)
                    ids << entry.id;
            }
        }
    }
    return ids;
}

} // namespace sdx
