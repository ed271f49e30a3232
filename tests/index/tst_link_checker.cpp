#include "LocalHttpServer.h"

#include "index/LinkChecker.h"

#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace sdx;

class TestLinkChecker : public QObject
{
    Q_OBJECT

    LocalHttpServer m_server;

    static EvidenceEntry link(qint64 id, const QString &url)
    {
        EvidenceEntry entry;
        entry.id = id;
        entry.itemId = QStringLiteral("2.4.1");
        entry.kind = EvidenceKind::Link;
        entry.location = url;
        return entry;
    }

private slots:
    void initTestCase()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }

    void checksEachLinkAndReportsProgress()
    {
        LinkChecker checker;
        checker.setTimeoutMs(3000);
        checker.setCheckDate(QDate(2024, 5, 2));
        QSignalSpy progress(&checker, &LinkChecker::progress);
        QSignalSpy finished(&checker, &LinkChecker::finished);
        EvidenceEntry document;
        document.kind = EvidenceKind::Document;
        document.location = QStringLiteral("Quyết định số 11/QĐ-CVA ngày 15/02/2023");
        checker.start({link(1, m_server.url("/ok")), link(2, m_server.url("/missing")), link(3, m_server.url("/no-head")),
                       document});
        QCOMPARE(checker.total(), 3);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().at(1).toBool(), false);
        const auto results = finished.constFirst().at(0).value<QList<LinkCheckResult>>();
        QCOMPARE(results.size(), 3);
        QMap<qint64, LinkCheckResult> byId;
        for (const LinkCheckResult &result : results)
            byId.insert(result.entryId, result);
        QVERIFY(byId.value(1).reachable);
        QCOMPARE(byId.value(1).httpStatus, 200);
        QCOMPARE(byId.value(1).message, QStringLiteral("Truy cập được (HTTP 200)"));
        QVERIFY(!byId.value(2).reachable);
        QCOMPARE(byId.value(2).message, QStringLiteral("Không truy cập được: máy chủ trả lời HTTP 404"));
        QVERIFY2(byId.value(3).reachable, qPrintable(byId.value(3).message));  // HEAD refused, GET fine
        for (const LinkCheckResult &result : results)
            QCOMPARE(result.checkedOn, QDate(2024, 5, 2));
        QCOMPARE(progress.constFirst().at(0).toInt(), 0);
        QCOMPARE(progress.constLast().at(0).toInt(), 3);
        QCOMPARE(progress.constLast().at(1).toInt(), 3);
    }

    void unreachableHostIsReportedPlainly()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        LinkChecker checker;
        QSignalSpy checked(&checker, &LinkChecker::entryChecked);
        checker.start({link(7, QStringLiteral("http://127.0.0.1:%1/").arg(port))});
        QVERIFY(checked.wait(10000));
        const auto result = checked.constFirst().at(0).value<LinkCheckResult>();
        QVERIFY(!result.reachable);
        QVERIFY2(result.message.startsWith(QStringLiteral("Không truy cập được: ")), qPrintable(result.message));
    }

    void timesOut()
    {
        LinkChecker checker;
        checker.setTimeoutMs(300);
        QSignalSpy checked(&checker, &LinkChecker::entryChecked);
        checker.start({link(8, m_server.url("/slow"))});
        QVERIFY(checked.wait(10000));
        const auto result = checked.constFirst().at(0).value<LinkCheckResult>();
        QVERIFY(!result.reachable);
        QVERIFY2(result.message.contains(QStringLiteral("hết thời gian chờ")), qPrintable(result.message));
    }

    void cancels()
    {
        LinkChecker checker;
        checker.setTimeoutMs(60000);
        QSignalSpy finished(&checker, &LinkChecker::finished);
        checker.start({link(9, m_server.url("/slow")), link(10, m_server.url("/slow"))});
        QVERIFY(checker.isRunning());
        QTest::qWait(100);
        checker.cancel();
        QVERIFY(!checker.isRunning());
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().at(1).toBool(), true);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);  // nothing arrives after a cancel
    }

    void nothingToCheck()
    {
        LinkChecker checker;
        QSignalSpy finished(&checker, &LinkChecker::finished);
        checker.start({});
        QCOMPARE(finished.size(), 1);
        QVERIFY(!checker.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestLinkChecker)
#include "tst_link_checker.moc"
