#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace sdx {

/**
 * The outcome of an operation that can fail for a reason the user must read.
 * The message is already translated (Vietnamese by default) and names what failed.
 */
class Status
{
public:
    Status() = default;
    static Status success();
    static Status failure(const QString &message);

    bool isOk() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const QString &message() const { return m_message; }

    /// Puts context before the message ("Tệp X: …") so errors from deep down name their source.
    Status prefixed(const QString &context) const;

private:
    bool m_ok = true;
    QString m_message;
};

/// A value or the reason it could not be produced.
template<typename T>
class Expected
{
public:
    Expected(T value) : m_value(std::move(value)) {}
    Expected(const Status &failure) : m_status(failure) {}

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    const Status &status() const { return m_status; }
    const QString &message() const { return m_status.message(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }

private:
    std::optional<T> m_value;
    Status m_status;
};

} // namespace sdx
