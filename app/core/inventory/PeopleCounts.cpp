#include "PeopleCounts.h"

namespace sdx {

std::optional<int> PeopleCounts::value(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return std::nullopt;
    return it.value();
}

bool PeopleCounts::has(const QString &key) const
{
    return m_values.contains(key);
}

void PeopleCounts::set(const QString &key, int value)
{
    m_values.insert(key, value);
}

void PeopleCounts::clear(const QString &key)
{
    m_values.remove(key);
}

QStringList PeopleCounts::keys() const
{
    return m_values.keys();
}

bool PeopleCounts::isEmpty() const
{
    return m_values.isEmpty();
}

std::optional<int> PeopleCounts::sum(const QStringList &keys) const
{
    if (keys.isEmpty())
        return std::nullopt;
    int total = 0;
    for (const QString &key : keys) {
        const std::optional<int> part = value(key);
        if (!part)
            return std::nullopt;
        total += *part;
    }
    return total;
}

bool PeopleCounts::operator==(const PeopleCounts &other) const
{
    return m_values == other.m_values;
}

} // namespace sdx
