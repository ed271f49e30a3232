#include "ReceivingImport.h"

#include "ExchangeFormat.h"
#include "ExchangeValidator.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <memory>

namespace sdx::ReceivingImport {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::Exchange)
};

// Fewer commits (each one is a disk sync) without holding a lock for a whole long batch.
constexpr int kFilesPerTransaction = 50;

ImportReport::Entry entryFor(const QString &path, const ExchangeDocument &document, const QString &message)
{
    return {path, document.school.code, document.school.name, document.schoolYear, document.revision, message};
}

/// Reads, checks and stores one file; a refusal is reported, never returned as a failure.
Status importOne(Database &database, const ExchangeScorer &scorer, const QString &path, ImportReport &report)
{
    const Expected<ExchangeFile> file = ExchangeReader::readFile(path);
    if (!file) {
        report.rejected.append({path, {}, {}, {}, 0, file.message()});
        return Status::success();
    }
    if (Status valid = ExchangeValidator::check(*file, scorer); !valid) {
        report.rejected.append(entryFor(path, file->document, valid.message()));
        return Status::success();
    }
    Transaction perFile(database);
    if (!perFile.beginStatus())
        return perFile.beginStatus();
    const Expected<StoreOutcome> outcome = ReceivingStore(database).store(*file);
    if (!outcome) {
        report.rejected.append(entryFor(path, file->document,
                                        Text::tr("Tệp %1 không lưu được: %2").arg(QDir::toNativeSeparators(path),
                                                                            outcome.message())));
        return Status::success();  // rolled back by the guard: only this file is lost
    }
    if (Status status = perFile.commit(); !status)
        return status;
    const ImportReport::Entry entry = entryFor(path, file->document, outcome->message);
    switch (outcome->kind) {
    case StoreOutcome::Kind::Replaced:
        // A file of this batch may be the one replaced: it moves to the superseded list.
        for (qsizetype i = report.accepted.size() - 1; i >= 0; --i) {
            const ImportReport::Entry &earlier = report.accepted.at(i);
            if (earlier.schoolCode == entry.schoolCode && earlier.schoolYear == entry.schoolYear) {
                ImportReport::Entry moved = report.accepted.takeAt(i);
                moved.message = Text::tr("Bản cũ: lần chốt %1 được thay bằng lần chốt %2 (tệp %3).")
                                    .arg(moved.revision)
                                    .arg(entry.revision)
                                    .arg(QFileInfo(path).fileName());
                report.superseded.append(moved);
            }
        }
        report.accepted.append(entry);
        break;
    case StoreOutcome::Kind::Added:
        report.accepted.append(entry);
        break;
    case StoreOutcome::Kind::Superseded:
    case StoreOutcome::Kind::Duplicate:
        report.superseded.append(entry);
        break;
    }
    return Status::success();
}

} // namespace

QStringList collectFiles(const QStringList &filesOrFolders)
{
    QStringList files;
    for (const QString &path : filesOrFolders) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files << path;
            continue;
        }
        QStringList found;
        QDirIterator it(path, {QStringLiteral("*.") + QLatin1String(ExchangeFormat::Suffix)},
                        QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        found.sort();
        files << found;
    }
    return files;
}

Expected<ImportReport> run(Database &database, const ExchangeScorer &scorer, const QStringList &files,
                           const Progress &progress, const std::atomic_bool *cancel)
{
    ImportReport report;
    report.total = int(files.size());
    std::unique_ptr<Transaction> batch;
    int inBatch = 0;
    for (int i = 0; i < files.size(); ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        if (!batch) {
            batch = std::make_unique<Transaction>(database);
            if (!batch->beginStatus())
                return batch->beginStatus();
        }
        if (Status status = importOne(database, scorer, files.at(i), report); !status)
            return status;
        if (++inBatch >= kFilesPerTransaction) {
            if (Status status = batch->commit(); !status)
                return status;
            batch.reset();
            inBatch = 0;
        }
        if (progress)
            progress(i + 1, int(files.size()), files.at(i));
    }
    if (batch) {
        if (Status status = batch->commit(); !status)
            return status;
    }
    return report;
}

} // namespace sdx::ReceivingImport
