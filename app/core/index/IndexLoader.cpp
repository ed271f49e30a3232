#include "IndexLoader.h"

#include "Points.h"
#include "common/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace sdx::IndexLoader {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::IndexLoader)
};

constexpr qint64 kMaxIndexFileBytes = 4 * 1024 * 1024;

/// Reads JSON objects into the definition, collecting every problem with where it is.
class Parser final
{
public:
    QStringList errors;

    QString text(const QJsonObject &object, const char *key, const QString &where, bool required = true)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isString())
            return value.toString();
        if (required || !value.isUndefined())
            errors << Text::tr("%1: thiếu hoặc sai trường \"%2\" (cần một chuỗi).").arg(where, QLatin1String(key));
        return QString();
    }

    double number(const QJsonObject &object, const char *key, const QString &where)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isDouble() && Points::hasAtMostTwoDecimals(value.toDouble()) && value.toDouble() >= 0)
            return value.toDouble();
        errors << Text::tr("%1: thiếu hoặc sai trường \"%2\" (cần một số không âm, tối đa hai chữ số thập phân).")
                      .arg(where, QLatin1String(key));
        return 0;
    }

    qint64 integer(const QJsonObject &object, const char *key, const QString &where)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        const double number = value.toDouble(-1);
        if (value.isDouble() && number >= 0 && number == double(qint64(number)))
            return qint64(number);
        errors << Text::tr("%1: thiếu hoặc sai trường \"%2\" (cần một số nguyên không âm).").arg(where, QLatin1String(key));
        return 0;
    }

    bool flag(const QJsonObject &object, const char *key, bool fallback, const QString &where)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            errors << Text::tr("%1: trường \"%2\" phải là true hoặc false.").arg(where, QLatin1String(key));
        return value.toBool(fallback);
    }

    QJsonArray array(const QJsonObject &object, const char *key, const QString &where, bool required = true)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isArray())
            return value.toArray();
        if (required || !value.isUndefined())
            errors << Text::tr("%1: thiếu hoặc sai trường \"%2\" (cần một danh sách).").arg(where, QLatin1String(key));
        return QJsonArray();
    }

    Verification verification(const QJsonObject &object, const QString &where)
    {
        Verification check;
        check.unverified = flag(object, "unverified", false, where);
        check.note = text(object, "note", where, false);
        if (check.unverified && check.note.isEmpty())
            errors << Text::tr("%1: giá trị chưa kiểm chứng (\"unverified\") phải có \"note\" giải thích cách hiểu đã chọn.")
                          .arg(where);
        return check;
    }

    QList<LevelBand> levelBands(const QJsonObject &object, const QString &where, bool required)
    {
        QList<LevelBand> bands;
        const QJsonArray entries = array(object, "levels", where, required);
        for (int i = 0; i < entries.size(); ++i) {
            const QString at = Text::tr("%1, mức thứ %2").arg(where).arg(i + 1);
            const QJsonObject entry = entries.at(i).toObject();
            LevelBand band;
            band.level = int(integer(entry, "level", at));
            band.from = number(entry, "from", at);
            band.inclusive = flag(entry, "inclusive", true, at);
            band.check = verification(entry, at);
            bands.append(band);
        }
        return bands;
    }

    QList<Tier> tiers(const QJsonObject &object, const QString &where)
    {
        QList<Tier> result;
        const QJsonArray entries = array(object, "tiers", where);
        for (int i = 0; i < entries.size(); ++i) {
            const QString at = Text::tr("%1, bậc thứ %2").arg(where).arg(i + 1);
            const QJsonObject entry = entries.at(i).toObject();
            Tier tier;
            tier.from = integer(entry, "from", at);
            tier.inclusive = flag(entry, "inclusive", true, at);
            tier.points = number(entry, "points", at);
            tier.label = text(entry, "label", at);
            tier.check = verification(entry, at);
            result.append(tier);
        }
        return result;
    }

    IndexItem item(const QJsonObject &object, const QString &criterionWhere)
    {
        IndexItem entry;
        entry.id = text(object, "id", criterionWhere);
        const QString where = Text::tr("mục %1").arg(entry.id);
        const QString inputCode = text(object, "input", where);
        if (const std::optional<InputType> input = InputTypes::fromCode(inputCode))
            entry.input = *input;
        else if (!inputCode.isEmpty())
            errors << Text::tr("%1: kiểu trả lời \"%2\" không rõ (yesno, count, share hoặc level).").arg(where, inputCode);
        entry.max = number(object, "max", where);
        entry.text = text(object, "text", where);
        entry.lead = text(object, "lead", where, false);
        entry.shortLabel = text(object, "short", where);
        entry.unit = text(object, "unit", where, false);
        entry.countLabel = text(object, "countLabel", where, false);
        entry.ofLabel = text(object, "ofLabel", where, false);
        entry.tierText = text(object, "tierText", where, false);
        entry.evidenceHint = text(object, "evidenceHint", where, false);
        entry.guidance = text(object, "guidance", where, false);
        entry.explainNote = text(object, "explainNote", where, false);
        entry.prerequisite = text(object, "requires", where, false);
        entry.prerequisiteReason = text(object, "requiresReason", where, false);
        const QString costCode = text(object, "actionCost", where);
        if (const std::optional<ActionCost> cost = ActionCosts::fromCode(costCode))
            entry.actionCost = *cost;
        else if (!costCode.isEmpty())
            errors << Text::tr("%1: mức chi phí \"%2\" không rõ.").arg(where, costCode);
        if (entry.input != InputType::YesNo)
            entry.tiers = tiers(object, where);
        else if (object.contains(QLatin1String("tiers")))
            errors << Text::tr("%1: mục có/không không có bậc điểm (\"tiers\").").arg(where);
        entry.check = verification(object, where);
        return entry;
    }

    Criterion criterion(const QJsonObject &object)
    {
        Criterion result;
        result.id = text(object, "id", Text::tr("một tiêu chí"));
        const QString where = Text::tr("tiêu chí %1").arg(result.id);
        result.text = text(object, "text", where);
        result.max = number(object, "max", where);
        result.mandatory = flag(object, "mandatory", false, where);
        result.levelText = text(object, "levelText", where, !result.mandatory);
        result.evidence = text(object, "evidence", where, false);
        result.levels = levelBands(object, where, !result.mandatory);
        result.check = verification(object, where);
        const QJsonArray items = array(object, "items", where);
        for (const QJsonValue &value : items)
            result.items.append(item(value.toObject(), where));
        return result;
    }

    Group group(const QJsonObject &object)
    {
        Group result;
        result.id = text(object, "id", Text::tr("một nhóm tiêu chí"));
        const QString where = Text::tr("nhóm %1").arg(result.id);
        result.title = text(object, "title", where);
        result.max = number(object, "max", where);
        result.levelText = text(object, "levelText", where, false);
        result.levels = levelBands(object, where, true);
        const QJsonArray criteria = array(object, "criteria", where);
        for (const QJsonValue &value : criteria)
            result.criteria.append(criterion(value.toObject()));
        return result;
    }

    void header(const QJsonObject &root, IndexDefinition &index)
    {
        const QString where = Text::tr("phần đầu");
        if (root.value(QLatin1String("format")).toString() != QLatin1String("schooldx-index"))
            errors << Text::tr("không phải tệp bộ chỉ số của SchoolDX (thiếu \"format\": \"schooldx-index\").");
        if (root.value(QLatin1String("formatVersion")).toInt() != 1)
            errors << Text::tr("định dạng tệp bộ chỉ số phiên bản %1 chưa được hỗ trợ (cần phiên bản 1).")
                          .arg(root.value(QLatin1String("formatVersion")).toInt());
        index.id = text(root, "id", where);
        index.version = int(integer(root, "version", where));
        index.title = text(root, "title", where);
        index.decision = text(root, "decision", where, false);
        index.source = text(root, "source", where, false);
        const QString date = text(root, "date", where, false);
        index.date = QDate::fromString(date, Qt::ISODate);
        if (!date.isEmpty() && !index.date.isValid())
            errors << Text::tr("%1: ngày \"%2\" không hợp lệ (cần dạng 2022-12-30).").arg(where, date);
    }

    void levelNames(const QJsonObject &root, IndexDefinition &index)
    {
        for (const QJsonValue &value : array(root, "levelNames", Text::tr("phần đầu"))) {
            const QJsonObject entry = value.toObject();
            const QString at = Text::tr("tên mức độ");
            index.levelNames.append({int(integer(entry, "level", at)), text(entry, "short", at), text(entry, "name", at),
                                     text(entry, "description", at, false)});
        }
    }

    void cap(const QJsonObject &root, IndexDefinition &index)
    {
        const QJsonObject object = root.value(QLatin1String("mandatoryCap")).toObject();
        const QString where = Text::tr("giới hạn mức khi chưa đạt điều kiện bắt buộc");
        if (object.isEmpty())
            return;  // no cap in this version
        index.mandatoryCap.enabled = flag(object, "enabled", true, where);
        index.mandatoryCap.level = int(integer(object, "level", where));
        index.mandatoryCap.label = text(object, "label", where);
        index.mandatoryCap.check = verification(object, where);
    }
};

