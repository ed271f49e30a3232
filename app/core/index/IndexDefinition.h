#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace sdx {

/// How the user answers an item of the index.
enum class InputType {
    YesNo,  ///< true/false
    Count,  ///< a non-negative integer (1.4: approved digital learning materials)
    Share,  ///< {"count": n, "of": m}: a proportion, compared exactly with integers
    Level,  ///< 1–3 (1.7.2)
};

/// What it takes to earn an item, cheapest first: improvements are ordered by it.
enum class ActionCost {
    Regulation = 1,    ///< issue a regulation, plan or decision
    FreeSoftware = 2,  ///< use free software or accounts
    Training = 3,      ///< train staff, have them produce
    BuySoftware = 4,   ///< buy or rent software
    Equipment = 5,     ///< buy equipment
};

namespace InputTypes {
QString code(InputType type);  ///< "yesno", "count", "share", "level"
std::optional<InputType> fromCode(const QString &code);
} // namespace InputTypes

namespace ActionCosts {
QString code(ActionCost cost);  ///< "regulation", "free-software", "training", "buy-software", "equipment"
std::optional<ActionCost> fromCode(const QString &code);
QString displayName(ActionCost cost);  ///< Vietnamese, for the improvement list
} // namespace ActionCosts

/// A value that the reference marks 🟡/❓: kept as data, flagged, with the reading chosen.
struct Verification
{
    bool unverified = false;
    QString note;
};

/// One step of a count/share/level scale. Reached when value >= from (inclusive) or value > from.
/// For shares `from` is a whole percentage compared as 100·count against from·of.
struct Tier
{
    qint64 from = 0;
    bool inclusive = true;
    double points = 0;
    QString label;  ///< "từ 20 đến dưới 40", "> 60%", "Mức độ 2"
    Verification check;
};

/// A level reached by a total of points: level 1 below the first band.
struct LevelBand
{
    int level = 2;
    double from = 0;
    bool inclusive = true;
    Verification check;
};

struct IndexItem
{
    QString id;
    QString criterionId;
    QString groupId;
    InputType input = InputType::YesNo;
    double max = 0;
    bool mandatory = false;       ///< copied from its criterion: a gate, not points
    QString text;                 ///< the official wording
    QString lead;                 ///< a shared heading printed before the wording (1.3.3's functions)
    QString shortLabel;           ///< noun phrase used in explanations: "giáo viên có tài khoản"
    QString unit;                 ///< counts: "học liệu"
    QString countLabel;           ///< shares: what is counted
    QString ofLabel;              ///< shares: the whole
    QString tierText;             ///< the official scale, verbatim
    QString evidenceHint;         ///< what evidence to keep for it
    QString guidance;             ///< what to do to earn it
    QString explainNote;          ///< extra clause for explanations (1.3.2)
    QString prerequisite;         ///< id of a yes/no item that must be true for this one to count
    QString prerequisiteReason; ///< "chưa triển khai LMS/LCMS"
    QList<Tier> tiers;            ///< count/share/level scales, ascending
    ActionCost actionCost = ActionCost::Regulation;
    Verification check;
};

struct Criterion
{
    QString id;
    QString groupId;
    QString text;
    QString levelText;   ///< verbatim: "Mức độ 1: dưới 10 điểm; …"
    QString evidence;    ///< the official "Ghi chú, minh chứng" column
    double max = 0;
    bool mandatory = false;
    QList<LevelBand> levels;
    QList<IndexItem> items;
    Verification check;
};

struct Group
{
    QString id;
    QString title;
    QString levelText;
    double max = 0;
    QList<LevelBand> levels;
    QList<Criterion> criteria;
};

struct LevelName
{
    int level = 1;
    QString shortName;    ///< "Mức độ 1"
    QString name;         ///< "Mức chưa đáp ứng (Mức độ 1)"
    QString description;
};

/// What happens to a group whose mandatory conditions are not all met (a reading, per version).
struct MandatoryCap
{
    bool enabled = false;
    int level = 1;
    QString label;  ///< "Chưa đáp ứng điều kiện bắt buộc"
    Verification check;
};

/**
 * One version of an index, loaded from a JSON file in resources/index/ (see IndexLoader): a change
 * of rule is a change of data. Lookups by id are kept as positions, so copies stay valid.
 */
class IndexDefinition final
{
public:
    QString id;          ///< "4725/QĐ-BGDĐT"
    int version = 0;
    QString title;
    QString decision;
    QString source;
    QDate date;
    QList<LevelName> levelNames;
    MandatoryCap mandatoryCap;
    QList<Group> groups;

    /// Must be called after `groups` changed: fills the id lookups and the items' back references.
    void rebuildLookup();

    const Group *group(const QString &groupId) const;
    const Criterion *criterion(const QString &criterionId) const;
    const IndexItem *item(const QString &itemId) const;
    /// Every item in the order of the official table.
    QList<const IndexItem *> items() const;
    /// Items whose `requires` names `itemId`.
    QList<const IndexItem *> dependentsOf(const QString &itemId) const;

    QString levelShortName(int level) const;  ///< "Mức độ 2"
    QString levelName(int level) const;       ///< "Mức đáp ứng cơ bản (Mức độ 2)"
    /// "4725/QĐ-BGDĐT (phiên bản 1)"
    QString displayName() const;

private:
    struct Position
    {
        int group = -1;
        int criterion = -1;
        int item = -1;
    };
    QHash<QString, Position> m_items;
    QHash<QString, Position> m_criteria;
    QHash<QString, int> m_groups;
};

} // namespace sdx
