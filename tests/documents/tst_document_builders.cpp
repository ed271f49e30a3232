#include "documents/DocumentDump.h"
#include "documents/DocumentFactory.h"
#include "documents/DocumentSamples.h"
#include "documents/TableGrid.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace sdx;

Q_DECLARE_METATYPE(sdx::DocumentInput)

/**
 * Golden files of the block tree of every document built from the fixtures. After an intended
 * change, regenerate them with SDX_UPDATE_GOLDEN=1 and review the diff:
 *   SDX_UPDATE_GOLDEN=1 ctest --test-dir build -R tst_document_builders
 */
class TestDocumentBuilders : public QObject
{
    Q_OBJECT

    static doc::Document plan() { return DocumentFactory::build(DocumentKind::Plan, DocumentSamples::seed002Plan()); }

    static QString text(const doc::Document &document) { return doc::plainText(document); }

    static const doc::Table *findTable(const doc::Document &document, const QString &name)
    {
        for (const doc::Block &block : document.blocks) {
            if (const auto *table = std::get_if<doc::Table>(&block); table && table->name == name)
                return table;
        }
        return nullptr;
    }

private slots:
    void golden_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<DocumentInput>("input");
        QTest::newRow("ke-hoach-seed002") << int(DocumentKind::Plan) << DocumentSamples::seed002Plan();
        QTest::newRow("bao-cao-tu-danh-gia-seed002") << int(DocumentKind::SelfAssessmentReport) << DocumentSamples::seed002SelfAssessment();
        QTest::newRow("bao-cao-so-ket-hk1-seed002") << int(DocumentKind::SemesterReport) << DocumentSamples::seed002SemesterReport();
        QTest::newRow("bao-cao-tong-ket-seed002") << int(DocumentKind::YearReport) << DocumentSamples::seed002YearReport();
        for (DocumentKind kind : DocumentKinds::all())
            QTest::newRow(qPrintable(DocumentKinds::code(kind) + QStringLiteral("-empty"))) << int(kind) << DocumentSamples::emptySchool();
    }

    void golden()
    {
        QFETCH(int, kind);
        QFETCH(DocumentInput, input);
        const QString dump = DocumentDump::toText(DocumentFactory::build(DocumentKind(kind), input));
        const QString path = QDir(QStringLiteral(SDX_TEST_DATA_DIR)).filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".dump.txt"));
        if (qEnvironmentVariableIsSet("SDX_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(dump.toUtf8());
            QSKIP("golden file written");
        }
        QFile golden(path);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(QStringLiteral("missing golden file %1").arg(path)));
        const QStringList expected = QString::fromUtf8(golden.readAll()).split(QLatin1Char('\n'));
        const QStringList actual = dump.split(QLatin1Char('\n'));
        for (int i = 0; i < std::min(expected.size(), actual.size()); ++i)
            QVERIFY2(expected.at(i) == actual.at(i), qPrintable(QStringLiteral("line %1 differs:\n  golden: %2\n  actual: %3")
                                                                   .arg(i + 1).arg(expected.at(i), actual.at(i))));
        QCOMPARE(actual.size(), expected.size());
    }

    void buildingTwiceGivesTheSameDocument()
    {
        QCOMPARE(plan(), plan());
    }

    void planCarriesTheGeneratedSentences()
    {
        const QString all = text(plan());
        QVERIFY(all.contains(QStringLiteral("Nhóm tiêu chí “Chuyển đổi số trong quản trị cơ sở giáo dục” đạt 58/100 điểm, mức độ 2 – "
                                            "mức đáp ứng cơ bản")));
        QVERIFY(all.contains(QStringLiteral("Nhóm tiêu chí “Chuyển đổi số trong dạy, học” đạt 32/100 điểm, mức độ 1")));
        QVERIFY(all.contains(QStringLiteral("Bổ sung ít nhất 02/05 phần mềm và ứng dụng cần được trang bị nhưng còn thiếu; 01/03 "
                                            "trang thiết bị CNTT và hạ tầng còn thiếu cần bổ sung.")));
        QVERIFY(all.contains(QStringLiteral("Đưa nhóm tiêu chí “Chuyển đổi số trong dạy, học” đạt mức 2 – mức đáp ứng cơ bản")));
        QVERIFY(!all.contains(QStringLiteral("Đưa nhóm tiêu chí “Chuyển đổi số trong quản trị")));
        QVERIFY(all.contains(QStringLiteral("Tổng số phần mềm và ứng dụng cần được trang bị nhưng còn thiếu: 05")));
        QVERIFY(all.contains(QStringLiteral("Căn cứ Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022")));
        QVERIFY(!all.contains(QStringLiteral("4275")));
        // The school's staff fill the default texts' placeholders, and none is left over.
        QVERIFY(all.contains(QStringLiteral("Phân công đồng chí Vũ Thị Minh Thảo, đồng chí Huỳnh Thị Thanh và đồng chí Nguyễn Thị Liễu")));
        QVERIFY(!all.contains(QLatin1Char('{')));
    }

    void planHeaderAndSignature()
    {
        const doc::Document document = plan();
        const auto *header = std::get_if<doc::HeaderBlock>(&document.blocks.first());
        QVERIFY(header);
        QCOMPARE(header->numberLine, QStringLiteral("Số: 18/KH-THCVA"));
        QCOMPARE(header->placeDateLine, QStringLiteral("Đức An, ngày 16 tháng 02 năm 2023"));
        QCOMPARE(header->agencyLine, QStringLiteral("TRƯỜNG TIỂU HỌC CHU VĂN AN"));
        const auto *signature = std::get_if<doc::SignatureBlock>(&document.blocks.last());
        QVERIFY(signature);
        QCOMPARE(signature->recipients.last(), QStringLiteral("- Lưu: VT."));
        QCOMPARE(signature->recipients.first(), QStringLiteral("- Phòng GD&ĐT (để b/c);"));
        QCOMPARE(signature->titleLines, QStringList{QStringLiteral("HIỆU TRƯỞNG")});
        QCOMPARE(signature->signerName, QStringLiteral("Nguyễn Thị Hương"));
        const auto *closing = std::get_if<doc::Paragraph>(&document.blocks.at(document.blocks.size() - 2));
        QVERIFY(closing);
        QVERIFY(closing->plainText().endsWith(QStringLiteral("khi có yêu cầu./.")));
        QVERIFY(closing->keepWithNext);
    }

    void deputySignsForThePrincipal()
    {
        DocumentInput input = DocumentSamples::seed002Plan();
        input.meta.signingAuthority = QStringLiteral("KT.");
        input.meta.signerTitle = QStringLiteral("Phó Hiệu trưởng");
        input.meta.signerName = QStringLiteral("Trần Văn B");
        input.meta.recipients = {QStringLiteral("Như trên;")};
        const doc::Document document = DocumentFactory::build(DocumentKind::Plan, input);
        const auto *signature = std::get_if<doc::SignatureBlock>(&document.blocks.last());
        QVERIFY(signature);
        QCOMPARE(signature->titleLines, (QStringList{QStringLiteral("KT. HIỆU TRƯỞNG"), QStringLiteral("PHÓ HIỆU TRƯỞNG")}));
        QCOMPARE(signature->signerName, QStringLiteral("Trần Văn B"));
        QCOMPARE(signature->recipients, (QStringList{QStringLiteral("- Như trên;"), QStringLiteral("- Lưu: VT.")}));
    }

    void scoringTableMergesCriterionCells()
    {
        const doc::Document document = plan();
        const doc::Table *scoring = findTable(document, QStringLiteral("scoring"));
        QVERIFY(scoring);
        const doc::TableGrid grid(*scoring);
        QCOMPARE(grid.columnCount(), 8);
        QCOMPARE(grid.overflowCount(), 0);
        QCOMPARE(scoring->headerRows, 2);
        // Header: "Đơn vị tự đánh giá, chấm điểm" spans the two school columns.
        QVERIFY(grid.isAnchor(0, 5));
        QCOMPARE(grid.at(0, 6)->column, 5);
        QCOMPARE(grid.at(1, 0)->row, 0); // STT spans both header rows
        // Criterion 1.3 and its seven items: its thresholds cell runs down eight rows.
        int row13 = -1;
        for (int row = 0; row < grid.rowCount(); ++row) {
            const doc::TableGrid::Placed *first = grid.at(row, 0);
            if (first && first->row == row && first->cell->paragraphs.first().plainText() == QStringLiteral("1.3."))
                row13 = row;
        }
        QVERIFY(row13 > 0);
        QCOMPARE(grid.at(row13, 4)->rowSpan, 8);
        QCOMPARE(grid.at(row13 + 7, 4)->row, row13);
        QVERIFY(grid.isAnchor(row13 + 1, 5)); // items keep their own points
    }

    void everyTableFitsTheTextWidth()
    {
        for (DocumentKind kind : DocumentKinds::all()) {
            const doc::Document document = DocumentFactory::build(kind, DocumentSamples::seed002Plan());
            for (const doc::Block &block : document.blocks) {
                if (const auto *table = std::get_if<doc::Table>(&block)) {
                    QVERIFY2(table->widthMm() <= document.page.textWidthMm() + 0.01, qPrintable(table->name));
                    QCOMPARE(doc::TableGrid(*table).overflowCount(), 0);
                }
            }
        }
    }

    void editedNarrativeReplacesTheDefault()
    {
        DocumentInput input = DocumentSamples::seed002Plan();
        input.narratives.insert(QStringLiteral("muc_dich"), QStringLiteral("Mục đích riêng của trường.\n- Ý thứ hai"));
        const QString all = text(DocumentFactory::build(DocumentKind::Plan, input));
        QVERIFY(all.contains(QStringLiteral("Mục đích riêng của trường.")));
        QVERIFY(all.contains(QStringLiteral("- Ý thứ hai")));
        QVERIFY(!all.contains(QStringLiteral("Nâng cao nhận thức, trách nhiệm cho toàn thể cán bộ")));
    }

    void narrativeLinesBecomeHeadingsOnlyWithoutFinalPunctuation()
    {
        DocumentInput input = DocumentSamples::seed002Plan();
        input.narratives.insert(QStringLiteral("giai_phap"),
                                QStringLiteral("1. Một giải pháp\n1.1 Một ý nhỏ\na) Một điểm\n2. Về thống kê: làm đủ, đúng hạn."));
        const doc::Document document = DocumentFactory::build(DocumentKind::Plan, input);
        QMap<QString, doc::Role> roles;
        for (const doc::Block &block : document.blocks) {
            if (const auto *paragraph = std::get_if<doc::Paragraph>(&block))
                roles.insert(paragraph->plainText(), paragraph->role);
        }
        QCOMPARE(roles.value(QStringLiteral("1. Một giải pháp")), doc::Role::Heading2);
        QCOMPARE(roles.value(QStringLiteral("1.1 Một ý nhỏ")), doc::Role::Heading3);
        QCOMPARE(roles.value(QStringLiteral("a) Một điểm")), doc::Role::Heading4);
        QVERIFY(roles.contains(QStringLiteral("2. Về thống kê: làm đủ, đúng hạn.")));
        QCOMPARE(roles.value(QStringLiteral("2. Về thống kê: làm đủ, đúng hạn.")), doc::Role::Body);
    }

    void emptySchoolStillMakesADocument()
    {
        const doc::Document document = DocumentFactory::build(DocumentKind::Plan, DocumentSamples::emptySchool());
        const QString all = text(document);
        QVERIFY(all.contains(QStringLiteral("Số:       /KH")));
        QVERIFY(all.contains(QStringLiteral("chưa cập nhật số liệu kiểm kê")));
        QVERIFY(all.contains(QStringLiteral("chưa thực hiện tự đánh giá")));
        QVERIFY(!all.contains(QStringLiteral("Chu Văn An")));
        QVERIFY(!all.contains(QLatin1Char('{')));
    }

    void reportsCarryTheirOwnParts()
    {
        const QString self = text(DocumentFactory::build(DocumentKind::SelfAssessmentReport, DocumentSamples::seed002SelfAssessment()));
        QVERIFY(self.contains(QStringLiteral("Số: 25/BC-THCVA")));
        QVERIFY(self.contains(QStringLiteral("IV. KẾ HOẠCH NÂNG CAO MỨC ĐỘ CHUYỂN ĐỔI SỐ")));
        QVERIFY(self.contains(QStringLiteral("Số hóa ít nhất 20 học liệu")));
        QVERIFY(self.contains(QStringLiteral("Điều kiện bắt buộc")));
        const QString semester = text(DocumentFactory::build(DocumentKind::SemesterReport, DocumentSamples::seed002SemesterReport()));
        QVERIFY(semester.contains(QStringLiteral("Số: 05/BC-THCVA")));
        QVERIFY(semester.contains(QStringLiteral("ngày 05 tháng 01 năm 2023")));
        QVERIFY(semester.contains(QStringLiteral("Máy tính được cài đặt phần mềm phòng, chống mã độc\t22\t26\t84,6%")));
        QVERIFY(semester.contains(QStringLiteral("III. PHƯƠNG HƯỚNG, NHIỆM VỤ HỌC KỲ II")));
        const QString year = text(DocumentFactory::build(DocumentKind::YearReport, DocumentSamples::seed002YearReport()));
        QVERIFY(year.contains(QStringLiteral("Tổng kết năm học 2022 - 2023")));
        QVERIFY(year.contains(QStringLiteral("NĂM HỌC TỚI")));
        QVERIFY(year.contains(QStringLiteral("đạt 58/100 điểm")));
    }
};

QTEST_GUILESS_MAIN(TestDocumentBuilders)
#include "tst_document_builders.moc"
