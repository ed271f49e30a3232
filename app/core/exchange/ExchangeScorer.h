#pragma once

#include "ExchangeDocument.h"
#include "common/Status.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sdx {

/// The shape of an index version, as the summary needs it (titles and maxima, in official order).
struct IndexOutline
{
    struct Item
    {
        QString id;
        QString title;
        double max = 0;
    };
    struct Criterion
    {
        QString id;
        QString groupId;
        QString title;
        double max = 0;
        bool mandatory = false;
        QList<Item> items;
    };
    struct Group
    {
        QString id;
        QString title;
        double max = 0;
        QList<Criterion> criteria;
    };

    QString indexId;
    int indexVersion = 0;
    QString displayName;
    QList<Group> groups;

    QList<Criterion> criteria() const;
    /// An outline with ids and maxima only, read from a score JSON (when the index is unknown here).
    static IndexOutline fromScore(const QJsonObject &score);
};

/// The facts of a document scored again, here, with the index version the document names.
struct Rescore
{
    QJsonObject score;        ///< the score JSON, same shape as the document's
    QStringList inputErrors;  ///< facts or adjustments the index refuses (out of range, wrong kind)
};

/**
 * What the exchange needs from the index: scoring a document's facts with the version it names,
 * and that version's outline. Kept as an interface so the exchange format, the checks and the
 * summary do not depend on how scoring is done; EngineExchangeScorer is the real one.
 */
class ExchangeScorer
{
public:
    virtual ~ExchangeScorer() = default;

    /// Failure (Vietnamese, naming the index and version) when this build does not know the version.
    virtual Expected<Rescore> rescore(const ExchangeDocument &document) const = 0;
    virtual Expected<IndexOutline> outline(const QString &indexId, int indexVersion) const = 0;
};

} // namespace sdx
