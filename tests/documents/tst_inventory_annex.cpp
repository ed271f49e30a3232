// The printable inventory annex (InventoryAnnexBuilder): the sample school's rooms, the totals per
// category and the four totals of seed 002, from the inventory alone and from the store.
#include "documents/DocumentIdentity.h"
#include "documents/DocumentKind.h"
#include "documents/InventoryAnnexBuilder.h"
#include "inventory/InventoryCatalog.h"
#include "inventory/InventorySamples.h"
#include "inventory/InventoryTotals.h"
#include "samples/SampleSchool.h"
#include "school/SchoolSession.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

namespace {

InventoryAnnexInput sampleInput()
{
    const InventorySnapshot snapshot = InventorySamples::seed002();
    return InventoryAnnexAssembler::fromInventory(DocumentIdentity::fromProfile(SampleSchool::profile()),
                                                  QStringLiteral("2022 - 2023"), snapshot,
                                                  InventoryTotals::compute(snapshot), InventoryCatalog::builtIn());
}

const doc::Table *tableNamed(const doc::Document &document, const QString &name)
{
    for (const doc::Block &block : document.blocks) {
        if (const auto *table = std::get_if<doc::Table>(&block); table && table->name == name)
            return table;
    }
    return nullptr;
}

QString cellText(const doc::Table &table, int row, int column)
{
    QStringList lines;
    for (const doc::Paragraph &paragraph : table.rows.at(row).cells.at(column).paragraphs)
        lines << paragraph.plainText();
    return lines.join(QLatin1Char('\n'));
}

const InventoryAnnexCategory *categoryNamed(const InventoryAnnexInput &input, const QString &label)
{
    for (const InventoryAnnexCategory &category : input.categories) {
        if (category.label == label)
            return &category;
    }
    return nullptr;
}

} // namespace

class TestInventoryAnnex : public QObject
{
    Q_OBJECT

private slots:
    void kindIsKeptOutOfTheSchoolsDocuments()
    {
        bool ok = false;
        QCOMPARE(DocumentKinds::fromCode(QStringLiteral("phu-luc-kiem-ke"), &ok), DocumentKind::InventoryAnnex);
        QVERIFY(ok);
        QVERIFY(!DocumentKinds::all().contains(DocumentKind::InventoryAnnex));
        QCOMPARE(DocumentKinds::typeTitle(DocumentKind::InventoryAnnex), QStringLiteral("PHỤ LỤC"));
    }

    void equipmentLineSaysWhatIsBroken()
    {
        QCOMPARE(InventoryAnnexAssembler::equipmentLine(QStringLiteral("Máy tính để bàn"), 21, 17),
                 QStringLiteral("Máy tính để bàn: 21 (17 hoạt động, 4 hỏng)"));
        QCOMPARE(InventoryAnnexAssembler::equipmentLine(QStringLiteral("Máy chiếu"), 1, 1), QStringLiteral("Máy chiếu: 1"));
    }

    void inputListsEveryRoomAndCategory()
    {
        const InventoryAnnexInput input = sampleInput();
        QCOMPARE(input.rooms.size(), 17); // 15 classrooms, the computer room, the office
        QCOMPARE(input.rooms.first().name, QStringLiteral("Lớp 1A"));
        QVERIFY(input.rooms.first().internet);
        const InventoryAnnexRoom &lab = input.rooms.at(15);
        QCOMPARE(lab.name, QStringLiteral("Phòng tin học"));
        QCOMPARE(lab.equipment, QStringList{QStringLiteral("Máy tính để bàn: 21 (17 hoạt động, 4 hỏng)")});
        QVERIFY(input.rooms.at(14).equipment.isEmpty()); // Lớp 5C has nothing

        const InventoryAnnexCategory *desktops = categoryNamed(input, QStringLiteral("Máy tính để bàn"));
        QVERIFY(desktops);
        QCOMPARE(desktops->total, 23);
        QCOMPARE(desktops->working, 19);
        QCOMPARE(desktops->broken, 4);
        QVERIFY(desktops->protectedCount >= 0);
        const InventoryAnnexCategory *tvs = categoryNamed(input, QStringLiteral("Ti vi"));
        QVERIFY(tvs);
        QCOMPARE(tvs->total, 12);
        QCOMPARE(tvs->protectedCount, -1);

        QCOMPARE(input.totals.softwareInUse, 19);
        QCOMPARE(input.totals.softwareMissing, 5);
        QCOMPARE(input.totals.equipmentHave, 23);
        QCOMPARE(input.totals.equipmentMissing, 3);
    }

