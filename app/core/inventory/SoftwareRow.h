#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sdx {

/// The two tables of seed 002 §1.2: management (a) and teaching and assessment (b).
enum class SoftwareGroup { Management, Teaching };

/// "Chưa xác định" is what a pre-filled row says until the principal answers: no fact is derived
/// from it, so a suggestion is never mistaken for a "không".
enum class SoftwareStatus { Unset, InUse, Missing, NotNeeded };

/// How the school got it: the index asks "tự xây dựng/mua/thuê" for 1.3.2 and 2.3.
enum class Acquisition { Unknown, SelfBuilt, Bought, Rented, Free };

namespace SoftwareCodes {
QList<SoftwareGroup> groups();
QString groupCode(SoftwareGroup group);          ///< "management", "teaching"
bool groupFromCode(const QString &code, SoftwareGroup *group);
QString groupLabel(SoftwareGroup group);

QList<SoftwareStatus> statuses();
QString statusCode(SoftwareStatus status);       ///< "unset", "in-use", "missing", "not-needed"
bool statusFromCode(const QString &code, SoftwareStatus *status);
QString statusLabel(SoftwareStatus status);

QList<Acquisition> acquisitions();
QString acquisitionCode(Acquisition acquisition); ///< "", "self-built", "bought", "rented", "free"
bool acquisitionFromCode(const QString &code, Acquisition *acquisition);
QString acquisitionLabel(Acquisition acquisition);
} // namespace SoftwareCodes

/// One line of the software and services register of a year.
struct SoftwareRow
{
    qint64 id = 0;
    QString role;                 ///< catalog role key ("lms", "website"…); empty for the school's own rows
    SoftwareGroup group = SoftwareGroup::Management;
    QString name;
    SoftwareStatus status = SoftwareStatus::Unset;
    QString product;              ///< "fbot", "MISA QLTS"…
    QString provider;
    QString link;                 ///< one or more links, domains or e-mail addresses, separated by ';'
    Acquisition acquisition = Acquisition::Unknown;
    int quantity = 1;             ///< instances in use (seed 002 counts two school mailboxes as 2)
    QStringList modules;          ///< school management system: module keys it runs
    QStringList functions;        ///< LMS: function keys it offers (index 1.3.3)
    bool exchangesResults = false; ///< testing software: exchanges results with the management system (1.5.2)
    QString note;

    bool operator==(const SoftwareRow &other) const;
    bool operator!=(const SoftwareRow &other) const { return !(*this == other); }
    bool isInUse() const { return status == SoftwareStatus::InUse; }
    bool isKnown() const { return status != SoftwareStatus::Unset; }
};

} // namespace sdx
