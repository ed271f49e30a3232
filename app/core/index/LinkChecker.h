#pragma once

#include "Evidence.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QQueue>

class QNetworkAccessManager;
class QNetworkReply;

namespace sdx {

struct LinkCheckResult
{
    qint64 entryId = 0;
    QString itemId;
    QString url;
    bool reachable = false;
    int httpStatus = 0;      ///< 0 when no HTTP answer came
    QDate checkedOn;
    QString message;         ///< Vietnamese: "Truy cập được (HTTP 200)", "Không truy cập được: …"
};

/**
 * Tries the evidence links over the network ("Kiểm tra liên kết"): asynchronous, a few at a time,
 * cancellable, with progress. It only reports; the caller records the results
 * (AssessmentRepository::recordLinkCheck). Schools are often offline, so a failure says so plainly
 * and never blocks anything else.
 */
class LinkChecker final : public QObject
{
    Q_OBJECT

public:
    explicit LinkChecker(QObject *parent = nullptr);
    ~LinkChecker() override;

    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }
    void setMaxParallel(int count) { m_maxParallel = qMax(1, count); }
    /// The date written into the results; today's date unless set.
    void setCheckDate(const QDate &date) { m_checkDate = date; }

    /// Starts checking the link entries among `entries` (others are ignored).
    void start(const QList<EvidenceEntry> &entries);
    void cancel();
    bool isRunning() const { return m_running; }
    int total() const { return m_total; }

signals:
    void progress(int done, int total);
    void entryChecked(const sdx::LinkCheckResult &result);
    void finished(const QList<sdx::LinkCheckResult> &results, bool cancelled);

private:
    struct Pending
    {
        EvidenceEntry entry;
        bool retriedWithGet = false;
    };

    void launchMore();
    void launch(const Pending &pending);
    void onFinished(QNetworkReply *reply, const Pending &pending);
    void complete(const LinkCheckResult &result);
    LinkCheckResult resultFor(const Pending &pending) const;

    QNetworkAccessManager *m_network = nullptr;
    QQueue<Pending> m_queue;
    QList<QPointer<QNetworkReply>> m_active;
    QList<LinkCheckResult> m_results;
    QDate m_checkDate;
    int m_timeoutMs = 15000;
    int m_maxParallel = 4;
    int m_total = 0;
    bool m_running = false;
};

} // namespace sdx

Q_DECLARE_METATYPE(sdx::LinkCheckResult)
