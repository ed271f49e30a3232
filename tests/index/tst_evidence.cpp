#include "IndexTestSupport.h"

#include "index/EvidenceChecker.h"
#include "index/ScoringEngine.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sdx;
using namespace IndexTestSupport;

Q_DECLARE_METATYPE(sdx::EvidenceKind)

namespace {

EvidenceEntry entry(const QString &itemId, EvidenceKind kind, const QString &location, const QString &title = {})
{
    EvidenceEntry result;
    result.itemId = itemId;
    result.kind = kind;
    result.location = location;
    result.title = title;
    return result;
}

QList<EvidenceProblem> problemsOf(const QList<EvidenceIssue> &issues, const QString &itemId)
{
    QList<EvidenceProblem> problems;
    for (const EvidenceIssue &issue : issues) {
        if (issue.itemId == itemId)
            problems << issue.problem;
    }
    return problems;
}

} // namespace

class TestEvidence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void entries_data()
    {
        QTest::addColumn<EvidenceKind>("kind");
        QTest::addColumn<QString>("location");
        QTest::addColumn<int>("problem");  // -1: none
        QTest::addColumn<QString>("message");
        const auto link = EvidenceKind::Link;
        const auto document = EvidenceKind::Document;
        QTest::newRow("link ok") << link << "https://fbot.esoft.edu.vn" << -1 << "";
        QTest::newRow("link with query") << link << "https://meet.google.com/?hs=197&pli=1&authuser=0" << -1 << "";
        QTest::newRow("local server") << link << "http://localhost:8080/hoc-lieu" << -1 << "";
        QTest::newRow("no scheme") << link << "fbot.esoft.edu.vn" << int(EvidenceProblem::InvalidUrl)
                                   << "đường link thiếu \"https://\" hoặc \"http://\" ở đầu";
        QTest::newRow("ftp") << link << "ftp://files.truong.edu.vn/a.pdf" << int(EvidenceProblem::InvalidUrl)
                             << "phải bắt đầu bằng http:// hoặc https://";
        QTest::newRow("no domain") << link << "https://truong" << int(EvidenceProblem::InvalidUrl)
                                   << "không có tên miền hợp lệ";
        QTest::newRow("spaces") << link << "https://truong.edu.vn/hoc lieu" << int(EvidenceProblem::InvalidUrl)
                                << "đường link không hợp lệ";
        QTest::newRow("empty") << link << "  " << int(EvidenceProblem::EmptyLocation) << "chưa ghi đường link";
        QTest::newRow("http:// alone") << link << "http://" << int(EvidenceProblem::Placeholder) << "chỗ trống chờ điền";
        QTest::newRow("dots") << link << "..." << int(EvidenceProblem::Placeholder) << "chỗ trống";
        QTest::newRow("ellipsis char") << link << "…" << int(EvidenceProblem::Placeholder) << "chỗ trống";
        QTest::newRow("the word link") << link << "Link" << int(EvidenceProblem::Placeholder) << "chỗ trống";
        QTest::newRow("updating") << link << "Đang cập nhật" << int(EvidenceProblem::Placeholder) << "chỗ trống";
        QTest::newRow("xxx") << link << "https://xxx.edu.vn" << int(EvidenceProblem::Placeholder) << "chỗ trống";
        QTest::newRow("decision ok") << document << "Quyết định số 11/QĐ-CVA ngày 15/02/2023" << -1 << "";
        QTest::newRow("plan ok, short date") << document << "Kế hoạch số 5/KH-THCVA ngày 3/9/2023" << -1 << "";
        QTest::newRow("circular with year in symbol") << document << "Thông tư số 22/2023/TT-BGDĐT ngày 01/12/2023"
                                                      << -1 << "";
        QTest::newRow("no number") << document << "Quyết định thành lập tổ CNTT" << int(EvidenceProblem::BadReference)
                                   << "không đúng dạng \"Quyết định số 11/QĐ-CVA ngày 15/02/2023\"";
        QTest::newRow("no date") << document << "Quyết định số 11/QĐ-CVA" << int(EvidenceProblem::MissingDate)
                                 << "chưa ghi ngày ban hành";
        QTest::newRow("impossible date") << document << "Quyết định số 11/QĐ-CVA ngày 31/02/2023"
                                         << int(EvidenceProblem::InvalidDate) << "ngày ban hành không có thật";
        QTest::newRow("future date") << document << "Quyết định số 11/QĐ-CVA ngày 15/02/2031"
                                     << int(EvidenceProblem::FutureDate) << "ở sau ngày hôm nay";
        QTest::newRow("document placeholder") << document << "Quyết định số .../QĐ-CVA ngày ..."
                                              << int(EvidenceProblem::Placeholder) << "chỗ trống";
    }

    void entries()
    {
        QFETCH(EvidenceKind, kind);
        QFETCH(QString, location);
        QFETCH(int, problem);
        QFETCH(QString, message);
        const EvidenceCheckOptions options{QDate(2024, 5, 1), true};
        const QList<EvidenceIssue> issues =
            EvidenceChecker::checkEntry(entry(QStringLiteral("2.3.1"), kind, location, QStringLiteral("Minh chứng")), 0,
                                        options);
        if (problem < 0) {
            QVERIFY2(issues.isEmpty(), qPrintable(issues.isEmpty() ? QString() : issues.constFirst().message));
            return;
        }
        QCOMPARE(issues.size(), 1);
        QCOMPARE(int(issues.constFirst().problem), problem);
        QVERIFY2(issues.constFirst().message.startsWith(QStringLiteral("Mục 2.3.1, minh chứng 1 \"Minh chứng\": ")),
                 qPrintable(issues.constFirst().message));
        QVERIFY2(issues.constFirst().message.contains(message), qPrintable(issues.constFirst().message));
    }

    void parsesDocumentReferences()
    {
        const std::optional<DocumentReference> reference =
            DocumentReference::parse(QStringLiteral("Quyết định số 11/QĐ-CVA ngày 15/02/2023"));
        QVERIFY(reference);
        QCOMPARE(reference->type, QStringLiteral("Quyết định"));
        QCOMPARE(reference->number, QStringLiteral("11"));
        QCOMPARE(reference->symbol, QStringLiteral("QĐ-CVA"));
        QCOMPARE(reference->date, QDate(2023, 2, 15));
        QCOMPARE(reference->text(), QStringLiteral("Quyết định số 11/QĐ-CVA ngày 15/02/2023"));
    }

    void localFiles()
    {
        const QString present = m_dir.filePath(QStringLiteral("ke-hoach.pdf"));
        QFile file(present);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4");
        file.close();
        const EvidenceCheckOptions options{QDate(2024, 5, 1), true};
        QVERIFY(EvidenceChecker::checkEntry(entry(QStringLiteral("2.2"), EvidenceKind::File, present), 0, options).isEmpty());
        const QList<EvidenceIssue> missing = EvidenceChecker::checkEntry(
            entry(QStringLiteral("2.2"), EvidenceKind::File, m_dir.filePath(QStringLiteral("mat.pdf"))), 0, options);
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.constFirst().problem, EvidenceProblem::MissingFile);
        QCOMPARE(missing.constFirst().severity, EvidenceSeverity::Error);
        // Another computer (the receiving office) may skip the file check.
        QVERIFY(EvidenceChecker::checkEntry(entry(QStringLiteral("2.2"), EvidenceKind::File,
                                                  m_dir.filePath(QStringLiteral("mat.pdf"))),
                                            0, {QDate(), false})
                    .isEmpty());
    }

    void answeredItemsWithoutEvidenceAreFlagged()
    {
        const ScoreReport report = score(builtIn(), seedFacts());
        EvidenceMap evidence;
        evidence[QStringLiteral("1.3.1")] << entry(QStringLiteral("1.3.1"), EvidenceKind::Link,
                                                   QStringLiteral("https://meet.google.com/abc-defg-hij"));
        const QList<EvidenceIssue> issues = EvidenceChecker::check(builtIn(), report, evidence, {QDate(2024, 5, 1), true});
        QVERIFY(problemsOf(issues, QStringLiteral("1.3.1")).isEmpty());
        for (const char *id : {"1.1", "1.2", "1.6.1", "1.6.3", "1.7.1", "1.7.2", "2.1", "2.3.1", "2.4.1"})
            QVERIFY2(problemsOf(issues, QLatin1String(id)) == QList<EvidenceProblem>{EvidenceProblem::MissingEvidence}, id);
        // "không" answers and zero points need nothing.
        for (const char *id : {"1.3.2", "1.4", "1.5.1", "2.3.3", "2.4.2"})
            QVERIFY2(problemsOf(issues, QLatin1String(id)).isEmpty(), id);
        const QList<EvidenceProblem> first = problemsOf(issues, QStringLiteral("1.1"));
        QCOMPARE(first.size(), 1);
    }

    void duplicates()
    {
        const ScoreReport report = score(builtIn(), Facts());
        EvidenceMap evidence;
        evidence[QStringLiteral("2.3.1")] << entry(QStringLiteral("2.3.1"), EvidenceKind::Document,
                                                   QStringLiteral("Quyết định số 11/QĐ-CVA ngày 15/02/2023"));
        evidence[QStringLiteral("2.3.2")] << entry(QStringLiteral("2.3.2"), EvidenceKind::Link,
                                                   QStringLiteral("https://fbot.esoft.edu.vn/"))
                                          << entry(QStringLiteral("2.3.2"), EvidenceKind::Link,
                                                   QStringLiteral("https://FBOT.esoft.edu.vn"));
        evidence[QStringLiteral("2.3.4")] << entry(QStringLiteral("2.3.4"), EvidenceKind::Document,
                                                   QStringLiteral("Quyết định  số 11/QĐ-CVA ngày 15/02/2023"));
        const QList<EvidenceIssue> issues = EvidenceChecker::check(builtIn(), report, evidence, {QDate(2024, 5, 1), true});
        QCOMPARE(problemsOf(issues, QStringLiteral("2.3.2")), QList<EvidenceProblem>{EvidenceProblem::DuplicateInItem});
        QCOMPARE(problemsOf(issues, QStringLiteral("2.3.1")), QList<EvidenceProblem>());
        QCOMPARE(problemsOf(issues, QStringLiteral("2.3.4")),
                 QList<EvidenceProblem>{EvidenceProblem::DuplicateAcrossItems});
        for (const EvidenceIssue &issue : issues)
            QCOMPARE(issue.severity, EvidenceSeverity::Warning);
    }

    void evidenceForUnknownItems()
    {
        EvidenceMap evidence;
        evidence[QStringLiteral("3.1")] << entry(QStringLiteral("3.1"), EvidenceKind::Link,
                                                 QStringLiteral("https://truong.edu.vn"));
        const QList<EvidenceIssue> issues =
            EvidenceChecker::check(builtIn(), score(builtIn(), Facts()), evidence, {QDate(), true});
        QVERIFY(problemsOf(issues, QStringLiteral("3.1")).contains(EvidenceProblem::UnknownItem));
    }
};

QTEST_GUILESS_MAIN(TestEvidence)
#include "tst_evidence.moc"
