// The adapters: a DocumentInput from the sample school's store and from its exchange file.
#include "documents/DocumentFactory.h"
#include "documents/DocumentIdentity.h"
#include "documents/DocumentInputAssembler.h"
#include "documents/DocumentInventoryJson.h"
#include "exchange/EngineExchangeScorer.h"
#include "exchange/ExchangeBuilder.h"
#include "exchange/ExchangeJson.h"
#include "exchange/RepositoryAssessmentPort.h"
#include "index/IndexRegistry.h"
#include "samples/SampleSchool.h"
#include "school/SchoolSession.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestDocumentAssembler : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SchoolSession> m_session;
    DocumentInput m_input;

    qint64 yearId() const { return m_session->currentYear().id; }

    const ScoreRow *row(const QString &id) const
    {
        for (const ScoreRow &candidate : m_input.assessment.rows) {
            if (candidate.id == id)
                return &candidate;
        }
        return nullptr;
    }

    Expected<ExchangeDocument> exchangeDocument()
    {
        RepositoryAssessmentPort port;
        EngineExchangeScorer scorer(IndexRegistry::builtIn());
        Expected<ExchangeDocument> built = ExchangeBuilder::build(m_session->database(), yearId(), port, scorer,
                                                                  ExchangeBuilder::Require::Any);
        if (!built)
            return built.status();
        // Through its JSON form, as a file carries it.
        return ExchangeJson::fromJson(ExchangeJson::toJson(*built));
    }

