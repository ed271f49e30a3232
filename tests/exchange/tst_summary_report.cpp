// The receiving authority's summary report (AuthoritySummaryReportBuilder): header and signature
// from the authority's profile, counts per level, per-school tables split by group, averages,
// criteria no school meets, schools missing a mandatory condition, indicators summed.
#include "ExchangeTestSupport.h"
#include "SummaryReportSupport.h"

#include "documents/AuthoritySummaryReportBuilder.h"
#include "documents/DocumentKind.h"

#include <QTest>

using namespace sdx;

namespace {

AuthoritySummaryReportInput reportInput()
{
    AuthoritySummaryReportInput input;
    input.authority = test::communeProfile();
    input.number = 7;
    input.date = QDate(2025, 5, 20);
    input.summary = SummaryBuilder::build(test::fourSchools(), &test::testScorer()).first();
    input.filesRead = 6;
    input.filesRejected = 1;
    input.filesSuperseded = 1;
    return input;
}

const doc::Table *tableNamed(const doc::Document &document, const QString &name)
{
    for (const doc::Block &block : document.blocks) {
        if (const auto *table = std::get_if<doc::Table>(&block); table && table->name == name)
            return table;
    }
    return nullptr;
}

/// The plain texts of a table's cells, row by row.
QList<QStringList> cells(const doc::Table &table)
{
    QList<QStringList> rows;
    for (const doc::TableRow &row : table.rows) {
        QStringList texts;
        for (const doc::TableCell &cell : row.cells) {
            QStringList lines;
            for (const doc::Paragraph &paragraph : cell.paragraphs)
                lines << paragraph.plainText();
            texts << lines.join(QLatin1Char(' '));
        }
        rows << texts;
    }
    return rows;
}

} // namespace

class TestSummaryReport : public QObject
{
    Q_OBJECT

private slots:
    void headerAndSignatureComeFromTheProfile()
    {
        const doc::Document document = AuthoritySummaryReportBuilder(reportInput()).build();
        QCOMPARE(document.kindCode, QStringLiteral("bao-cao-tong-hop"));
        const auto *header = std::get_if<doc::HeaderBlock>(&document.blocks.first());
        QVERIFY(header);
        QCOMPARE(header->authorityLine, QStringLiteral("UBND TỈNH ĐẮK NÔNG"));
        QCOMPARE(header->agencyLine, QStringLiteral("UBND XÃ ĐỨC AN"));
        QCOMPARE(header->numberLine, QStringLiteral("Số: 07/BC-UBND"));
        QCOMPARE(header->placeDateLine, QStringLiteral("Đức An, ngày 20 tháng 5 năm 2025"));
        const QString text = doc::plainText(document);
        QVERIFY(text.contains(QStringLiteral("BÁO CÁO\nTổng hợp kết quả tự đánh giá mức độ chuyển đổi số của các cơ sở giáo "
                                             "dục năm học 2024 - 2025")));
        QVERIFY(text.contains(QStringLiteral("Ủy ban nhân dân xã Đức An báo cáo tổng hợp")));
        const auto *signature = std::get_if<doc::SignatureBlock>(&document.blocks.last());
        QVERIFY(signature);
        QCOMPARE(signature->titleLines, (QStringList{QStringLiteral("KT. CHỦ TỊCH"), QStringLiteral("PHÓ CHỦ TỊCH")}));
        QCOMPARE(signature->signerName, QStringLiteral("Nguyễn Văn Bình"));
        QCOMPARE(signature->recipients, (QStringList{QStringLiteral("- Sở Giáo dục và Đào tạo (để b/c);"),
                                                     QStringLiteral("- Các trường trên địa bàn;"),
                                                     QStringLiteral("- Lưu: VT.")}));
        QVERIFY(text.contains(QStringLiteral("của Ủy ban nhân dân xã Đức An./.")));
    }

    void aPastYearsDistrictOfficeIsJustOtherData()
    {
        AuthoritySummaryReportInput input = reportInput();
        input.authority.parentLine = QStringLiteral("UBND HUYỆN ĐĂK SONG");
        input.authority.name = QStringLiteral("PHÒNG GD&ĐT HUYỆN ĐĂK SONG");
        input.authority.nameInSentence = QStringLiteral("Phòng Giáo dục và Đào tạo huyện Đắk Song");
        input.authority.docSign = QStringLiteral("PGDĐT");
        input.authority.signingAuthority.clear();
        input.authority.headTitle = QStringLiteral("Trưởng phòng");
        input.authority.signerTitle.clear();
        input.number = 0;
        input.date = QDate();
        const doc::Document document = AuthoritySummaryReportBuilder(input).build();
        const auto *header = std::get_if<doc::HeaderBlock>(&document.blocks.first());
        QCOMPARE(header->agencyLine, QStringLiteral("PHÒNG GD&ĐT HUYỆN ĐĂK SONG"));
        QVERIFY2(header->numberLine.endsWith(QStringLiteral("/BC-PGDĐT")), qPrintable(header->numberLine));
        QVERIFY(header->numberLine.startsWith(QStringLiteral("Số:  ")));  // blank number for the văn thư
        const auto *signature = std::get_if<doc::SignatureBlock>(&document.blocks.last());
        QCOMPARE(signature->titleLines, QStringList{QStringLiteral("TRƯỞNG PHÒNG")});
    }

