#include "IndexTestSupport.h"

#include "index/Assessment.h"
#include "index/AssessmentRepository.h"
#include "index/FactsFile.h"
#include "school/YearRepository.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sdx;
using namespace IndexTestSupport;

class TestAssessmentStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    struct Fixture
    {
        std::unique_ptr<Database> db;
        qint64 yearId = 0;
    };

    Fixture fresh()
    {
        Fixture fixture;
        auto db = Database::open(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_counter)));
        if (!db)
            return fixture;
        fixture.db = std::move(db.value());
        const Expected<SchoolYear> year = YearRepository(*fixture.db).create(QStringLiteral("2022-2023"));
        fixture.yearId = year ? year->id : 0;
        return fixture;
    }

    static int rows(Database &db, const QString &table)
    {
        SqlQuery query(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return query.exec() && query.next() ? query.value(0).toInt() : -1;
    }

    static EvidenceEntry evidence(const QString &itemId, EvidenceKind kind, const QString &location)
    {
        EvidenceEntry entry;
        entry.itemId = itemId;
        entry.kind = kind;
        entry.location = location;
        entry.title = QStringLiteral("Minh chứng %1").arg(itemId);
        entry.issuer = QStringLiteral("Trường Tiểu học Chu Văn An");
        entry.notes = QStringLiteral("ghi chú");
        return entry;
    }

private slots:
    void answersRoundTrip_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("yes") << "1.1" << QJsonValue(true);
        QTest::newRow("no") << "2.3.3" << QJsonValue(false);
        QTest::newRow("count") << "1.4" << QJsonValue(25);
        QTest::newRow("share") << "1.6.1" << QJsonValue(QJsonObject{{QStringLiteral("count"), 8}, {QStringLiteral("of"), 15}});
        QTest::newRow("level") << "1.7.2" << QJsonValue(2);
    }

    void answersRoundTrip()
    {
        QFETCH(QString, item);
        QFETCH(QJsonValue, value);
        Fixture fixture = fresh();
        QVERIFY(fixture.db && fixture.yearId > 0);
        Assessment assessment(*fixture.db);
        QVERIFY(assessment.setAnswer(fixture.yearId, item, value, QStringLiteral("cô Lan")));
        const Expected<AssessmentSnapshot> snapshot = assessment.load(fixture.yearId);
        QVERIFY2(snapshot, qPrintable(snapshot.message()));
        QCOMPARE(snapshot->answers.value(item).value, value);
        QCOMPARE(snapshot->answers.value(item).by, QStringLiteral("cô Lan"));
        QVERIFY(snapshot->answers.value(item).provenance.startsWith(QStringLiteral("nhập tay bởi cô Lan lúc ")));
        QVERIFY(snapshot->report.item(item)->answered);
        // Clearing gives "not answered" back.
        QVERIFY(assessment.setAnswer(fixture.yearId, item, QJsonValue(QJsonValue::Null), QStringLiteral("cô Lan")));
        QVERIFY(!assessment.load(fixture.yearId)->report.item(item)->answered);
    }

    void bulkAnswersAreAllOrNothing()
    {
        Fixture fixture = fresh();
        AssessmentRepository repository(*fixture.db);
        QVERIFY(repository.saveAnswer(fixture.yearId, QStringLiteral("1.2"), true, QStringLiteral("HT")));
        Facts answers = facts(object(R"({"1.1": true, "1.4": 12})"));
        answers.insert(QStringLiteral("1.2"), enteredFact(QJsonValue(QJsonValue::Null)));
        QVERIFY(repository.saveAnswers(fixture.yearId, answers, QStringLiteral("nhập tệp")));
        const Expected<Facts> loaded = repository.loadAnswers(fixture.yearId);
        QVERIFY(loaded);
        QCOMPARE(loaded->keys(), (QStringList{QStringLiteral("1.1"), QStringLiteral("1.4")}));
        QCOMPARE(loaded->value(QStringLiteral("1.1")).by, QStringLiteral("kiểm thử"));  // the fact's own author wins
        // A year that does not exist breaks the foreign key: nothing of the batch is kept.
        QVERIFY(!repository.saveAnswers(fixture.yearId + 100, facts(object(R"({"2.1": true})")), QString()));
        QCOMPARE(rows(*fixture.db, QStringLiteral("assessment_answer")), 2);
    }

    void invalidAnswersAreRefusedAndNothingIsSaved()
    {
        Fixture fixture = fresh();
        Assessment assessment(*fixture.db);
        QVERIFY(assessment.setAnswer(fixture.yearId, QStringLiteral("1.4"), 12, QString()));
        const Status bad = assessment.setAnswer(fixture.yearId, QStringLiteral("1.4"), -5, QString());
        QVERIFY(!bad);
        QVERIFY2(bad.message().contains(QStringLiteral("Mục 1.4: cần một số nguyên không âm")), qPrintable(bad.message()));
        const Status unknown = assessment.setAnswer(fixture.yearId, QStringLiteral("7.7"), true, QString());
        QVERIFY(!unknown);
        QVERIFY(unknown.message().contains(QStringLiteral("\"7.7\"")));
        QCOMPARE(assessment.load(fixture.yearId)->answers.value(QStringLiteral("1.4")).value.toInt(), 12);
        QCOMPARE(rows(*fixture.db, QStringLiteral("assessment_answer")), 1);
    }

    void importScoresTheSeedSchool()
    {
        Fixture fixture = fresh();
        Assessment assessment(*fixture.db);
        const Expected<FactsFileContent> content = FactsFile::read(QStringLiteral(SDX_TEST_DATA_DIR "/seed-002-facts.json"));
        QVERIFY(content);
        QVERIFY(assessment.importFacts(fixture.yearId, *content, QStringLiteral("nhập tệp")));
        const Expected<AssessmentSnapshot> snapshot = assessment.load(fixture.yearId);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->index->id, QStringLiteral("4725/QĐ-BGDĐT"));
        QCOMPARE(snapshot->report.group(QStringLiteral("1"))->points, 32.0);
        QCOMPARE(snapshot->report.group(QStringLiteral("2"))->points, 58.0);
        QCOMPARE(snapshot->report.group(QStringLiteral("2"))->level, 2);
    }

    void importIsAllOrNothing()
    {
        Fixture fixture = fresh();
        Assessment assessment(*fixture.db);
        FactsFileContent content;
        content.indexId = QStringLiteral("4725/QĐ-BGDĐT");
        content.facts = facts(object(R"({"1.1": true, "1.4": 25, "1.7.2": 9})"));
        const Status status = assessment.importFacts(fixture.yearId, content, QString());
        QVERIFY(!status);
        QVERIFY2(status.message().contains(QStringLiteral("Mục 1.7.2")), qPrintable(status.message()));
        QCOMPARE(rows(*fixture.db, QStringLiteral("assessment_answer")), 0);
        content.indexId = QStringLiteral("KHÁC");
        content.facts = facts(object(R"({"1.1": true})"));
        QVERIFY(!assessment.importFacts(fixture.yearId, content, QString()));
        QCOMPARE(rows(*fixture.db, QStringLiteral("assessment_answer")), 0);
    }

    void adjustmentsAreCheckedBeforeSaving()
    {
        Fixture fixture = fresh();
        Assessment assessment(*fixture.db);
        QVERIFY(assessment.setAnswer(fixture.yearId, QStringLiteral("1.6.1"),
                                     QJsonObject{{QStringLiteral("count"), 4}, {QStringLiteral("of"), 10}}, QString()));
        const Status higher = assessment.setAdjustment(fixture.yearId, QStringLiteral("1.6.1"),
                                                       {6, QStringLiteral("lý do"), QStringLiteral("HT")});
        QVERIFY(!higher);
        QVERIFY(higher.message().contains(QStringLiteral("chỉ được điều chỉnh giảm")));
        QVERIFY(!assessment.setAdjustment(fixture.yearId, QStringLiteral("1.6.1"), {3, QString(), QStringLiteral("HT")}));
        QCOMPARE(rows(*fixture.db, QStringLiteral("assessment_adjustment")), 0);
        QVERIFY(assessment.setAdjustment(fixture.yearId, QStringLiteral("1.6.1"),
                                         {2.5, QStringLiteral("tài khoản chưa dùng"), QStringLiteral("HT")}));
        const Expected<AssessmentSnapshot> snapshot = assessment.load(fixture.yearId);
        QCOMPARE(snapshot->adjustments.value(QStringLiteral("1.6.1")).points, 2.5);
        QCOMPARE(snapshot->adjustments.value(QStringLiteral("1.6.1")).reason, QStringLiteral("tài khoản chưa dùng"));
        QCOMPARE(snapshot->report.item(QStringLiteral("1.6.1"))->points, 2.5);
        QVERIFY(snapshot->report.item(QStringLiteral("1.6.1"))->adjusted);
        QVERIFY(assessment.clearAdjustment(fixture.yearId, QStringLiteral("1.6.1")));
        QCOMPARE(assessment.load(fixture.yearId)->report.item(QStringLiteral("1.6.1"))->points, 4.0);
    }

    void overridesKeepTheDerivedValue()
    {
        Fixture fixture = fresh();
        AssessmentRepository repository(*fixture.db);
        const DerivedFact derived{QStringLiteral("1.7.1"),
                                  QJsonObject{{QStringLiteral("count"), 11}, {QStringLiteral("of"), 21}},
                                  QStringLiteral("11/21 phòng học có máy chiếu")};
        const QJsonObject typed{{QStringLiteral("count"), 14}, {QStringLiteral("of"), 21}};
        QVERIFY(repository.saveOverride(fixture.yearId, QStringLiteral("1.7.1"), typed, derived, QStringLiteral("thầy Tú")));
        const Expected<Facts> overrides = repository.loadOverrides(fixture.yearId);
        QVERIFY(overrides);
        const Fact &fact = overrides->value(QStringLiteral("1.7.1"));
        QCOMPARE(fact.value, QJsonValue(typed));
        QCOMPARE(fact.derivedValue, derived.value);
        QCOMPARE(fact.derivedProvenance, derived.provenance);
        const Facts merged = mergeFacts({derived}, *overrides);
        QCOMPARE(merged.value(QStringLiteral("1.7.1")).source, FactSource::Overridden);
        // By whom and when: the time stored with the override.
        QVERIFY(fact.at.isValid());
        QCOMPARE(merged.value(QStringLiteral("1.7.1")).provenance,
                 QStringLiteral("nhập tay, ghi đè số liệu kiểm kê bởi thầy Tú lúc %1")
                     .arg(fact.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
        QVERIFY(repository.removeOverride(fixture.yearId, QStringLiteral("1.7.1")));
        QVERIFY(repository.loadOverrides(fixture.yearId)->isEmpty());
    }

    void evidenceRoundTrip()
    {
        Fixture fixture = fresh();
        AssessmentRepository repository(*fixture.db);
        const Expected<qint64> first = repository.addEvidence(
            fixture.yearId, evidence(QStringLiteral("2.3.1"), EvidenceKind::Document,
                                     QStringLiteral("Quyết định số 11/QĐ-CVA ngày 15/02/2023")));
        const Expected<qint64> second = repository.addEvidence(
            fixture.yearId, evidence(QStringLiteral("2.3.1"), EvidenceKind::Link, QStringLiteral("https://fbot.esoft.edu.vn")));
        QVERIFY(first && second);
        Expected<EvidenceMap> loaded = repository.loadEvidence(fixture.yearId);
        QVERIFY(loaded);
        QCOMPARE(loaded->value(QStringLiteral("2.3.1")).size(), 2);
        EvidenceEntry stored = loaded->value(QStringLiteral("2.3.1")).at(0);
        QCOMPARE(stored.id, *first);
        QCOMPARE(stored.kind, EvidenceKind::Document);
        QCOMPARE(stored.issuer, QStringLiteral("Trường Tiểu học Chu Văn An"));
        QCOMPARE(stored.notes, QStringLiteral("ghi chú"));
        QVERIFY(!stored.lastChecked.isValid());
        stored.title = QStringLiteral("Quyết định ban hành quy chế");
        QVERIFY(repository.updateEvidence(stored));
        QVERIFY(repository.recordLinkCheck(*second, QDate(2024, 5, 2), QStringLiteral("Truy cập được (HTTP 200)")));
        loaded = repository.loadEvidence(fixture.yearId);
        QCOMPARE(loaded->value(QStringLiteral("2.3.1")).at(0).title, QStringLiteral("Quyết định ban hành quy chế"));
        QCOMPARE(loaded->value(QStringLiteral("2.3.1")).at(1).lastChecked, QDate(2024, 5, 2));
        QCOMPARE(loaded->value(QStringLiteral("2.3.1")).at(1).lastResult, QStringLiteral("Truy cập được (HTTP 200)"));
        // Replacing keeps the given order.
        QList<EvidenceEntry> reordered = {loaded->value(QStringLiteral("2.3.1")).at(1), loaded->value(QStringLiteral("2.3.1")).at(0)};
        QVERIFY(repository.replaceEvidence(fixture.yearId, QStringLiteral("2.3.1"), reordered));
        loaded = repository.loadEvidence(fixture.yearId);
        QCOMPARE(loaded->value(QStringLiteral("2.3.1")).at(0).kind, EvidenceKind::Link);
        QVERIFY(repository.removeEvidence(loaded->value(QStringLiteral("2.3.1")).at(0).id));
        QCOMPARE(repository.loadEvidence(fixture.yearId)->value(QStringLiteral("2.3.1")).size(), 1);
        EvidenceEntry ghost = stored;
        ghost.id = 999999;
        QVERIFY(!repository.updateEvidence(ghost));
    }

    void copyForwardCarriesAnswersAndEvidence()
    {
        Fixture fixture = fresh();
        Assessment assessment(*fixture.db);
        AssessmentRepository repository(*fixture.db);
        QVERIFY(assessment.setAnswer(fixture.yearId, QStringLiteral("1.4"), 25, QStringLiteral("cô Lan")));
        QVERIFY(assessment.setAnswer(fixture.yearId, QStringLiteral("2.1"), true, QStringLiteral("cô Lan")));
        QVERIFY(assessment.setAdjustment(fixture.yearId, QStringLiteral("1.4"), {5, QStringLiteral("r"), QString()}));
        QVERIFY(repository.saveOverride(fixture.yearId, QStringLiteral("1.7.1"),
                                        QJsonObject{{QStringLiteral("count"), 1}, {QStringLiteral("of"), 2}}, {}, QString()));
        QVERIFY(repository.addEvidence(fixture.yearId, evidence(QStringLiteral("2.1"), EvidenceKind::Document,
                                                                QStringLiteral("Quyết định số 3/QĐ-CVA ngày 05/09/2022"))));
        const Expected<SchoolYear> next = YearRepository(*fixture.db).copyForward(fixture.yearId, QStringLiteral("2023-2024"));
        QVERIFY2(next, qPrintable(next.message()));
        const Expected<AssessmentSnapshot> copied = assessment.load(next->id);
        QVERIFY(copied);
        QCOMPARE(copied->answers.value(QStringLiteral("1.4")).value.toInt(), 25);
        QVERIFY(copied->answers.value(QStringLiteral("2.1")).value.toBool());
        QCOMPARE(copied->evidence.value(QStringLiteral("2.1")).size(), 1);
        QVERIFY(copied->adjustments.isEmpty());
        QVERIFY(copied->overrides.isEmpty());
        // The two years are independent afterwards.
        QVERIFY(assessment.setAnswer(next->id, QStringLiteral("1.4"), 45, QString()));
        QCOMPARE(assessment.load(fixture.yearId)->answers.value(QStringLiteral("1.4")).value.toInt(), 25);
    }

    void deletingAYearDeletesItsAssessment()
    {
        Fixture fixture = fresh();
        Assessment assessment(*fixture.db);
        QVERIFY(assessment.setAnswer(fixture.yearId, QStringLiteral("1.1"), true, QString()));
        QVERIFY(AssessmentRepository(*fixture.db)
                    .addEvidence(fixture.yearId, evidence(QStringLiteral("1.1"), EvidenceKind::Link,
                                                          QStringLiteral("https://truong.edu.vn"))));
        QVERIFY(YearRepository(*fixture.db).remove(fixture.yearId));
        QCOMPARE(rows(*fixture.db, QStringLiteral("assessment_answer")), 0);
        QCOMPARE(rows(*fixture.db, QStringLiteral("evidence")), 0);
    }

    void aYearKeepsItsIndexVersion()
    {
        Fixture fixture = fresh();
        SqlQuery query(*fixture.db, QStringLiteral("UPDATE school_year SET index_version = 99 WHERE id = :id"));
        query.bind(QStringLiteral(":id"), fixture.yearId);
        QVERIFY(query.exec());
        const Expected<AssessmentSnapshot> snapshot = Assessment(*fixture.db).load(fixture.yearId);
        QVERIFY(!snapshot);
        QVERIFY2(snapshot.message().contains(QStringLiteral("Không có bộ chỉ số 4725/QĐ-BGDĐT phiên bản 99")),
                 qPrintable(snapshot.message()));
    }

    void schemaRefusesBadRows()
    {
        Fixture fixture = fresh();
        SqlQuery noReason(*fixture.db, QStringLiteral("INSERT INTO assessment_adjustment (year_id, item_id, points, reason) "
                                                      "VALUES (:y, '1.4', 2, '  ')"));
        noReason.bind(QStringLiteral(":y"), fixture.yearId);
        QVERIFY(!noReason.exec());
        SqlQuery notJson(*fixture.db, QStringLiteral("INSERT INTO assessment_answer (year_id, item_id, value) "
                                                     "VALUES (:y, '1.4', '{oops')"));
        notJson.bind(QStringLiteral(":y"), fixture.yearId);
        QVERIFY(!notJson.exec());
    }
};

QTEST_GUILESS_MAIN(TestAssessmentStore)
#include "tst_assessment_store.moc"
