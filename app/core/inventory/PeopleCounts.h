#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace sdx {

/**
 * The year's counts of people and materials, by catalog key ("teachers", "students",
 * "teachers-training-account"…). A key that is absent is unknown, which is not the same as 0:
 * nothing is derived from an unknown count.
 */
class PeopleCounts final
{
public:
    std::optional<int> value(const QString &key) const;
    bool has(const QString &key) const;
    void set(const QString &key, int value);
    void clear(const QString &key);
    QStringList keys() const;
    bool isEmpty() const;
    /// Sum of the given counts, or nothing if any of them is unknown.
    std::optional<int> sum(const QStringList &keys) const;

    bool operator==(const PeopleCounts &other) const;
    bool operator!=(const PeopleCounts &other) const { return !(*this == other); }

private:
    QMap<QString, int> m_values;
};

} // namespace sdx
