// School → file → receiving side gives the school's own score; the school restores its year from
// the file on a new PC; files whose facts or score were changed and re-signed are refused.
#include "ExchangeTestSupport.h"

#include "exchange/ExchangeBuilder.h"
#include "exchange/ExchangeChecksum.h"
#include "exchange/ExchangeJson.h"
#include "exchange/ExchangeReader.h"
#include "exchange/ExchangeServices.h"
#include "exchange/ExchangeValidator.h"
#include "exchange/ExchangeWriter.h"
#include "exchange/ReceivedSummary.h"
#include "exchange/ReceivingImport.h"
#include "exchange/ReceivingStore.h"
#include "exchange/ReportingRepository.h"
#include "exchange/SchoolRestore.h"
#include "exchange/YearLock.h"
#include "index/Assessment.h"
#include "index/AssessmentRepository.h"
#include "index/FactsFile.h"
#include "index/ScoreReportJson.h"
#include "school/SchoolRepository.h"
#include "school/YearRepository.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

namespace {

const QString kSeedFacts = QStringLiteral(SDX_SAMPLES_DIR "/seed-002-facts.json");

struct School
{
    std::unique_ptr<Database> db;
    qint64 yearId = 0;
};

SchoolProfile seedProfile()
{
    SchoolProfile profile;
    profile.name = QStringLiteral("Trường Tiểu học Chu Văn An");
    profile.code = QStringLiteral("67000123");
    profile.level = SchoolLevel::TieuHoc;
    profile.authority = QStringLiteral("UBND XÃ ĐỨC AN");
    profile.placeName = QStringLiteral("Đức An");
    profile.docSign = QStringLiteral("THCVA");
    profile.principalName = QStringLiteral("Nguyễn Thị Hoa");
    profile.principalTitle = QStringLiteral("Hiệu trưởng");
    profile.itStaff = {{QStringLiteral("Trần Văn Bình"), QStringLiteral("Giáo viên Tin học"), QStringLiteral("0912345678"),
                        QStringLiteral("binh@example.edu.vn")}};
    return profile;
}

QJsonObject groupOf(const QJsonObject &score, const QString &id)
{
    for (const QJsonValue &value : score.value(QStringLiteral("groups")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestExchangeRoundTrip : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QString path(const QString &name) { return m_dir.filePath(QString::number(++m_counter) + QLatin1Char('-') + name); }

    /// The seed school (seed 002) with its facts, two pieces of evidence and indicators, finalised.
    School seedSchool()
    {
        School school;
        auto opened = Database::open(path(QStringLiteral("truong.sqlite")));
        if (!opened)
            return school;
        school.db = std::move(opened.value());
        SchoolRepository(*school.db).save(seedProfile());
        school.yearId = YearRepository(*school.db).create(QStringLiteral("2022-2023"))->id;
        const Expected<FactsFileContent> facts = FactsFile::read(kSeedFacts);
        if (!facts || !Assessment(*school.db).importFacts(school.yearId, *facts, QStringLiteral("Bình")))
            qFatal("the seed facts could not be stored: %s", qPrintable(facts.message()));
        EvidenceEntry plan;
        plan.itemId = QStringLiteral("1.1");
        plan.title = QStringLiteral("Kế hoạch dạy học trực tuyến");
        plan.kind = EvidenceKind::Document;
        plan.location = QStringLiteral("Kế hoạch số 12/KH-THCVA ngày 05/9/2022");
        AssessmentRepository(*school.db).addEvidence(school.yearId, plan);
        EvidenceEntry link;
        link.itemId = QStringLiteral("2.4.1");
        link.title = QStringLiteral("Trang liên lạc phụ huynh");
        link.location = QStringLiteral("https://example.edu.vn/lien-lac");
        link.lastChecked = QDate(2023, 5, 2);
        link.lastResult = QStringLiteral("mở được");
        AssessmentRepository(*school.db).addEvidence(school.yearId, link);
        ExchangeIndicators indicators;
        indicators.values = {{QStringLiteral("staffTotal"), 24}, {QStringLiteral("staffInChargeOfIt"), 3},
                             {QStringLiteral("computersTotal"), 21}, {QStringLiteral("computersWithAntiMalware"), 18}};
        ReportingRepository(*school.db).setIndicators(school.yearId, indicators);
        YearLock(*school.db).finalise(school.yearId, QStringLiteral("Nguyễn Thị Hoa"));
        return school;
    }

    QJsonObject ownScore(School &school)
    {
        const Expected<AssessmentSnapshot> snapshot = Assessment(*school.db).load(school.yearId);
        return snapshot ? ScoreReportJson::toJson(snapshot->report) : QJsonObject();
    }

    QString exportFile(School &school)
    {
        const Expected<ExchangeDocument> document = ExchangeBuilder::build(
            *school.db, school.yearId, ExchangeServices::assessments(), ExchangeServices::scorer());
        if (!document)
            qWarning("%s", qPrintable(document.message()));
        const QString file = path(ExchangeWriter::suggestFileName(document->school.code, document->school.name,
                                                                  document->schoolYear, document->revision));
        return ExchangeWriter::writeFile(*document, file) ? file : QString();
    }

private slots:
    void exportRefusesADraftYear()
    {
        School school = seedSchool();
        QVERIFY(YearLock(*school.db).reopen(school.yearId, QStringLiteral("HT"), QStringLiteral("sửa")));
        const Expected<ExchangeDocument> document = ExchangeBuilder::build(
            *school.db, school.yearId, ExchangeServices::assessments(), ExchangeServices::scorer());
        QVERIFY(!document);
        QVERIFY2(document.message().contains(QStringLiteral("chưa chốt số liệu")), qPrintable(document.message()));
    }

    void receivingSideGetsTheSchoolsOwnScore()
    {
        School school = seedSchool();
        QVERIFY(school.db);
        const QJsonObject own = ownScore(school);
        QCOMPARE(groupOf(own, QStringLiteral("1")).value(QStringLiteral("points")).toDouble(), 32.0);
        QCOMPARE(groupOf(own, QStringLiteral("2")).value(QStringLiteral("points")).toDouble(), 58.0);
        const QString file = exportFile(school);
        QVERIFY(!file.isEmpty());
        QVERIFY(file.endsWith(QStringLiteral("67000123_TH-Chu-Van-An_2022-2023_r1.sdx")));

        const Expected<ExchangeFile> read = ExchangeReader::readFile(file);
        QVERIFY2(read, qPrintable(read.message()));
        QCOMPARE(read->document.assessment.facts.size(), 30);
        QCOMPARE(read->document.assessment.evidenceCount(), 2);
        QCOMPARE(read->document.recipient.name, QStringLiteral("UBND XÃ ĐỨC AN"));
        QCOMPARE(read->document.recipient.kind, RecipientKind::CommuneCommittee);
        QCOMPARE(read->document.finalisedBy, QStringLiteral("Nguyễn Thị Hoa"));
        QVERIFY(read->document.inventory.contains(QStringLiteral("derivedFacts")));
        QVERIFY(ExchangeValidator::differences(read->document.score, own).isEmpty());

        QTemporaryDir office;
        auto received = Database::open(office.filePath(QStringLiteral("xa.sqlite")));
        QVERIFY(received);
        const Expected<ImportReport> report = ReceivingImport::run(**received, ExchangeServices::scorer(), {file});
        QVERIFY(report);
        QCOMPARE(report->accepted.size(), 1);
        const QList<ReceivedRecord> records = ReceivingStore(**received).records().value();
        QList<SummaryBuilder::Input> inputs{{records.first().id, records.first().document}};
        const QList<ReceivedSummary> summaries = SummaryBuilder::build(inputs, &ExchangeServices::scorer());
        QCOMPARE(summaries.size(), 1);
        const SchoolSummaryRow &row = summaries.first().schools.first();
        QCOMPARE(row.code, QStringLiteral("67000123"));
        QCOMPARE(row.group(QStringLiteral("1"))->points, groupOf(own, QStringLiteral("1")).value(QStringLiteral("points")).toDouble());
        QCOMPARE(row.group(QStringLiteral("1"))->level, 1);
        QCOMPARE(row.group(QStringLiteral("2"))->points, 58.0);
        QCOMPARE(row.group(QStringLiteral("2"))->level, 2);
        QCOMPARE(row.criteria.value(QStringLiteral("1.6")).points, 16.0);
        QCOMPARE(row.criteria.value(QStringLiteral("2.3")).points, 50.0);
        QVERIFY(row.unmetMandatory.isEmpty());
        QCOMPARE(row.evidenceCount, 2);
        QCOMPARE(summaries.first().outline.criteria().size(), 11);
    }

    void reSignedFilesWithChangedFactsOrScoreAreRefused_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("reason");
        QTest::newRow("score raised") << "score" << "khác với điểm tính lại";
        QTest::newRow("fact out of range") << "range" << "ngoài phạm vi";
        QTest::newRow("unknown item") << "unknown" << "ngoài phạm vi";
    }

    void reSignedFilesWithChangedFactsOrScoreAreRefused()
    {
        QFETCH(QString, change);
        QFETCH(QString, reason);
        School school = seedSchool();
        const Expected<ExchangeFile> read = ExchangeReader::readFile(exportFile(school));
        QVERIFY(read);
        QJsonObject object = read->json;
        if (change == QLatin1String("score")) {
            QJsonObject score = object.value(QStringLiteral("score")).toObject();
            QJsonArray groups = score.value(QStringLiteral("groups")).toArray();
            QJsonObject first = groups.at(0).toObject();
            first.insert(QStringLiteral("points"), 80);
            first.insert(QStringLiteral("level"), 3);
            groups.replace(0, first);
            score.insert(QStringLiteral("groups"), groups);
            object.insert(QStringLiteral("score"), score);
        } else {
            QJsonObject facts = object.value(QStringLiteral("facts")).toObject();
            const QString item = change == QLatin1String("range") ? QStringLiteral("1.7.2") : QStringLiteral("9.9");
            facts.insert(item, QJsonObject{{QStringLiteral("value"), 7}, {QStringLiteral("source"), QStringLiteral("entered")}});
            object.insert(QStringLiteral("facts"), facts);
        }
        object.insert(QStringLiteral("checksum"), ExchangeChecksum::member(ExchangeChecksum::compute(object)));
        const Expected<ExchangeFile> resigned = ExchangeReader::parse(QJsonDocument(object).toJson(), QStringLiteral("x.sdx"));
        QVERIFY2(resigned, qPrintable(resigned.message()));
        ExchangeFile file = *resigned;
        file.path = QStringLiteral("doi-diem.sdx");
        const Status status = ExchangeValidator::check(file, ExchangeServices::scorer());
        QVERIFY(!status);
        QVERIFY2(status.message().contains(QStringLiteral("doi-diem.sdx")) && status.message().contains(reason),
                 qPrintable(status.message()));
    }

    void restoreOnANewPcGivesTheSameYear()
    {
        School school = seedSchool();
        const QJsonObject own = ownScore(school);
        QVERIFY(YearLock(*school.db).reopen(school.yearId, QStringLiteral("HT"), QStringLiteral("bổ sung")));
        QVERIFY(YearLock(*school.db).finalise(school.yearId, QStringLiteral("HT")));
        const QString file = exportFile(school);
        const ExchangeDocument document = ExchangeReader::readFile(file)->document;
        QCOMPARE(document.revision, 2);

        auto fresh = Database::open(path(QStringLiteral("may-moi.sqlite")));
        QVERIFY(fresh);
        const Expected<RestorePlan> plan = SchoolRestore::plan(**fresh, document, ExchangeServices::assessments());
        QVERIFY2(plan, qPrintable(plan.message()));
        QVERIFY(plan->createsSchool);
        QVERIFY(plan->createsYear);
        QCOMPARE(plan->incomingFacts, 30);
        QCOMPARE(plan->incomingEvidence, 2);
        QVERIFY(plan->describe().join(QLatin1Char('\n')).contains(QStringLiteral("chưa có")));
        const Expected<qint64> year = SchoolRestore::apply(**fresh, document, ExchangeServices::assessments(),
                                                          QStringLiteral("Bình"), QStringLiteral("tep.sdx"));
        QVERIFY2(year, qPrintable(year.message()));

        QCOMPARE(SchoolRepository(**fresh).load().value()->code, QStringLiteral("67000123"));
        const Expected<YearState> state = YearLock(**fresh).state(*year);
        QVERIFY(state->finalised);
        QCOMPARE(state->revision, 2);
        QCOMPARE(state->finalisedAt, document.finalisedAt);
        QCOMPARE(YearLock(**fresh).history(*year)->last().action, QStringLiteral("restore"));
        School restored{std::move(fresh.value()), *year};
        QVERIFY(ExchangeValidator::differences(ownScore(restored), own).isEmpty());
        QCOMPARE(AssessmentRepository(*restored.db).loadEvidence(*year)->value(QStringLiteral("2.4.1")).first().lastResult,
                 QStringLiteral("mở được"));
        QCOMPARE(ReportingRepository(*restored.db).indicators(*year).value(), document.indicators);
        // Exporting again from the restored year gives the same content.
        const ExchangeDocument again = ExchangeReader::readFile(exportFile(restored))->document;
        QCOMPARE(again.assessment.facts.size(), document.assessment.facts.size());
        QVERIFY(ExchangeValidator::differences(again.score, document.score).isEmpty());
    }

    void restoreOverAnExistingYearSaysWhatChanges()
    {
        School school = seedSchool();
        const ExchangeDocument document = ExchangeReader::readFile(exportFile(school))->document;
        QVERIFY(YearLock(*school.db).reopen(school.yearId, QStringLiteral("HT"), QStringLiteral("thử")));
        QVERIFY(Assessment(*school.db).setAnswer(school.yearId, QStringLiteral("1.4"), 45, QStringLiteral("Bình")));
        QVERIFY(Assessment(*school.db).setAnswer(school.yearId, QStringLiteral("1.5.1"), true, QStringLiteral("Bình")));
        const Expected<RestorePlan> plan = SchoolRestore::plan(*school.db, document, ExchangeServices::assessments());
        QVERIFY(plan);
        QVERIFY(!plan->createsSchool);
        QVERIFY(!plan->createsYear);
        QVERIFY(!plan->yearFinalised);
        QCOMPARE(plan->yearRevision, 2);
        QCOMPARE(plan->currentEvidence, 2);
        QCOMPARE(plan->changedItems, (QStringList{QStringLiteral("1.4"), QStringLiteral("1.5.1")}));
        QVERIFY(plan->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("mới hơn")));
        QVERIFY(SchoolRestore::apply(*school.db, document, ExchangeServices::assessments(), QStringLiteral("HT"),
                                     QStringLiteral("tep.sdx")));
        const Expected<AssessmentSnapshot> snapshot = Assessment(*school.db).load(school.yearId);
        QCOMPARE(snapshot->facts.value(QStringLiteral("1.4")).value.toInt(), 0);
        QVERIFY(YearLock(*school.db).isLocked(school.yearId));
    }

    void theDatabaseEnforcesTheLockOnTheAssessment()
    {
        School school = seedSchool();  // finalised
        Assessment assessment(*school.db);
        AssessmentRepository repository(*school.db);
        const Status refused = assessment.setAnswer(school.yearId, QStringLiteral("1.4"), 30, QStringLiteral("Bình"));
        QVERIFY(!refused);
        QVERIFY2(refused.message().contains(QStringLiteral("đã chốt số liệu")), qPrintable(refused.message()));
        QVERIFY(!repository.removeAnswer(school.yearId, QStringLiteral("1.1")));
        QVERIFY(!repository.saveAdjustment(school.yearId, QStringLiteral("1.6.1"), {5, QStringLiteral("x"), QStringLiteral("y")}));
        const QList<EvidenceEntry> evidence = repository.loadEvidence(school.yearId)->value(QStringLiteral("1.1"));
        QVERIFY(!repository.removeEvidence(evidence.first().id));
        // A link check's result may still be recorded on a finalised year.
        QVERIFY(repository.recordLinkCheck(evidence.first().id, QDate(2023, 6, 1), QStringLiteral("mở được")));
        QCOMPARE(assessment.load(school.yearId)->facts.value(QStringLiteral("1.4")).value.toInt(), 0);

        QVERIFY(YearLock(*school.db).reopen(school.yearId, QStringLiteral("HT"), QStringLiteral("sửa 1.4")));
        QVERIFY(assessment.setAnswer(school.yearId, QStringLiteral("1.4"), 30, QStringLiteral("Bình")));
        QVERIFY(YearLock(*school.db).finalise(school.yearId, QStringLiteral("HT")));
        // Removing a finalised year altogether is still possible (its rows go with it).
        QVERIFY(YearRepository(*school.db).remove(school.yearId));
        QCOMPARE(YearRepository(*school.db).list()->size(), 0);
    }

    void restoreRefusesAnotherSchoolsFile()
    {
        School school = seedSchool();
        ExchangeDocument document = ExchangeReader::readFile(exportFile(school))->document;
        document.school.code = QStringLiteral("99999999");
        document.school.name = QStringLiteral("Trường THCS Khác");
        const Expected<RestorePlan> plan = SchoolRestore::plan(*school.db, document, ExchangeServices::assessments());
        QVERIFY(!plan);
        QVERIFY2(plan.message().contains(QStringLiteral("99999999")), qPrintable(plan.message()));
        QVERIFY(!SchoolRestore::apply(*school.db, document, ExchangeServices::assessments(), QString(), QString()));
    }
};

QTEST_GUILESS_MAIN(TestExchangeRoundTrip)
#include "tst_exchange_roundtrip.moc"
