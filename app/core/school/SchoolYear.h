#pragma once

#include <QString>

namespace sdx {

/// Năm học: every assessment, inventory and document belongs to one.
struct SchoolYear
{
    qint64 id = 0;
    QString name;        ///< canonical "2022-2023"
    int startYear = 0;
    QString indexId;     ///< the index it is assessed with: "4725/QĐ-BGDĐT"
    int indexVersion = 1;

    /// "2022 - 2023", as the seeds print it.
    QString displayName() const;

    /// Accepts "2022-2023", "2022 - 2023", "2022–2023"; the second year must follow the first.
    static bool parseName(const QString &text, QString *canonical, int *startYear);
    /// The school year running on a date: from August on, the year that starts then.
    static QString nameForDate(int year, int month);
};

} // namespace sdx
