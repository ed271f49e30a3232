#pragma once

#include "ExchangeReader.h"
#include "common/Status.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace sdx {

class Database;

/// One school's newest file for a year, as held by the receiving office.
struct ReceivedRecord
{
    qint64 id = 0;
    QString fileName;
    QDateTime receivedAt;
    ExchangeDocument document;
};

/// A file that a newer revision replaced, or that arrived after a newer one, or twice.
struct SupersededRecord
{
    QString schoolCode;
    QString schoolName;
    QString schoolYear;
    int revision = 0;
    QDateTime finalisedAt;
    QString checksum;
    QString fileName;
    QString reason;
};

/// What storing one file did.
struct StoreOutcome
{
    enum class Kind {
        Added,       ///< first file of this school and year
        Replaced,    ///< newer than the one held, which is now listed as superseded
        Superseded,  ///< older than (or as old as) the one held: listed, not kept
        Duplicate,   ///< the very same content is already held
    };
    Kind kind = Kind::Added;
    int heldRevision = 0;   ///< Replaced/Superseded/Duplicate: the revision held before
    QString message;        ///< Vietnamese, for the lists
};

/**
 * The receiving workspace of a commune office, a Sở or (for past years) a Phòng: the school files
 * received, in the tables received_file and received_superseded of a SchoolDX database (usually a
 * database of its own, see docs/exchange-format.md). One school code and year holds one file, the
 * newest revision; the others are listed as superseded.
 */
class ReceivingStore final
{
public:
    explicit ReceivingStore(Database &database) : m_database(database) {}

    /// Stores an already checked file; the caller holds the transaction.
    Expected<StoreOutcome> store(const ExchangeFile &file);

    Expected<QList<ReceivedRecord>> records();
    Expected<ReceivedRecord> record(qint64 id);
    Expected<QList<SupersededRecord>> superseded();
    Expected<int> count();
    /// Empties the workspace (the user starts a new collection).
    Status clear();
    Status remove(qint64 id);

private:
    struct Held
    {
        qint64 id = 0;
        int revision = 0;
        QDateTime finalisedAt;
        QString checksum;
        QString schoolName;
        QString fileName;
    };
    Expected<std::optional<Held>> held(const QString &schoolCode, const QString &schoolYear);
    Status insert(const ExchangeFile &file);
    Status recordSuperseded(const ExchangeDocument &document, const QString &checksum, const QString &fileName,
                            const QString &reason);
    Status recordSupersededHeld(const Held &held, const ExchangeDocument &document, const QString &reason);

    Database &m_database;
};

} // namespace sdx
