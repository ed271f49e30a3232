#pragma once

#include "Evidence.h"
#include "IndexDefinition.h"
#include "ScoreReport.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sdx {

enum class EvidenceProblem {
    MissingEvidence,       ///< answered "có" (or earning points) with no evidence
    EmptyLocation,
    Placeholder,           ///< "http://", "...", "link", "đang cập nhật", "xxx"
    InvalidUrl,
    BadReference,          ///< not "<loại> số <số>/<ký hiệu> ngày dd/mm/yyyy"
    MissingDate,
    InvalidDate,
    FutureDate,
    MissingFile,
    DuplicateInItem,
    DuplicateAcrossItems,
    UnknownItem,           ///< attached to an id the index does not have
};

enum class EvidenceSeverity { Warning, Error };

struct EvidenceIssue
{
    QString itemId;
    int entryIndex = -1;   ///< position in the item's list; -1 for the item as a whole
    EvidenceProblem problem = EvidenceProblem::MissingEvidence;
    EvidenceSeverity severity = EvidenceSeverity::Warning;
    QString message;       ///< Vietnamese, naming the item and the entry
};

struct EvidenceCheckOptions
{
    QDate today;               ///< for "issued in the future"; invalid = no such check
    bool checkFiles = true;    ///< whether local files must exist
};

/**
 * Offline checks of the evidence a school keeps: what a reviewer at the managing authority would
 * reject at a glance (placeholders, malformed links and references, missing files, answers "có"
 * with nothing to show). Reachability of links is LinkChecker's job.
 */
namespace EvidenceChecker {

bool isPlaceholder(const QString &text);
/// The problems of one entry on its own.
QList<EvidenceIssue> checkEntry(const EvidenceEntry &entry, int entryIndex, const EvidenceCheckOptions &options);
/// All entries, duplicates within and across items, and answered items without evidence.
QList<EvidenceIssue> check(const IndexDefinition &index, const ScoreReport &report, const EvidenceMap &evidence,
                           const EvidenceCheckOptions &options);

} // namespace EvidenceChecker
} // namespace sdx
