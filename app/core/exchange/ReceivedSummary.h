#pragma once

#include "ExchangeDocument.h"
#include "ExchangeScorer.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdx {

/// One group of one school: points and level (after the mandatory-condition cap).
struct SchoolGroupResult
{
    QString groupId;
    double points = 0;
    double max = 0;
    int level = 1;
    int uncappedLevel = 1;
    bool mandatoryMet = true;
};

struct SchoolCriterionResult
{
    double points = 0;
    double max = 0;
    int level = 0;           ///< 0 for a mandatory criterion
    bool mandatory = false;
    bool met = false;        ///< scored criteria: points > 0; mandatory ones: the condition is "có"
};

/// One row of the schools × criteria table.
struct SchoolSummaryRow
{
    qint64 recordId = 0;     ///< ReceivedRecord id, 0 outside a workspace
    QString code;
    QString name;
    QString level;           ///< SchoolLevels code
    QString authority;
    QString place;
    int revision = 1;
    QString finalisedAt;     ///< ISO date-time
    QList<SchoolGroupResult> groups;
    QMap<QString, SchoolCriterionResult> criteria;  ///< by criterion id
    QStringList unmetMandatory;                     ///< criterion ids
    ExchangeIndicators indicators;
    int evidenceCount = 0;

    const SchoolGroupResult *group(const QString &groupId) const;
};

struct GroupLevelCount
{
    QString groupId;
    QString title;
    int counts[4] = {0, 0, 0, 0};  ///< by level 1–3 (index 0 unused)
    double averagePoints = 0;
};

struct CriterionAverage
{
    QString criterionId;
    QString groupId;
    QString title;
    double max = 0;
    bool mandatory = false;
    double average = 0;      ///< points; for a mandatory criterion, the share of schools meeting it (0–1)
    int schoolsMeeting = 0;
};

/// Schools that miss a mandatory condition, with which.
struct MandatoryMiss
{
    QString code;
    QString name;
    QStringList criteria;    ///< criterion ids ("1.1", "2.2")
};

/// The authority's indicators summed over the schools that reported each one.
struct IndicatorTotal
{
    QString key;
    QString label;
    qint64 sum = 0;
    int schoolsReporting = 0;
    /// Shares only ("computersWithAntiMalware" of "computersTotal"): sums over the schools that
    /// reported both, so the ratio compares like with like.
    QString denominatorKey;
    qint64 pairedSum = 0;
    qint64 pairedDenominator = 0;
    std::optional<double> ratio() const;
};

/**
 * The managing authority's summary of one school year assessed with one index version: what the
 * receiving page shows, the XLSX/JSON outputs write, and the official report will be built from.
 */
struct ReceivedSummary
{
    QString schoolYear;
    QString indexId;
    int indexVersion = 0;
    IndexOutline outline;
    QList<SchoolSummaryRow> schools;               ///< sorted by school code
    QList<GroupLevelCount> levelCounts;            ///< one per group, in index order
    QList<CriterionAverage> criterionAverages;     ///< one per criterion, in index order
    QStringList criteriaNoSchoolMeets;             ///< criterion ids
    QStringList itemsNoSchoolMeets;                ///< item ids with 0 points at every school
    QList<MandatoryMiss> mandatoryMisses;
    QList<IndicatorTotal> indicators;              ///< in ExchangeIndicators::keys() order
};

/// Builds summaries: one per (school year, index id, index version) found among the documents.
namespace SummaryBuilder {

struct Input
{
    qint64 recordId = 0;
    ExchangeDocument document;
};

/// `scorer` gives each index version's titles; when it does not know one, ids from the score are used.
QList<ReceivedSummary> build(const QList<Input> &documents, const ExchangeScorer *scorer);

} // namespace SummaryBuilder
} // namespace sdx
