#include "LinkChecker.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace sdx {
namespace {

bool serverRefusesHead(int status)
{
    // Some servers answer HEAD with "not allowed" or "not implemented" yet serve GET fine.
    return status == 403 || status == 405 || status == 501;
}

} // namespace

LinkChecker::LinkChecker(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

LinkChecker::~LinkChecker()
{
    m_running = false;
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_active)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

void LinkChecker::start(const QList<EvidenceEntry> &entries)
{
    cancel();
    m_queue.clear();
    m_results.clear();
    for (const EvidenceEntry &entry : entries) {
        if (entry.kind == EvidenceKind::Link && !entry.location.trimmed().isEmpty())
            m_queue.enqueue({entry, false});
    }
    m_total = int(m_queue.size());
    m_running = true;
    emit progress(0, m_total);
    if (m_total == 0) {
        m_running = false;
        emit finished(m_results, false);
        return;
    }
    launchMore();
}

void LinkChecker::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_queue.clear();
    const QList<QPointer<QNetworkReply>> active = m_active;
    m_active.clear();
    for (const QPointer<QNetworkReply> &reply : active) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    emit finished(m_results, true);
}

void LinkChecker::launchMore()
{
    while (m_running && !m_queue.isEmpty() && m_active.size() < m_maxParallel)
        launch(m_queue.dequeue());
}

void LinkChecker::launch(const Pending &pending)
{
    QNetworkRequest request(QUrl(pending.entry.location.trimmed()));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("SchoolDX link check"));
    QNetworkReply *reply = pending.retriedWithGet ? m_network->get(request) : m_network->head(request);
    m_active.append(reply);
    if (pending.retriedWithGet) {
        // Only the status matters: stop a GET as soon as its headers are in.
        connect(reply, &QNetworkReply::metaDataChanged, reply, [reply]() {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid()
                && reply->attribute(QNetworkRequest::RedirectionTargetAttribute).isNull())
                reply->abort();
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending]() { onFinished(reply, pending); });
}

void LinkChecker::onFinished(QNetworkReply *reply, const Pending &pending)
{
    m_active.removeAll(reply);
    reply->deleteLater();
    if (!m_running)
        return;
    LinkCheckResult result = resultFor(pending);
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.httpStatus = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (!pending.retriedWithGet && serverRefusesHead(result.httpStatus)) {
        launch({pending.entry, true});
        return;
    }
    if (result.httpStatus >= 200 && result.httpStatus < 400) {
        result.reachable = true;
        result.message = tr("Truy cập được (HTTP %1)").arg(result.httpStatus);
    } else if (result.httpStatus != 0) {
        result.message = tr("Không truy cập được: máy chủ trả lời HTTP %1").arg(result.httpStatus);
    } else if (reply->error() == QNetworkReply::OperationCanceledError
               || reply->error() == QNetworkReply::TimeoutError) {
        result.message = tr("Không truy cập được: hết thời gian chờ (%1 giây)").arg(m_timeoutMs / 1000);
    } else {
        result.message = tr("Không truy cập được: %1").arg(reply->errorString());
    }
    complete(result);
}

LinkCheckResult LinkChecker::resultFor(const Pending &pending) const
{
    LinkCheckResult result;
    result.entryId = pending.entry.id;
    result.itemId = pending.entry.itemId;
    result.url = pending.entry.location.trimmed();
    result.checkedOn = m_checkDate.isValid() ? m_checkDate : QDate::currentDate();
    return result;
}

void LinkChecker::complete(const LinkCheckResult &result)
{
    m_results.append(result);
    emit entryChecked(result);
    emit progress(int(m_results.size()), m_total);
    if (m_results.size() == m_total) {
        m_running = false;
        emit finished(m_results, false);
        return;
    }
    launchMore();
}

} // namespace sdx