QString sumText(double value)
{
    return Points::format(value);
}

void checkBands(const QList<LevelBand> &bands, double max, const QString &where, QStringList &errors)
{
    int expectedLevel = 2;
    for (int i = 0; i < bands.size(); ++i) {
        const LevelBand &band = bands.at(i);
        if (band.level != expectedLevel)
            errors << Text::tr("%1: các mức phải liên tiếp từ Mức độ 2 (gặp Mức độ %2 ở vị trí %3).")
                          .arg(where).arg(band.level).arg(i + 1);
        if (i > 0 && Points::compare(band.from, bands.at(i - 1).from) <= 0)
            errors << Text::tr("%1: ngưỡng của Mức độ %2 (%3) phải lớn hơn ngưỡng của mức trước (%4).")
                          .arg(where).arg(band.level).arg(sumText(band.from), sumText(bands.at(i - 1).from));
        if (Points::compare(band.from, max) > 0)
            errors << Text::tr("%1: ngưỡng của Mức độ %2 (%3) vượt điểm tối đa (%4).")
                          .arg(where).arg(band.level).arg(sumText(band.from), sumText(max));
        ++expectedLevel;
    }
}

void checkTiers(const IndexItem &item, QStringList &errors)
{
    const QString where = Text::tr("mục %1").arg(item.id);
    if (item.tiers.isEmpty()) {
        errors << Text::tr("%1: cần ít nhất một bậc điểm.").arg(where);
        return;
    }
    const Tier &first = item.tiers.constFirst();
    if (item.input != InputType::Level && (first.from != 0 || !first.inclusive))
        errors << Text::tr("%1: bậc đầu tiên phải bắt đầu từ 0 (kể cả 0) để mọi giá trị đều có bậc.").arg(where);
    for (int i = 0; i < item.tiers.size(); ++i) {
        const Tier &tier = item.tiers.at(i);
        if (item.input == InputType::Share && tier.from > 100)
            errors << Text::tr("%1: ngưỡng %2% vượt quá 100%.").arg(where).arg(tier.from);
        if (item.input == InputType::Level && (!tier.inclusive || tier.from < 1))
            errors << Text::tr("%1: mức độ phải là số nguyên từ 1 trở lên.").arg(where);
        if (Points::compare(tier.points, item.max) > 0)
            errors << Text::tr("%1: bậc \"%2\" cho %3 điểm, vượt điểm tối đa %4.")
                          .arg(where, tier.label, sumText(tier.points), sumText(item.max));
        if (i == 0)
            continue;
        const Tier &previous = item.tiers.at(i - 1);
        // Ascending: a higher `from`, or the same `from` going from "≥" to ">".
        const bool ascending = tier.from > previous.from
                               || (tier.from == previous.from && previous.inclusive && !tier.inclusive);
        if (!ascending)
            errors << Text::tr("%1: các bậc phải theo thứ tự tăng dần (bậc \"%2\" đứng sau \"%3\").")
                          .arg(where, tier.label, previous.label);
        if (Points::compare(tier.points, previous.points) < 0)
            errors << Text::tr("%1: bậc \"%2\" cho ít điểm hơn bậc thấp hơn \"%3\".").arg(where, tier.label, previous.label);
    }
    if (Points::compare(item.tiers.constLast().points, item.max) != 0)
        errors << Text::tr("%1: bậc cao nhất cho %2 điểm, khác điểm tối đa %3.")
                      .arg(where, sumText(item.tiers.constLast().points), sumText(item.max));
}

