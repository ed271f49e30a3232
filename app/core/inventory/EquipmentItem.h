#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace sdx {

/// How a repair ended. Repaired units go back to working; written-off units leave the inventory.
enum class RepairOutcome { Pending, Repaired, WrittenOff, NotRepairable };

namespace RepairOutcomes {
QList<RepairOutcome> all();
QString code(RepairOutcome outcome);     ///< "", "repaired", "written-off", "not-repairable"
bool fromCode(const QString &code, RepairOutcome *outcome);
QString label(RepairOutcome outcome);
} // namespace RepairOutcomes

/// One line of the repair log of an equipment entry.
struct RepairEntry
{
    qint64 id = 0;
    QDate opened;
    QDate closed;            ///< invalid while the repair is open
    int units = 1;           ///< how many units of the entry this repair concerns
    QString problem;
    RepairOutcome outcome = RepairOutcome::Pending;
    QString note;

    bool isOpen() const { return !closed.isValid(); }
    bool operator==(const RepairEntry &other) const;
};

/// Equipment of one category in one room ("12 ti vi Samsung 55 inch, 2021").
struct EquipmentItem
{
    qint64 id = 0;
    QString category;        ///< catalog key: "desktop-computer", "tv", "internet-line"…
    QString description;     ///< brand, model
    int quantity = 0;        ///< units owned (working + broken)
    int working = 0;
    int yearAcquired = 0;    ///< 0 when unknown
    int protectedCount = 0;  ///< computers with anti-malware software installed
    QString provider;        ///< Internet line: the ISP
    double speedMbps = 0;    ///< Internet line: contracted speed; 0 when unknown
    QString note;
    QList<RepairEntry> repairs;

    int broken() const { return quantity - working; }
    bool operator==(const EquipmentItem &other) const;
};

} // namespace sdx