    void documentPrintsTablesAndTotals()
    {
        const doc::Document document = InventoryAnnexBuilder(sampleInput()).build();
        QCOMPARE(document.kindCode, QStringLiteral("phu-luc-kiem-ke"));
        const QString text = doc::plainText(document);
        QVERIFY(text.contains(QStringLiteral("PHỤ LỤC")));
        QVERIFY(text.contains(QStringLiteral("Danh mục phòng và trang thiết bị công nghệ thông tin năm học 2022 - 2023")));
        QVERIFY(text.contains(QStringLiteral("TRƯỜNG TIỂU HỌC CHU VĂN AN")));
        QVERIFY(text.contains(QStringLiteral("Số: ")));
        QVERIFY(text.contains(QStringLiteral("Tổng số phòng: 17, trong đó 10 phòng có kết nối Internet.")));
        QVERIFY(text.contains(QStringLiteral("Tổng số phần mềm và ứng dụng đang sử dụng: 19")));
        QVERIFY(text.contains(QStringLiteral("Tổng số phần mềm và ứng dụng cần được trang bị nhưng còn thiếu: 05")));
        QVERIFY(text.contains(QStringLiteral("Tổng số trang thiết bị CNTT và hạ tầng đã có: 23")));
        QVERIFY(text.contains(QStringLiteral("Tổng số trang thiết bị CNTT và hạ tầng còn thiếu cần bổ sung: 03")));
        QVERIFY(text.contains(QStringLiteral("Nguyễn Thị Hương")));

        const doc::Table *rooms = tableNamed(document, QStringLiteral("annex-rooms"));
        QVERIFY(rooms);
        QCOMPARE(rooms->rows.size(), 1 + 17);
        QCOMPARE(rooms->headerRows, 1);
        QCOMPARE(rooms->widthMm(), 165.0);
        QCOMPARE(cellText(*rooms, 16, 1), QStringLiteral("Phòng tin học"));
        QCOMPARE(cellText(*rooms, 16, 3), QStringLiteral("Có"));
        QCOMPARE(cellText(*rooms, 16, 4), QStringLiteral("Máy tính để bàn: 21 (17 hoạt động, 4 hỏng)"));
        QCOMPARE(cellText(*rooms, 15, 4), QStringLiteral("Không có"));
        QCOMPARE(cellText(*rooms, 17, 4).split(QLatin1Char('\n')).size(), 3); // the office: desktops, laptops, lines

        const doc::Table *categories = tableNamed(document, QStringLiteral("annex-categories"));
        QVERIFY(categories);
        QCOMPARE(categories->widthMm(), 165.0);
        QCOMPARE(cellText(*categories, 1, 1), QStringLiteral("Máy tính để bàn"));
        QCOMPARE(cellText(*categories, 1, 2), QStringLiteral("23"));
        QCOMPARE(cellText(*categories, 1, 3), QStringLiteral("19"));
        QCOMPARE(cellText(*categories, 1, 4), QStringLiteral("4"));
    }

    void emptyInventorySaysSo()
    {
        InventoryAnnexInput input;
        input.school = DocumentIdentity::fromProfile(SampleSchool::profile());
        input.yearName = QStringLiteral("2024 - 2025");
        const QString text = doc::plainText(InventoryAnnexBuilder(input).build());
        QVERIFY(text.contains(QStringLiteral("Nhà trường chưa cập nhật danh mục phòng.")));
        QVERIFY(text.contains(QStringLiteral("Tổng số trang thiết bị CNTT và hạ tầng đã có: 00")));
    }

    void fromStoreReadsTheSampleSchool()
    {
        QTemporaryDir dir;
        auto session = SchoolSession::open(dir.filePath(QStringLiteral("sample.sqlite")));
        QVERIFY2(session, qPrintable(session.message()));
        QVERIFY(SampleSchool::create(**session));
        const Expected<InventoryAnnexInput> input =
            InventoryAnnexAssembler::fromStore((*session)->database(), (*session)->currentYear().id);
        QVERIFY2(input, qPrintable(input.message()));
        QCOMPARE(input->school.name, QStringLiteral("Trường Tiểu học Chu Văn An"));
        QCOMPARE(input->yearName, QStringLiteral("2022 - 2023"));
        QCOMPARE(input->rooms.size(), 17);
        QCOMPARE(input->totals.softwareInUse, 19);
        QCOMPARE(input->totals.equipmentMissing, 3);
    }
};

QTEST_GUILESS_MAIN(TestInventoryAnnex)
#include "tst_inventory_annex.moc"