void checkItem(const IndexDefinition &index, const Criterion &criterion, const IndexItem &item, QStringList &errors)
{
    const QString where = Text::tr("mục %1").arg(item.id);
    if (item.id != criterion.id && !item.id.startsWith(criterion.id + QLatin1Char('.')))
        errors << Text::tr("%1: mã mục phải bắt đầu bằng mã tiêu chí %2.").arg(where, criterion.id);
    if (item.input != InputType::YesNo)
        checkTiers(item, errors);
    if (criterion.mandatory && (item.input != InputType::YesNo || Points::compare(item.max, 0) != 0))
        errors << Text::tr("%1: điều kiện bắt buộc phải là câu hỏi có/không, 0 điểm.").arg(where);
    if (item.prerequisite.isEmpty())
        return;
    const IndexItem *prerequisite = index.item(item.prerequisite);
    if (!prerequisite || prerequisite->input != InputType::YesNo || prerequisite->id == item.id
        || prerequisite->criterionId != criterion.id)
        errors << Text::tr("%1: điều kiện \"%2\" phải là một mục có/không khác trong cùng tiêu chí.")
                      .arg(where, item.prerequisite);
    else if (!prerequisite->prerequisite.isEmpty())
        errors << Text::tr("%1: mục điều kiện %2 không được tự có điều kiện.").arg(where, prerequisite->id);
}

