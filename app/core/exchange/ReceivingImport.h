#pragma once

#include "ReceivingStore.h"
#include "common/Status.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace sdx {

class Database;
class ExchangeScorer;

/// What one batch did, file by file, for the three lists of the receiving page and the CLI.
struct ImportReport
{
    struct Entry
    {
        QString path;
        QString schoolCode;
        QString schoolName;
        QString schoolYear;
        int revision = 0;
        QString message;  ///< Vietnamese: what was done, or why the file was refused
    };

    QList<Entry> accepted;    ///< added or replacing an older revision
    QList<Entry> rejected;    ///< refused: the store did not change for them
    QList<Entry> superseded;  ///< older revisions and duplicates: recognised, not kept
    int total = 0;            ///< files found
    bool cancelled = false;   ///< stopped by the user; the files before it were imported
};

/**
 * Imports many exchange files into a receiving workspace: each one read, checked (form, checksum,
 * re-scoring) and stored on its own, so a refused file changes nothing and does not stop the others.
 */
namespace ReceivingImport {

/// done/total after each file, with the file just handled.
using Progress = std::function<void(int done, int total, const QString &path)>;

/// Files to import: the .sdx files under each folder (sorted, recursively), and each file as given.
QStringList collectFiles(const QStringList &filesOrFolders);

/**
 * Runs the batch. `cancel`, when given and set (from any thread or from the progress callback),
 * stops before the next file. Writes are grouped in transactions of a few dozen files for speed;
 * what was imported before a cancellation stays imported.
 */
Expected<ImportReport> run(Database &database, const ExchangeScorer &scorer, const QStringList &files,
                           const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

} // namespace ReceivingImport
} // namespace sdx
