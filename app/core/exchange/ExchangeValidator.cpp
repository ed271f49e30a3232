#include "ExchangeValidator.h"

#include "ExchangeScorer.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>

namespace sdx::ExchangeValidator {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::Exchange)
};

constexpr int kMaxListedDifferences = 5;

QString number(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return Text::tr("(không có)");
    if (value.isBool())
        return value.toBool() ? Text::tr("có") : Text::tr("không");
    return QString::number(value.toDouble(), 'g', 12);
}

bool sameNumber(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isBool() || b.isBool())
        return a.toBool() == b.toBool() && a.isBool() == b.isBool();
    if (a.isUndefined() || b.isUndefined())
        return a.isUndefined() == b.isUndefined();
    // Points are hundredths at most: compare exactly at that precision.
    return qRound64(a.toDouble() * 100) == qRound64(b.toDouble() * 100);
}

QHash<QString, QJsonObject> byId(const QJsonArray &array)
{
    QHash<QString, QJsonObject> result;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        result.insert(object.value(QLatin1String("id")).toString(), object);
    }
    return result;
}

void compareFields(const QString &what, const QJsonObject &stated, const QJsonObject &recomputed,
                   const QList<const char *> &fields, QStringList &out)
{
    for (const char *field : fields) {
        const QJsonValue a = stated.value(QLatin1String(field));
        const QJsonValue b = recomputed.value(QLatin1String(field));
        if (!sameNumber(a, b))
            out << Text::tr("%1, %2: tệp ghi %3, tính lại được %4").arg(what, QLatin1String(field), number(a), number(b));
    }
}

void compareList(const QString &kind, const QJsonArray &stated, const QJsonArray &recomputed,
                 const QList<const char *> &fields, QStringList &out,
                 void (*children)(const QJsonObject &, const QJsonObject &, QStringList &))
{
    const QHash<QString, QJsonObject> statedById = byId(stated);
    const QHash<QString, QJsonObject> recomputedById = byId(recomputed);
    for (const QJsonValue &value : recomputed) {
        const QString id = value.toObject().value(QLatin1String("id")).toString();
        const QString what = kind.arg(id);
        if (!statedById.contains(id)) {
            out << Text::tr("%1: không có trong kết quả của tệp").arg(what);
            continue;
        }
        compareFields(what, statedById.value(id), recomputedById.value(id), fields, out);
        if (children)
            children(statedById.value(id), recomputedById.value(id), out);
    }
    for (auto it = statedById.constBegin(); it != statedById.constEnd(); ++it) {
        if (!recomputedById.contains(it.key()))
            out << Text::tr("%1: có trong tệp nhưng không có trong bộ chỉ số").arg(kind.arg(it.key()));
    }
}

void compareItems(const QJsonObject &stated, const QJsonObject &recomputed, QStringList &out)
{
    compareList(Text::tr("mục %1"), stated.value(QLatin1String("items")).toArray(),
                recomputed.value(QLatin1String("items")).toArray(), {"points", "max"}, out, nullptr);
}

void compareCriteria(const QJsonObject &stated, const QJsonObject &recomputed, QStringList &out)
{
    compareList(Text::tr("tiêu chí %1"), stated.value(QLatin1String("criteria")).toArray(),
                recomputed.value(QLatin1String("criteria")).toArray(), {"points", "max", "level"}, out,
                &compareItems);
}

} // namespace

QStringList differences(const QJsonObject &stated, const QJsonObject &recomputed)
{
    QStringList out;
    compareList(Text::tr("nhóm %1"), stated.value(QLatin1String("groups")).toArray(),
                recomputed.value(QLatin1String("groups")).toArray(),
                {"points", "max", "level", "uncappedLevel", "mandatoryMet"}, out, &compareCriteria);
    return out;
}

Status check(const ExchangeFile &file, const ExchangeScorer &scorer)
{
    const QString name = QDir::toNativeSeparators(file.path);
    const ExchangeDocument &document = file.document;
    const Expected<Rescore> rescored = scorer.rescore(document);
    if (!rescored)
        return Status::failure(Text::tr("Tệp %1 bị từ chối: %2").arg(name, rescored.message()));
    if (!rescored->inputErrors.isEmpty())
        return Status::failure(Text::tr("Tệp %1 bị từ chối: dữ kiện không hợp lệ hoặc ngoài phạm vi: %2.")
                                   .arg(name, rescored->inputErrors.join(QStringLiteral("; "))));
    QStringList diff = differences(document.score, rescored->score);
    if (diff.isEmpty())
        return Status::success();
    const qsizetype total = diff.size();
    if (total > kMaxListedDifferences) {
        diff = diff.mid(0, kMaxListedDifferences);
        diff << Text::tr("và %1 chỗ khác").arg(total - kMaxListedDifferences);
    }
    return Status::failure(Text::tr("Tệp %1 bị từ chối: điểm ghi trong tệp khác với điểm tính lại từ dữ kiện (%2).")
                               .arg(name, diff.join(QStringLiteral("; "))));
}

} // namespace sdx::ExchangeValidator
