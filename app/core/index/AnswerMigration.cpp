#include "AnswerMigration.h"

#include "ItemRules.h"
#include "Points.h"

#include <QCoreApplication>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::AnswerMigration)
};

bool sameTiers(const QList<Tier> &a, const QList<Tier> &b)
{
    if (a.size() != b.size())
        return false;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).from != b.at(i).from || a.at(i).inclusive != b.at(i).inclusive
            || Points::compare(a.at(i).points, b.at(i).points) != 0)
            return false;
    }
    return true;
}

bool sameRule(const IndexItem &a, const IndexItem &b)
{
    return Points::compare(a.max, b.max) == 0 && sameTiers(a.tiers, b.tiers) && a.prerequisite == b.prerequisite
           && a.mandatory == b.mandatory;
}

MigrationNote noteFor(const IndexItem *oldItem, const IndexItem &newItem, const Fact *answer)
{
    MigrationNote note;
    note.itemId = newItem.id;
    if (!oldItem) {
        note.change = MigrationChange::Added;
        note.message = Text::tr("Mục %1 mới có trong bộ chỉ số mới; cần trả lời.").arg(note.itemId);
    } else if (oldItem->input != newItem.input) {
        note.change = MigrationChange::InputChanged;
        note.message = Text::tr("Mục %1 đổi kiểu trả lời; cần trả lời lại.").arg(note.itemId);
    } else if (answer && !ItemRules::check(newItem, answer->value).isEmpty()) {
        note.change = MigrationChange::Invalid;
        note.message = Text::tr("Mục %1: câu trả lời cũ không hợp lệ với bộ chỉ số mới; cần trả lời lại.").arg(note.itemId);
    } else if (!sameRule(*oldItem, newItem)) {
        note.change = MigrationChange::RuleChanged;
        note.message = Text::tr("Mục %1 đổi cách tính điểm (tối đa %2 → %3 điểm); giữ câu trả lời, cần xem lại.")
                           .arg(note.itemId, Points::format(oldItem->max), Points::format(newItem.max));
    } else if (oldItem->text != newItem.text) {
        note.change = MigrationChange::Reworded;
        note.message = Text::tr("Mục %1 đổi cách diễn đạt; giữ câu trả lời, cần đọc lại.").arg(note.itemId);
    }
    return note;
}

bool keepsAnswer(MigrationChange change)
{
    return change == MigrationChange::Unchanged || change == MigrationChange::Reworded
           || change == MigrationChange::RuleChanged;
}

} // namespace

QStringList AnswerMigrationResult::reviewItems() const
{
    QStringList ids;
    for (const MigrationNote &note : notes) {
        if (note.needsReview())
            ids << note.itemId;
    }
    return ids;
}

AnswerMigrationResult migrateAnswers(const IndexDefinition &from, const IndexDefinition &to, const Facts &answers,
                                     const Adjustments &adjustments)
{
    AnswerMigrationResult result;
    for (const IndexItem *newItem : to.items()) {
        const IndexItem *oldItem = from.item(newItem->id);
        const auto answer = answers.constFind(newItem->id);
        const Fact *fact = answer == answers.cend() ? nullptr : &*answer;
        const MigrationNote note = noteFor(oldItem, *newItem, fact);
        // A changed rule matters only to an answer; a new item matters anyway.
        if (note.needsReview() && (fact || note.change == MigrationChange::Added))
            result.notes.append(note);
        if (fact && keepsAnswer(note.change))
            result.facts.insert(newItem->id, *fact);
        const auto adjustment = adjustments.constFind(newItem->id);
        if (adjustment != adjustments.cend()
            && (note.change == MigrationChange::Unchanged || note.change == MigrationChange::Reworded))
            result.adjustments.insert(newItem->id, *adjustment);
    }
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (to.item(it.key()))
            continue;
        MigrationNote removed;
        removed.itemId = it.key();
        removed.change = MigrationChange::Removed;
        removed.message = Text::tr("Mục %1 không còn trong bộ chỉ số mới; câu trả lời cũ không được chuyển.").arg(it.key());
        result.notes.append(removed);
    }
    return result;
}

} // namespace sdx