private slots:
    void initTestCase()
    {
        auto session = SchoolSession::open(m_dir.filePath(QStringLiteral("sample.sqlite")));
        QVERIFY(session);
        m_session = std::move(session.value());
        const Status created = SampleSchool::create(*m_session);
        QVERIFY2(created, qPrintable(created.message()));
        const Expected<DocumentInput> input = DocumentInputAssembler::fromSession(*m_session);
        QVERIFY2(input, qPrintable(input.message()));
        m_input = *input;
    }

    void identityFromTheProfile()
    {
        const SchoolIdentity &school = m_input.school;
        QCOMPARE(school.name, QStringLiteral("Trường Tiểu học Chu Văn An"));
        QCOMPARE(school.levelCode, QStringLiteral("tieu-hoc"));
        QCOMPARE(school.authorityLine, QStringLiteral("PHÒNG GD&ĐT HUYỆN ĐĂK SONG"));
        QCOMPARE(school.authorityName, QStringLiteral("Phòng Giáo dục và Đào tạo huyện Đăk Song"));
        QCOMPARE(school.placeName, QStringLiteral("Đức An"));
        QCOMPARE(school.docSign, QStringLiteral("THCVA"));
        QCOMPARE(school.principalName, QStringLiteral("Nguyễn Thị Hương"));
        QCOMPARE(school.principalTitle, QStringLiteral("Hiệu trưởng"));
        QCOMPARE(school.itStaff.size(), 3);
        QCOMPARE(school.itStaff.first().name, QStringLiteral("Vũ Thị Minh Thảo"));
        QCOMPARE(school.itStaff.first().title, QStringLiteral("giáo viên Tin học, phụ trách CNTT"));
        QCOMPARE(m_input.yearName, QStringLiteral("2022 - 2023"));
    }

    void authorityInASentence_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("district office") << "PHÒNG GD&ĐT HUYỆN ĐĂK SONG" << "Phòng Giáo dục và Đào tạo huyện Đăk Song";
        QTest::newRow("commune") << "UBND XÃ ĐỨC AN" << "Ủy ban nhân dân xã Đức An";
        QTest::newRow("ward of a city") << "UBND PHƯỜNG NGHĨA ĐỨC" << "Ủy ban nhân dân phường Nghĩa Đức";
        QTest::newRow("department written out") << "SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐẮK NÔNG"
                                                << "Sở Giáo dục và Đào tạo tỉnh Đắk Nông";
        QTest::newRow("department abbreviated") << "SỞ GDĐT THÀNH PHỐ HÀ NỘI" << "Sở Giáo dục và Đào tạo thành phố Hà Nội";
        QTest::newRow("already a sentence") << "Phòng Giáo dục và Đào tạo huyện Krông Nô"
                                            << "Phòng Giáo dục và Đào tạo huyện Krông Nô";
        QTest::newRow("spaces") << "  UBND   XÃ  ĐỨC AN " << "Ủy ban nhân dân xã Đức An";
        QTest::newRow("empty") << "" << "";
    }

    void authorityInASentence()
    {
        QFETCH(QString, line);
        QFETCH(QString, sentence);
        QCOMPARE(DocumentIdentity::authorityInSentence(line), sentence);
        QCOMPARE(DocumentIdentity::authorityLine(QStringLiteral("Phòng GD&ĐT huyện Đăk Song")),
                 QStringLiteral("PHÒNG GD&ĐT HUYỆN ĐĂK SONG"));
    }

    /// Seed 002: 19 in use, 05 missing, 23 owned, 03 missing.
    void inventoryTotalsAndTables()
    {
        const DocumentInventorySummary &inventory = m_input.inventory;
        QCOMPARE(inventory.totals.softwareInUse, 19);
        QCOMPARE(inventory.totals.softwareMissing, 5);
        QCOMPARE(inventory.totals.equipmentHave, 23);
        QCOMPARE(inventory.totals.equipmentMissing, 3);
        QCOMPARE(inventory.software.size(), 2);
        QCOMPARE(inventory.software.at(0).title, QStringLiteral("Nhóm ứng dụng CNTT phục vụ quản lý, điều hành"));
        const DocumentSoftwareRow &website = inventory.software.at(0).rows.first();
        QCOMPARE(website.name, QStringLiteral("Trang thông tin điện tử (Website)"));
        QVERIFY(!website.inUse);
        const DocumentSoftwareRow &mail = inventory.software.at(0).rows.at(2);
        QVERIFY(mail.inUse);
        QCOMPARE(mail.usedText, QStringLiteral("2"));
        QCOMPARE(mail.link, QStringLiteral("c1chuvanands@gmail.com\nchuvanandaksong@gmail.com"));
        QCOMPARE(inventory.software.at(1).rows.size(), 5);

        QStringList have;
        QStringList missing;
        for (const DocumentEquipmentRow &row : inventory.equipment)
            (row.missing ? missing : have) << row.name + QLatin1Char('=') + row.haveText;
        QVERIFY2(have.contains(QStringLiteral("Đường truyền Internet=03 đường truyền")), qPrintable(have.join(QStringLiteral(" | "))));
        QVERIFY2(have.contains(QStringLiteral("Phòng tin học (phòng máy tính)=01 phòng/21 máy")), qPrintable(have.join(QStringLiteral(" | "))));
        QVERIFY(have.contains(QStringLiteral("Ti vi=12")));
        QVERIFY(have.contains(QStringLiteral("Máy chiếu=02")));
        QCOMPARE(missing.size(), 3);
        QVERIFY2(missing.contains(QStringLiteral("Phòng đa năng=")), qPrintable(missing.join(QStringLiteral(" | "))));
        QVERIFY(missing.contains(QStringLiteral("Bảng tương tác thông minh=")));
        QVERIFY(missing.contains(QStringLiteral("Camera giám sát=")));
        QCOMPARE(inventory.equipment.first().name, QStringLiteral("Đường truyền Internet"));
    }

    void scoreRowsAsTheSeedTable()
    {
        const AssessmentSummary &assessment = m_input.assessment;
        QCOMPARE(assessment.indexCitation,
                 QStringLiteral("Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo"));
        QVERIFY(row(QStringLiteral("1")));
        QCOMPARE(row(QStringLiteral("1"))->kind, ScoreRowKind::Group);
        QCOMPARE(row(QStringLiteral("1"))->points, QStringLiteral("32"));
        QCOMPARE(row(QStringLiteral("1"))->maxPoints, QStringLiteral("100"));
        QCOMPARE(row(QStringLiteral("2"))->points, QStringLiteral("58"));

        const ScoreRow *plan = row(QStringLiteral("1.1"));
        QVERIFY(plan && plan->mandatory && plan->mandatoryMet);
        QCOMPARE(plan->points, QStringLiteral("có"));
        QCOMPARE(plan->levelText, QStringLiteral("Đạt"));
        QCOMPARE(plan->evidence, QStringLiteral("Kế hoạch số 112/KH-THCVA ngày 20/09/2022"));

        const ScoreRow *online = row(QStringLiteral("1.3"));
        QVERIFY(online);
        QCOMPARE(online->points, QStringLiteral("6"));
        QCOMPARE(online->maxPoints, QStringLiteral("30"));
        QCOMPARE(online->levelText, QStringLiteral("Đạt mức độ 1"));
        QCOMPARE(online->thresholdsText,
                 QStringLiteral("Mức độ 1: dưới 10 điểm; Mức độ 2: từ 10 - 20 điểm; Mức độ 3: trên 20 điểm"));
        QCOMPARE(online->evidence, QStringLiteral("Google Meet: https://meet.google.com/"));
        // Its items follow, the LMS functions under their shared heading.
        const int at = int(online - assessment.rows.constData());
        QCOMPARE(assessment.rows.at(at + 1).kind, ScoreRowKind::Item);
        QVERIFY(assessment.rows.at(at + 1).wording.startsWith(QStringLiteral("- Có triển khai phần mềm dạy học trực tuyến")));
        QCOMPARE(assessment.rows.at(at + 1).points, QStringLiteral("6"));
        QCOMPARE(assessment.rows.at(at + 1).tierText, QStringLiteral("Tối đa 6 điểm"));
        QVERIFY(assessment.rows.at(at + 2).tierText.isEmpty()); // 1.3.2 has no points of its own
        QCOMPARE(assessment.rows.at(at + 3).wording, QStringLiteral("- Hệ thống LMS/LCMS có triển khai các chức năng:"));
        QVERIFY(assessment.rows.at(at + 3).points.isEmpty());
        QCOMPARE(assessment.rows.at(at + 4).wording, QStringLiteral("(1) Giáo viên giao bài cho học sinh tự học;"));

        const ScoreRow *materials = row(QStringLiteral("1.4"));
        QCOMPARE(materials->points, QStringLiteral("0"));
        QCOMPARE(materials->levelText, QStringLiteral("Không đạt"));
        QVERIFY2(materials->tierText.startsWith(QStringLiteral("- Ít hơn 20 học liệu: tối đa 3 điểm.\n- Ít hơn 40 học liệu")),
                 qPrintable(materials->tierText));
        QCOMPARE(materials->evidence, QStringLiteral("Đường link và số lượng học liệu (nếu có)"));

        const ScoreRow *management = row(QStringLiteral("2.3"));
        QCOMPARE(management->points, QStringLiteral("50"));
        QCOMPARE(management->levelText, QStringLiteral("Đạt mức độ 2"));
        QVERIFY(management->evidence.contains(QStringLiteral("Quyết định số 11/QĐ-CVA ngày 15/02/2023")));
        QVERIFY(management->evidence.contains(QStringLiteral("https://fbot.esoft.edu.vn")));
    }

    void groupLevelsTargetsAndImprovements()
    {
        const QList<GroupResult> &groups = m_input.assessment.groups;
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups.at(0).points, 32.0);
        QCOMPARE(groups.at(0).level, 1);
        QCOMPARE(groups.at(0).targetLevel, 2);
        QCOMPARE(groups.at(1).points, 58.0);
        QCOMPARE(groups.at(1).level, 2);
        QCOMPARE(groups.at(1).targetLevel, 0);
        // The cheapest way to lift group 1 to mức 2: 1.5.1, then the LMS (1.3.2) and its first function.
        const QStringList improvements = m_input.assessment.improvements;
        QCOMPARE(improvements.size(), 3);
        QCOMPARE(improvements.at(0), QStringLiteral("Tổ chức triển khai thi, kiểm tra, đánh giá kết quả học tập trên phòng "
                                                     "máy tính; có phần mềm, máy tính kết nối mạng LAN (tiêu chí 1.5.1)."));
        QCOMPARE(improvements.at(1), QStringLiteral("Triển khai hệ thống quản lý học tập trực tuyến (LMS)/hệ thống quản lý "
                                                     "nội dung học tập trực tuyến (LCMS) (tiêu chí 1.3.2)."));
        QCOMPARE(improvements.at(2), QStringLiteral("Hệ thống LMS/LCMS có triển khai các chức năng: giáo viên giao bài cho "
                                                     "học sinh tự học (tiêu chí 1.3.3.1)."));
        for (const QString &sentence : m_input.assessment.improvements) {
            QVERIFY2(sentence.contains(QStringLiteral("(tiêu chí 1.")), qPrintable(sentence));
            QVERIFY(sentence.endsWith(QStringLiteral(").")));
        }
    }

    void indicatorsFromTheCounts()
    {
        const AuthorityIndicators &indicators = m_input.indicators;
        QCOMPARE(indicators.itStaff.count, 1);
        QCOMPARE(indicators.itStaff.total, 25);
        QVERIFY(indicators.protectedComputers.isKnown());
        QCOMPARE(indicators.protectedComputers.total, 26);
        QVERIFY(!indicators.equippedStudents.isKnown()); // never counted: left blank, not 0
    }

    /// The plan as the store prints it: seed 002's number, date, căn cứ and nơi nhận.
    void planWithTheStoredDraft()
    {
        const Expected<DocumentInput> plan = DocumentInputAssembler::forDocument(m_session->database(), yearId(),
                                                                                 DocumentKind::Plan);
        QVERIFY2(plan, qPrintable(plan.message()));
        QCOMPARE(plan->meta.number, 18);
        QCOMPARE(plan->meta.date, QDate(2023, 2, 16));
        QCOMPARE(plan->bases.size(), 8);
        QCOMPARE(plan->bases.first().key, QStringLiteral("tt-28-2020"));
        QCOMPARE(plan->bases.at(3).number, QStringLiteral("539/PGD&ĐT"));
        QVERIFY(plan->narratives.value(QStringLiteral("noi_nhan")).contains(QStringLiteral("Phòng GD&ĐT (để b/c)")));
        const QString text = doc::plainText(DocumentFactory::build(DocumentKind::Plan, *plan));
        QVERIFY(text.contains(QStringLiteral("Số: 18/KH-THCVA")));
        QVERIFY(text.contains(QStringLiteral("Đức An, ngày 16 tháng 02 năm 2023")));
        QVERIFY(text.contains(QStringLiteral("Tổng số phần mềm và ứng dụng đang sử dụng: 19")));
        QVERIFY(text.contains(QStringLiteral("Tổng số phần mềm và ứng dụng cần được trang bị nhưng còn thiếu: 05")));
        QVERIFY(text.contains(QStringLiteral("đạt 58/100 điểm")));
        QVERIFY(text.contains(QStringLiteral("Bổ sung ít nhất 02/05 phần mềm")));
        QVERIFY(text.contains(QStringLiteral("Căn cứ Hướng dẫn số 539/PGD&ĐT")));
        // Another document of the year keeps its own (default) draft.
        const Expected<DocumentInput> report = DocumentInputAssembler::forDocument(m_session->database(), yearId(),
                                                                                   DocumentKind::YearReport);
        QVERIFY(report);
        QCOMPARE(report->meta.number, 0);
    }

    /// The authority prints the same tables from the school's exchange file alone.
    void sameInputFromTheExchangeFile()
    {
        const Expected<ExchangeDocument> document = exchangeDocument();
        QVERIFY2(document, qPrintable(document.message()));
        QVERIFY(document->inventory.contains(QStringLiteral("summary")));
        const Expected<DocumentInput> input = DocumentInputAssembler::fromExchange(*document);
        QVERIFY2(input, qPrintable(input.message()));
        QCOMPARE(input->school.authorityLine, m_input.school.authorityLine);
        QCOMPARE(input->school.itStaff.size(), 3);
        QCOMPARE(input->yearName, m_input.yearName);
        QCOMPARE(input->inventory.totals.softwareInUse, 19);
        QCOMPARE(input->inventory.totals.equipmentMissing, 3);
        QCOMPARE(input->inventory.software.size(), m_input.inventory.software.size());
        QCOMPARE(input->inventory.equipment.size(), m_input.inventory.equipment.size());
        QCOMPARE(input->assessment.rows.size(), m_input.assessment.rows.size());
        for (int i = 0; i < input->assessment.rows.size(); ++i) {
            QCOMPARE(input->assessment.rows.at(i).points, m_input.assessment.rows.at(i).points);
            QCOMPARE(input->assessment.rows.at(i).evidence, m_input.assessment.rows.at(i).evidence);
        }
        QCOMPARE(input->assessment.groups.at(1).points, 58.0);
        QCOMPARE(input->indicators.itStaff.count, 1);
    }

    /// Files made before `inventory.summary` existed still print, without the inventory annex.
    void exchangeFileWithoutSummary()
    {
        Expected<ExchangeDocument> document = exchangeDocument();
        QVERIFY(document);
        document->inventory.remove(QStringLiteral("summary"));
        const Expected<DocumentInput> input = DocumentInputAssembler::fromExchange(*document);
        QVERIFY2(input, qPrintable(input.message()));
        QVERIFY(input->inventory.isEmpty());
        QCOMPARE(input->assessment.groups.at(0).points, 32.0);
        // A malformed summary is read as empty, never as an error.
        const DocumentInventoryJson::Content odd = DocumentInventoryJson::fromJson(
            QJsonObject{{QStringLiteral("software"), 3}, {QStringLiteral("totals"), QStringLiteral("x")},
                        {QStringLiteral("indicators"), QJsonObject{{QStringLiteral("itStaff"),
                                                                     QJsonObject{{QStringLiteral("count"), 9},
                                                                                 {QStringLiteral("of"), 2}}}}}});
        QVERIFY(odd.inventory.isEmpty());
        QCOMPARE(odd.inventory.totals.softwareInUse, 0);
        QVERIFY(!odd.indicators.itStaff.isKnown());
    }

    void unknownIndexVersionIsRefused()
    {
        Expected<ExchangeDocument> document = exchangeDocument();
        QVERIFY(document);
        document->indexVersion = 99;
        const Expected<DocumentInput> input = DocumentInputAssembler::fromExchange(*document);
        QVERIFY(!input);
        QVERIFY(!input.message().isEmpty());
    }

    void databaseWithoutSchoolIsRefused()
    {
        QTemporaryDir dir;
        auto session = SchoolSession::open(dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(session);
        const Expected<DocumentInput> input = DocumentInputAssembler::fromStore((*session)->database(), 1);
        QVERIFY(!input);
        QVERIFY2(input.message().contains(QStringLiteral("Chưa khai báo thông tin trường")), qPrintable(input.message()));
        const Expected<DocumentInput> noYear = DocumentInputAssembler::fromSession(**session);
        QVERIFY(!noYear);
    }
};

QTEST_GUILESS_MAIN(TestDocumentAssembler)
#include "tst_document_assembler.moc"