void checkCriterion(const IndexDefinition &index, const Group &group, const Criterion &criterion,
                    QStringList &errors)
{
    const QString where = Text::tr("tiêu chí %1").arg(criterion.id);
    if (!criterion.id.startsWith(group.id + QLatin1Char('.')))
        errors << Text::tr("%1: mã tiêu chí phải bắt đầu bằng \"%2.\".").arg(where, group.id);
    if (criterion.items.isEmpty())
        errors << Text::tr("%1: không có mục nào.").arg(where);
    qint64 sum = 0;
    for (const IndexItem &item : criterion.items) {
        sum += Points::toHundredths(item.max);
        checkItem(index, criterion, item, errors);
    }
    if (sum != Points::toHundredths(criterion.max))
        errors << Text::tr("%1: tổng điểm tối đa các mục (%2) khác điểm tối đa của tiêu chí (%3).")
                      .arg(where, sumText(Points::fromHundredths(sum)), sumText(criterion.max));
    if (criterion.mandatory && !criterion.levels.isEmpty())
        errors << Text::tr("%1: điều kiện bắt buộc không có mức độ theo điểm.").arg(where);
    if (!criterion.mandatory)
        checkBands(criterion.levels, criterion.max, where, errors);
}

void checkUniqueIds(const IndexDefinition &index, QStringList &errors)
{
    QSet<QString> groups;
    QSet<QString> criteria;
    QSet<QString> items;
    for (const Group &group : index.groups) {
        if (group.id.isEmpty() || groups.contains(group.id))
            errors << Text::tr("mã nhóm \"%1\" bị trùng hoặc để trống.").arg(group.id);
        groups.insert(group.id);
        for (const Criterion &criterion : group.criteria) {
            if (criterion.id.isEmpty() || criteria.contains(criterion.id))
                errors << Text::tr("mã tiêu chí \"%1\" bị trùng hoặc để trống.").arg(criterion.id);
            criteria.insert(criterion.id);
            for (const IndexItem &item : criterion.items) {
                if (item.id.isEmpty() || items.contains(item.id))
                    errors << Text::tr("mã mục \"%1\" bị trùng hoặc để trống.").arg(item.id);
                items.insert(item.id);
            }
        }
    }
    // An item may carry its criterion's id (1.4), but not another criterion's.
    for (const IndexItem *item : index.items()) {
        if (criteria.contains(item->id) && item->id != item->criterionId)
            errors << Text::tr("mã mục \"%1\" trùng với mã một tiêu chí khác.").arg(item->id);
    }
}

