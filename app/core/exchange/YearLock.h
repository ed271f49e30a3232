#pragma once

#include "common/Status.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sdx {

class Database;

/// Where a year stands: being edited (đang soạn) or finalised (đã chốt), and at which revision.
struct YearState
{
    qint64 yearId = 0;
    bool finalised = false;
    int revision = 1;         ///< 1 until the first reopening; the exchange file states it
    QDateTime finalisedAt;    ///< UTC; invalid while a draft
    QString finalisedBy;
};

/// One line of a year's history of finalisations.
struct YearRevisionEvent
{
    int revision = 1;
    QString action;   ///< "finalise", "reopen", "restore"
    QString actor;
    QDateTime at;
    QString reason;
};

/**
 * Chốt số liệu: finalising a year locks it, so what was sent upward stays what the school holds.
 * Changing it again needs an explicit reopen, with a reason, which starts the next revision.
 *
 * Every part that writes per-year data (answers, evidence, inventory, texts, indicators) must ask
 * before writing: `if (Status s = YearLock(db).ensureWritable(yearId); !s) return s;` — inside its
 * transaction, so a finalisation cannot slip in between the check and the write. The GUI can use
 * isLocked() to make its editors read-only.
 */
class YearLock final
{
public:
    explicit YearLock(Database &database) : m_database(database) {}

    Expected<YearState> state(qint64 yearId);
    /// True when finalised, and also when the state cannot be read (never write on a doubt).
    bool isLocked(qint64 yearId);
    /// A failure naming the year and how to reopen it, when the year is finalised.
    Status ensureWritable(qint64 yearId);

    /// Locks a draft year; refuses a year already finalised.
    Expected<YearState> finalise(qint64 yearId, const QString &by);
    /// Unlocks a finalised year for the next revision; the reason is required.
    Expected<YearState> reopen(qint64 yearId, const QString &by, const QString &reason);
    /// Sets the state read from an exchange file (school-side restore); the caller holds the transaction.
    Status restore(qint64 yearId, const YearState &state, const QString &by, const QString &reason);

    /// Oldest first.
    Expected<QList<YearRevisionEvent>> history(qint64 yearId);

private:
    Status write(const YearState &state);
    Status record(qint64 yearId, int revision, const QString &action, const QString &by, const QString &reason);
    Expected<QString> yearName(qint64 yearId);

    Database &m_database;
};

} // namespace sdx