    void submissionsAndLevelCounts()
    {
        const doc::Document document = AuthoritySummaryReportBuilder(reportInput()).build();
        const QString text = doc::plainText(document);
        QVERIFY(text.contains(QStringLiteral("Số tệp kết quả tự đánh giá đã nhận: 6 tệp;")));
        QVERIFY(text.contains(QStringLiteral("Số cơ sở giáo dục có kết quả hợp lệ, được tổng hợp: 4 trường;")));
        QVERIFY(text.contains(QStringLiteral("đã trả lại để cơ sở giáo dục gửi lại: 1 tệp;")));
        QVERIFY(text.contains(QStringLiteral("bản cũ hoặc trùng lặp")));
        QVERIFY2(text.contains(QStringLiteral("Nhóm tiêu chí “Chuyển đổi số trong dạy, học”: 3 trường đạt mức độ 1 – mức chưa "
                                              "đáp ứng (75%); 0 trường đạt mức độ 2 – mức đáp ứng cơ bản (0%); 1 trường đạt "
                                              "mức độ 3 – mức đáp ứng tốt (25%); điểm bình quân 44/100.")),
                 qPrintable(text));
        const doc::Table *levels = tableNamed(document, QStringLiteral("summary-levels"));
        QVERIFY(levels);
        QCOMPARE(levels->headerRows, 2);
        const QList<QStringList> rows = cells(*levels);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(2), (QStringList{QStringLiteral("1. Chuyển đổi số trong dạy, học"), QStringLiteral("3"),
                                          QStringLiteral("75%"), QStringLiteral("0"), QStringLiteral("0%"),
                                          QStringLiteral("1"), QStringLiteral("25%"), QStringLiteral("44")}));
        QCOMPARE(rows.at(3).mid(1, 6), (QStringList{QStringLiteral("1"), QStringLiteral("25%"), QStringLiteral("2"),
                                                    QStringLiteral("50%"), QStringLiteral("1"), QStringLiteral("25%")}));
    }

    void oneSchoolTablePerGroupFitsThePage()
    {
        const doc::Document document = AuthoritySummaryReportBuilder(reportInput()).build();
        const doc::Table *teaching = tableNamed(document, QStringLiteral("summary-schools-1"));
        const doc::Table *management = tableNamed(document, QStringLiteral("summary-schools-2"));
        QVERIFY(teaching && management);
        QVERIFY(teaching->widthMm() <= document.page.textWidthMm() + 0.01);
        QVERIFY(management->widthMm() <= document.page.textWidthMm() + 0.01);
        QCOMPARE(teaching->columnWidthsMm.size(), 2 + 7 + 2);
        QCOMPARE(management->columnWidthsMm.size(), 2 + 4 + 2);
        QVERIFY(teaching->columnWidthsMm.at(1) >= 45);
        const QList<QStringList> rows = cells(*teaching);
        QCOMPARE(rows.size(), 1 + 4);
        QCOMPARE(rows.at(0).at(2), QStringLiteral("1.1 (ĐK)"));
        QCOMPARE(rows.at(0).at(4), QStringLiteral("1.3 (30)"));
        // S2: 80 points, mức 3; S3 misses 1.1, its level is capped and marked.
        QCOMPARE(rows.at(2).at(1), QStringLiteral("Trường TH Hai"));
        QCOMPARE(rows.at(2).mid(9), (QStringList{QStringLiteral("80"), QStringLiteral("3")}));
        QCOMPARE(rows.at(3).at(2), QStringLiteral("Chưa đạt"));
        QCOMPARE(rows.at(1).at(2), QStringLiteral("Đạt"));
        QCOMPARE(rows.at(1).at(7), QStringLiteral("16"));  // 1.6 of the seed school
        const QList<QStringList> management_rows = cells(*management);
        QCOMPARE(management_rows.at(4).at(3), QStringLiteral("Chưa đạt"));  // S4, 2.2
        QVERIFY2(management_rows.at(4).last().endsWith(QLatin1Char('*')), qPrintable(management_rows.at(4).join(u'|')));
    }

    void averagesAndGaps()
    {
        const doc::Document document = AuthoritySummaryReportBuilder(reportInput()).build();
        const doc::Table *averages = tableNamed(document, QStringLiteral("summary-averages-1"));
        QVERIFY(averages);
        const QList<QStringList> rows = cells(*averages);
        QCOMPARE(rows.size(), 1 + 7);  // head, the 7 criteria of group 1
        QCOMPARE(cells(*tableNamed(document, QStringLiteral("summary-averages-2"))).size(), 1 + 4);
        QVERIFY(doc::plainText(document).contains(QStringLiteral("b) Nhóm tiêu chí “Chuyển đổi số trong quản trị cơ sở giáo dục”")));
        const QStringList mandatory = rows.at(1);
        QCOMPARE(mandatory.first(), QStringLiteral("1.1"));
        QCOMPARE(mandatory.at(2), QStringLiteral("Điều kiện bắt buộc"));
        QCOMPARE(mandatory.at(4), QStringLiteral("3/4 (75%)"));
        const QStringList c13 = rows.at(3);
        QCOMPARE(c13.at(1), QStringLiteral("Triển khai phần mềm dạy học trực tuyến"));  // without the index's lead-in ":"
        const QStringList c16 = rows.at(6);
        QCOMPARE(c16.first(), QStringLiteral("1.6"));
        QCOMPARE(c16.at(2), QStringLiteral("20"));
        QCOMPARE(c16.at(3), QStringLiteral("17"));  // (16 + 20 + 16 + 16) / 4
        QCOMPARE(c16.at(4), QStringLiteral("4/4 (100%)"));

        const QString text = doc::plainText(document);
        QVERIFY2(text.contains(QStringLiteral("- Tiêu chí 1.5: ")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("- Trường TH Ba (mã S3): chưa đáp ứng tiêu chí 1.1;")));
        QVERIFY(text.contains(QStringLiteral("- Trường TH Bốn (mã S4): chưa đáp ứng tiêu chí 2.2.")));
    }

    void noGapsAreSaidSo()
    {
        AuthoritySummaryReportInput input = reportInput();
        input.summary.criteriaNoSchoolMeets.clear();
        input.summary.mandatoryMisses.clear();
        input.filesRead = -1;
        const QString text = doc::plainText(AuthoritySummaryReportBuilder(input).build());
        QVERIFY(text.contains(QStringLiteral("Mỗi tiêu chí đều có ít nhất một cơ sở giáo dục đạt.")));
        QVERIFY(text.contains(QStringLiteral("Tất cả các cơ sở giáo dục đều đáp ứng các điều kiện bắt buộc.")));
        QVERIFY(!text.contains(QStringLiteral("đã nhận:")));
    }

    void indicatorsSummed()
    {
        const doc::Document document = AuthoritySummaryReportBuilder(reportInput()).build();
        const doc::Table *indicators = tableNamed(document, QStringLiteral("summary-indicators"));
        QVERIFY(indicators);
        const QList<QStringList> rows = cells(*indicators);
        QCOMPARE(rows.size(), 1 + 10);
        QStringList computers, protectedPcs, students;
        for (const QStringList &row : rows) {
            if (row.at(1) == QStringLiteral("Tổng số máy tính đang sử dụng"))
                computers = row;
            if (row.at(1) == QStringLiteral("Máy tính được cài đặt phần mềm phòng, chống mã độc"))
                protectedPcs = row;
            if (row.at(1) == QStringLiteral("Tổng số học sinh"))
                students = row;
        }
        QCOMPARE(computers.mid(2), (QStringList{QStringLiteral("66"), QString(), QString(), QStringLiteral("3/4")}));
        // 60 protected in all; the share compares the 45 of the three schools that gave their total with 66.
        QCOMPARE(protectedPcs.mid(2), (QStringList{QStringLiteral("60"), QStringLiteral("66"), QStringLiteral("68,2%"),
                                                   QStringLiteral("4/4")}));
        QCOMPARE(students.at(2), QStringLiteral("Chưa có số liệu"));
    }

    void kindIsKnownButNotASchoolDocument()
    {
        bool ok = false;
        QCOMPARE(DocumentKinds::fromCode(QStringLiteral("bao-cao-tong-hop"), &ok), DocumentKind::AuthoritySummaryReport);
        QVERIFY(ok);
        QVERIFY(!DocumentKinds::all().contains(DocumentKind::AuthoritySummaryReport));
        QCOMPARE(DocumentKinds::typeAbbreviation(DocumentKind::AuthoritySummaryReport), QStringLiteral("BC"));
    }
};

QTEST_GUILESS_MAIN(TestSummaryReport)
#include "tst_summary_report.moc"