void checkLevelNamesAndCap(const IndexDefinition &index, QStringList &errors)
{
    QSet<int> levels;
    for (const LevelName &name : index.levelNames)
        levels.insert(name.level);
    int highest = 1;
    for (const Group &group : index.groups) {
        for (const LevelBand &band : group.levels)
            highest = qMax(highest, band.level);
    }
    for (int level = 1; level <= highest; ++level) {
        if (!levels.contains(level))
            errors << Text::tr("thiếu tên của Mức độ %1 trong \"levelNames\".").arg(level);
    }
    if (index.mandatoryCap.enabled && (index.mandatoryCap.level < 1 || index.mandatoryCap.level > highest))
        errors << Text::tr("giới hạn mức khi chưa đạt điều kiện bắt buộc (%1) phải là một mức có thật.")
                      .arg(index.mandatoryCap.level);
}

} // namespace

QStringList validate(const IndexDefinition &index)
{
    QStringList errors;
    if (index.groups.isEmpty())
        errors << Text::tr("không có nhóm tiêu chí nào.");
    if (index.version < 1)
        errors << Text::tr("phiên bản phải từ 1 trở lên.");
    checkUniqueIds(index, errors);
    for (const Group &group : index.groups) {
        const QString where = Text::tr("nhóm %1").arg(group.id);
        qint64 sum = 0;
        for (const Criterion &criterion : group.criteria) {
            sum += Points::toHundredths(criterion.max);
            checkCriterion(index, group, criterion, errors);
        }
        if (group.criteria.isEmpty())
            errors << Text::tr("%1: không có tiêu chí nào.").arg(where);
        if (sum != Points::toHundredths(group.max))
            errors << Text::tr("%1: tổng điểm tối đa các tiêu chí (%2) khác điểm tối đa của nhóm (%3).")
                          .arg(where, sumText(Points::fromHundredths(sum)), sumText(group.max));
        checkBands(group.levels, group.max, where, errors);
    }
    checkLevelNamesAndCap(index, errors);
    return errors;
}

Expected<IndexDefinition> fromJson(const QByteArray &data, const QString &sourceName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Status::failure(Text::tr("Tệp bộ chỉ số %1 không phải JSON hợp lệ (vị trí %2: %3).")
                                   .arg(sourceName)
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    IndexDefinition index;
    Parser parser;
    parser.header(root, index);
    parser.levelNames(root, index);
    parser.cap(root, index);
    for (const QJsonValue &value : parser.array(root, "groups", Text::tr("phần đầu")))
        index.groups.append(parser.group(value.toObject()));
    index.rebuildLookup();
    QStringList errors = parser.errors;
    if (errors.isEmpty())
        errors = validate(index);
    if (!errors.isEmpty())
        return Status::failure(Text::tr("Tệp bộ chỉ số %1 có lỗi:\n- %2").arg(sourceName, errors.join(QStringLiteral("\n- "))));
    return index;
}

Expected<IndexDefinition> fromFile(const QString &path)
{
    const Expected<QByteArray> data = SafeFile::read(path, kMaxIndexFileBytes);
    if (!data)
        return data.status();
    return fromJson(*data, QDir::toNativeSeparators(path));
}

} // namespace sdx::IndexLoader
