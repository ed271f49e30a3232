#pragma once

#include "SchoolProfile.h"
#include "SchoolYear.h"
#include "common/Status.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace sdx {

class Database;

/**
 * The open school: its database, its profile and the year being worked on. The GUI's pages and
 * the CLI's commands share one; pages listen to its signals instead of to each other.
 */
class SchoolSession final : public QObject
{
    Q_OBJECT

public:
    explicit SchoolSession(std::unique_ptr<Database> database, QObject *parent = nullptr);
    ~SchoolSession() override;

    static Expected<std::unique_ptr<SchoolSession>> open(const QString &databasePath);

    Database &database() { return *m_database; }
    QString databasePath() const;

    bool hasSchool() const { return m_profile.has_value(); }
    const SchoolProfile &profile() const;
    Status saveProfile(const SchoolProfile &profile);

    const QList<SchoolYear> &years() const { return m_years; }
    /// The year being worked on; invalid (id 0) before the wizard created one.
    const SchoolYear &currentYear() const { return m_currentYear; }
    Status setCurrentYear(qint64 yearId);
    Expected<SchoolYear> createYear(const QString &name, qint64 copyFromYearId = 0);

    /// Tells every view that data of the current year changed outside of it (import, sample…).
    void notifyYearDataChanged();
    /// Re-reads profile and years from the database.
    Status reload();

signals:
    void profileChanged();
    void yearsChanged();
    void currentYearChanged(const sdx::SchoolYear &year);
    void yearDataChanged();

private:
    std::unique_ptr<Database> m_database;
    std::optional<SchoolProfile> m_profile;
    QList<SchoolYear> m_years;
    SchoolYear m_currentYear;
};

} // namespace sdx
