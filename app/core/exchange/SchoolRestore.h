#pragma once

#include "ExchangeDocument.h"
#include "common/Status.h"

#include <QStringList>

namespace sdx {

class AssessmentPort;
class Database;

/// What restoring a file would replace, shown to the user before anything is written.
struct RestorePlan
{
    QString schoolName;
    QString schoolCode;
    QString schoolYear;
    int fileRevision = 1;
    bool createsSchool = false;   ///< the database has no school yet (a new PC)
    bool createsYear = false;
    bool yearFinalised = false;   ///< the year held now is finalised
    int yearRevision = 0;         ///< the revision held now (0 when the year does not exist)
    int currentFacts = 0;
    int currentAdjustments = 0;
    int currentEvidence = 0;
    int incomingFacts = 0;
    int incomingAdjustments = 0;
    int incomingEvidence = 0;
    QStringList changedItems;     ///< item ids whose value differs between the database and the file
    QStringList warnings;         ///< Vietnamese sentences

    /// The plan in Vietnamese lines, for the confirmation dialog and the CLI.
    QStringList describe() const;
};

/**
 * School side: restores a year from the school's own exchange file (a new PC, a lost database).
 * The plan is computed first; applying it replaces the year's answers, adjustments, evidence,
 * recipient and indicators, and sets the year finalised at the file's revision, all in one
 * transaction. A file of another school (another code) is refused.
 */
namespace SchoolRestore {

Expected<RestorePlan> plan(Database &database, const ExchangeDocument &document, const AssessmentPort &assessments);

/// Returns the restored year's id.
Expected<qint64> apply(Database &database, const ExchangeDocument &document, const AssessmentPort &assessments,
                       const QString &by, const QString &fileName);

} // namespace SchoolRestore
} // namespace sdx
