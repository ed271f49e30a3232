#include "InventoryTestSupport.h"

#include "inventory/CsvCodec.h"
#include "inventory/InventoryDerivation.h"
#include "inventory/InventoryExport.h"
#include "inventory/InventoryImporter.h"
#include "inventory/InventoryRepository.h"
#include "inventory/InventorySamples.h"
#include "inventory/LegacyEncoding.h"
#include "inventory/XlsxReader.h"
#include "school/YearRepository.h"
#include "store/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;
using namespace sdx::test;

class TestInventoryImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Database> m_db;
    qint64 m_year = 0;

    QString path(const QString &name) { return m_dir.filePath(QString::number(++m_counter) + name); }
    static QString data(const QString &name) { return QStringLiteral(SDX_TEST_DATA_DIR "/") + name; }

    QString writeText(const QString &name, const QString &text)
    {
        const QString file = path(name);
        QFile out(file);
        if (out.open(QIODevice::WriteOnly))
            out.write(text.toUtf8());
        return file;
    }

    InventorySnapshot loaded(qint64 year = 0)
    {
        Expected<InventorySnapshot> snapshot = InventoryRepository(*m_db).load(year ? year : m_year);
        return snapshot ? *snapshot : InventorySnapshot();
    }

    static InventorySnapshot withoutIds(InventorySnapshot snapshot)
    {
        for (SoftwareRow &row : snapshot.software)
            row.id = 0;
        for (Room &room : snapshot.rooms) {
            room.id = 0;
            for (EquipmentItem &item : room.equipment)
                item.id = 0;
        }
        return snapshot;
    }

    /// What an export holds: software, rooms, equipment (not counts, needs or repairs).
    static InventorySnapshot exportable(InventorySnapshot snapshot)
    {
        snapshot = withoutIds(snapshot);
        snapshot.people = PeopleCounts();
        snapshot.needs.clear();
        return snapshot;
    }

    Expected<ImportPlan> import(const QString &file, const ImportOptions &options = {}, qint64 year = 0)
    {
        InventoryImporter importer;
        Expected<ImportPreview> preview = importer.read(file, options);
        if (!preview)
            return preview.status();
        return importer.commit(*m_db, year ? year : m_year, *preview);
    }

    /// A fresh year with the rooms the bad-input cases refer to.
    void addRoom(const QString &name, const QString &kind)
    {
        Room room;
        room.name = name;
        room.kind = kind;
        QVERIFY(InventoryRepository(*m_db).saveRoom(m_year, room));
    }

private slots:
    void init()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("imp%1.sqlite").arg(++m_counter)));
        QVERIFY2(db, qPrintable(db.message()));
        m_db = std::move(db.value());
        auto year = YearRepository(*m_db).create(QStringLiteral("2022-2023"));
        QVERIFY(year);
        m_year = year->id;
    }

    void cleanup()
    {
        m_db.reset();
    }

    void csvRoundTrip()
    {
        const InventorySnapshot seed = InventorySamples::seed002();
        for (InventoryKind kind : {InventoryKind::Rooms, InventoryKind::Equipment, InventoryKind::Software}) {
            const QString file = path(InventoryKinds::code(kind) + QStringLiteral(".csv"));
            const Status written = InventoryExport::writeCsv(file, kind, seed);
            QVERIFY2(written, qPrintable(written.message()));
            const Expected<ImportPlan> imported = import(file);
            QVERIFY2(imported, qPrintable(imported.message()));
            QCOMPARE(imported->updates(), 0);
        }
        QCOMPARE(exportable(loaded()), exportable(seed));
    }

    void xlsxRoundTripAndIdempotence()
    {
        const InventorySnapshot seed = InventorySamples::seed002();
        const QString file = path(QStringLiteral("all.xlsx"));
        const Status written = InventoryExport::writeXlsx(file, InventoryKinds::all(), seed);
        QVERIFY2(written, qPrintable(written.message()));
        const Expected<QList<SheetTable>> sheets = XlsxReader::read(file);
        QVERIFY(sheets);
        QCOMPARE(sheets->size(), 3);
        QCOMPARE(sheets->at(1).name, QStringLiteral("Phòng"));
        const Expected<ImportPlan> first = import(file);
        QVERIFY2(first, qPrintable(first.message()));
        int rows = int(seed.software.size() + seed.rooms.size());
        for (const Room &room : seed.rooms)
            rows += int(room.equipment.size());
        QCOMPARE(first->inserts(), rows);
        QCOMPARE(exportable(loaded()), exportable(seed));
        // Importing the same file again changes nothing and adds nothing.
        const Expected<ImportPlan> second = import(file);
        QVERIFY(second);
        QCOMPARE(second->inserts(), 0);
        QCOMPARE(second->updates(), rows);
        QCOMPARE(exportable(loaded()), exportable(seed));
    }

    void exportedCsvOpensInExcel()
    {
        const QString file = path(QStringLiteral("software.csv"));
        QVERIFY(InventoryExport::writeCsv(file, InventoryKind::Software, InventorySamples::seed002()));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("Tên ứng dụng")));
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(!InventoryExport::write(path(QStringLiteral("x.csv")), std::nullopt, InventorySamples::seed002()));
        QVERIFY(!InventoryExport::write(path(QStringLiteral("x.ods")), InventoryKind::Rooms, InventorySamples::seed002()));
    }

    void headerRecognition_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("rooms");
        QTest::newRow("diacritics") << "Tên phòng,Loại phòng,Kết nối Internet\nLớp 1A,Phòng học,Có\n" << "rooms" << 1;
        QTest::newRow("no diacritics, semicolons") << "Ten phong;Loai phong;Ket noi Internet\nLop 1A;phong hoc;x\n" << "rooms" << 1;
        QTest::newRow("upper case, underscores") << "TEN_PHONG,LOAI_PHONG\nLớp 1A,PHÒNG HỌC\n" << "rooms" << 1;
        QTest::newRow("title line above") << "DANH SÁCH PHÒNG\n\nTên phòng,Loại phòng\nLớp 1A,Phòng học\nLớp 1B,Phòng học\n" << "rooms" << 2;
        QTest::newRow("tab separated") << "Tên phòng\tLoại phòng\nLớp 1A\tPhòng học\n" << "rooms" << 1;
        QTest::newRow("quoted with commas") << "\"Tên phòng\",\"Loại phòng\"\n\"Lớp 1A, dãy B\",\"Phòng học\"\n" << "rooms" << 1;
        QTest::newRow("equipment") << "Phòng,Loại thiết bị,Số lượng\nVăn phòng,Laptop,3\n" << "equipment" << 0;
    }

    void headerRecognition()
    {
        QFETCH(QString, csv);
        QFETCH(QString, kind);
        QFETCH(int, rooms);
        addRoom(QStringLiteral("Văn phòng"), QStringLiteral("office"));
        InventoryImporter importer;
        const Expected<ImportPreview> preview = importer.read(writeText(QStringLiteral("h.csv"), csv));
        QVERIFY(preview);
        QCOMPARE(preview->sheets.size(), 1);
        QVERIFY(preview->sheets.constFirst().recognised);
        QCOMPARE(InventoryKinds::code(preview->sheets.constFirst().kind), kind);
        const Expected<ImportPlan> plan = importer.commit(*m_db, m_year, *preview);
        QVERIFY2(plan, qPrintable(plan.message()));
        QCOMPARE(plan->rooms.size(), rooms);
        if (kind == QLatin1String("rooms")) {
            QCOMPARE(loaded().rooms.at(1).kind, QStringLiteral("classroom"));
            QVERIFY(loaded().rooms.at(1).name.startsWith(QStringLiteral("L")));
        }
    }

    void badInputNamesTheRowAndImportsNothing_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QString>("expected");
        const QString equipment = QStringLiteral("Phòng,Loại thiết bị,Số lượng,Đang hoạt động\n");
        const QString rooms = QStringLiteral("Tên phòng,Loại phòng\n");
        const QString software = QStringLiteral("Nhóm,Tên ứng dụng,Trạng thái,Đường link (tên miền)\n");
        QTest::newRow("unknown category") << equipment + QStringLiteral("Lớp 1A,Ti vi,1,1\nLớp 1A,Robot lau nhà,1,1\n")
                                          << "Dòng 3: loại thiết bị “Robot lau nhà” không có trong danh mục";
        QTest::newRow("negative count") << equipment + QStringLiteral("Lớp 1A,Ti vi,-2,0\n") << "Dòng 2: Số lượng không được âm";
        QTest::newRow("absurd count") << equipment + QStringLiteral("Lớp 1A,Ti vi,999999,0\n") << "Dòng 2: Số lượng 999999 quá lớn";
        QTest::newRow("more working than owned") << equipment + QStringLiteral("Lớp 1A,Ti vi,2,3\n") << "Dòng 2: Số đang hoạt động (3) nhiều hơn số lượng (2)";
        QTest::newRow("count as text") << equipment + QStringLiteral("Lớp 1A,Máy tính để bàn,01 phòng/21 máy,17\n")
                                       << "Dòng 2: Số lượng “01 phòng/21 máy” không phải số nguyên";
        QTest::newRow("working and broken disagree")
            << QStringLiteral("Phòng,Loại thiết bị,Số lượng,Đang hoạt động,Hỏng\nLớp 1A,Ti vi,3,2,2\n")
            << "Dòng 2: đang hoạt động (2) cộng hỏng (2) khác số lượng (3)";
        QTest::newRow("unknown room") << equipment + QStringLiteral("Lớp 9Z,Ti vi,1,1\n") << "Dòng 2: phòng “Lớp 9Z” chưa có";
        QTest::newRow("duplicated room") << rooms + QStringLiteral("Lớp 2A,Phòng học\nLớp 2B,Phòng học\nlớp 2a,Phòng học\n")
                                         << "Dòng 4: phòng “lớp 2a” trùng với dòng 2";
        QTest::newRow("unknown room kind") << rooms + QStringLiteral("Lớp 2A,Phòng bay\n") << "Dòng 2: loại phòng “Phòng bay”";
        QTest::newRow("room without kind") << rooms + QStringLiteral("Lớp 2A,\n") << "Dòng 2: thiếu loại phòng";
        QTest::newRow("malformed link") << software + QStringLiteral("\"Quản lý, điều hành\",Website,Đang dùng,htp//truong\n")
                                        << "Dòng 2: Đường link “htp//truong” không hợp lệ";
        QTest::newRow("unknown status") << software + QStringLiteral("Dạy học,Zoom,Hay dùng,\n") << "Dòng 2: trạng thái “Hay dùng” không rõ";
        QTest::newRow("duplicated software") << software + QStringLiteral("Dạy học,Zoom,Đang dùng,\nDạy học,ZOOM,Còn thiếu,\n")
                                             << "Dòng 3: ứng dụng “ZOOM” trùng với dòng 2";
        QTest::newRow("missing column") << QStringLiteral("Phòng,Loại thiết bị\nLớp 1A,Ti vi\n") << "thiếu cột “Số lượng”";
        QTest::newRow("unrecognised table") << QStringLiteral("Cột A,Cột B\n1,2\n") << "không có bảng kiểm kê nào";
    }

    void badInputNamesTheRowAndImportsNothing()
    {
        QFETCH(QString, csv);
        QFETCH(QString, expected);
        addRoom(QStringLiteral("Lớp 1A"), QStringLiteral("classroom"));
        const InventorySnapshot before = loaded();
        const Expected<ImportPlan> result = import(writeText(QStringLiteral("bad.csv"), csv));
        QVERIFY(!result);
        QVERIFY2(result.message().contains(expected), qPrintable(result.message()));
        QVERIFY(result.message().startsWith(QStringLiteral("Không nhập gì cả")));
        QCOMPARE(loaded(), before);
    }

    void oneBadRowBlocksTheGoodOnes()
    {
        const QString csv = QStringLiteral("Tên phòng,Loại phòng\nLớp 3A,Phòng học\nLớp 3B,Phòng học\nLớp 3C,Nhà kho bí mật\n");
        InventoryImporter importer;
        const Expected<ImportPreview> preview = importer.read(writeText(QStringLiteral("r.csv"), csv));
        QVERIFY(preview);
        const ImportPlan plan = importer.plan(*preview, loaded());
        QCOMPARE(plan.errorCount(), 1);
        QCOMPARE(plan.issues.constFirst().line, 4);
        QVERIFY(!importer.commit(*m_db, m_year, *preview));
        QVERIFY(loaded().rooms.isEmpty());
    }

    void partialUpdateKeepsOtherFields()
    {
        QVERIFY(InventoryRepository(*m_db).replaceYear(m_year, InventorySamples::seed002()));
        // A stocktake sheet with only the counts: the description, notes and other rooms stay.
        const QString csv = QStringLiteral("Phòng,Loại thiết bị,Số lượng,Hỏng\nPhòng tin học,Máy tính để bàn,21,9\n"
                                           "Lớp 5C,Ti vi,1,0\n");
        const Expected<ImportPlan> result = import(writeText(QStringLiteral("s.csv"), csv));
        QVERIFY2(result, qPrintable(result.message()));
        QCOMPARE(result->updates(), 1);
        QCOMPARE(result->inserts(), 1);
        const InventorySnapshot after = loaded();
        QCOMPARE(after.findRoom(QStringLiteral("Phòng tin học"))->equipment.constFirst().working, 12);
        QCOMPARE(after.findRoom(QStringLiteral("Lớp 5C"))->equipment.constFirst().working, 1);
        QCOMPARE(after.findRoom(QStringLiteral("Văn phòng"))->equipment.size(), 3);
        QCOMPARE(factText(InventoryDerivation::derive(after), QStringLiteral("1.7.2")), QStringLiteral("2"));
    }

    void softwareImportGuessesRolesAndGroups()
    {
        const QString csv = QStringLiteral(
            "Tên ứng dụng,Trạng thái,Phân hệ,Chức năng LMS,Đường link (tên miền)\n"
            "Ứng dụng học tập trực tuyến (Google meet; zoom),x,,,https://meet.google.com\n"
            "Phần mềm quản lý hoạt động dạy-học kiểm tra đánh giá (LMS),Đang dùng,,giao bài tự học; phụ huynh,lms.truong.edu.vn\n"
            "Phần mềm quản trị nhà trường SMAS,có,Học sinh; sổ điểm; Y tế,,\n");
        const Expected<ImportPlan> result = import(writeText(QStringLiteral("sw.csv"), csv));
        QVERIFY2(result, qPrintable(result.message()));
        const InventorySnapshot after = loaded();
        QCOMPARE(after.software.at(0).role, QStringLiteral("live-teaching"));
        QCOMPARE(after.software.at(0).group, SoftwareGroup::Teaching);
        QCOMPARE(after.software.at(1).role, QStringLiteral("lms"));
        QCOMPARE(after.software.at(1).functions, words("self-study,parents"));
        QCOMPARE(after.software.at(2).role, QStringLiteral("school-management"));
        QCOMPARE(after.software.at(2).modules, words("students,gradebook,health"));
        const DerivedFacts facts = InventoryDerivation::derive(after);
        QCOMPARE(factText(facts, QStringLiteral("1.3.3.4")), QStringLiteral("true"));
        QCOMPARE(factText(facts, QStringLiteral("2.3.3")), QStringLiteral("true"));
    }

    void legacyEncodings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("convert");
        QTest::addColumn<bool>("imports");
        QTest::addColumn<QString>("expected");
        QTest::newRow("TCVN3 refused") << "rooms-tcvn3.csv" << false << false
                                       << "Tệp dùng bảng mã TCVN3 (ABC), hãy lưu lại dạng UTF-8";
        QTest::newRow("TCVN3 converted") << "rooms-tcvn3.csv" << true << true << "Thư viện";
        QTest::newRow("VNI refused") << "rooms-vni.csv" << false << false << "Tệp dùng bảng mã VNI";
        QTest::newRow("VNI not converted") << "rooms-vni.csv" << true << false << "VNI";
        QTest::newRow("Windows-1258 read") << "rooms-cp1258.csv" << false << true << "Thư viện";
        QTest::newRow("TCVN3 in an xlsx refused") << "rooms-tcvn3.xlsx" << false << false << "TCVN3 (ABC)";
        QTest::newRow("TCVN3 in an xlsx converted") << "rooms-tcvn3.xlsx" << true << true << "Phòng đa năng";
    }

    void legacyEncodings()
    {
        QFETCH(QString, file);
        QFETCH(bool, convert);
        QFETCH(bool, imports);
        QFETCH(QString, expected);
        ImportOptions options;
        options.convertTcvn3 = convert;
        const Expected<ImportPlan> result = import(data(file), options);
        QCOMPARE(bool(result), imports);
        if (!imports) {
            QVERIFY2(result.message().contains(expected), qPrintable(result.message()));
            QVERIFY(loaded().rooms.isEmpty());
            return;
        }
        const InventorySnapshot after = loaded();
        QVERIFY2(after.findRoom(expected), qPrintable(after.rooms.constFirst().name));
        QCOMPARE(after.findRoom(expected)->kind, file.contains(QLatin1String("xlsx")) ? QStringLiteral("multipurpose")
                                                                                       : QStringLiteral("library"));
        if (!file.contains(QLatin1String("xlsx")))
            QCOMPARE(after.findRoom(QStringLiteral("Phòng tin học"))->kind, QStringLiteral("computer-lab"));
    }

    void legacyDetection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("encoding");
        QTest::newRow("tcvn3 school") << QByteArray("Tr\xad\xeang Ti\xd3u h\xe4""c Chu V\xa8n An") << int(TextEncoding::Tcvn3);
        QTest::newRow("vni school") << QByteArray("Tr\xf6\xf4\xf8ng Tie\xe5u ho\xef""c") << int(TextEncoding::Vni);
        QTest::newRow("cp1258 school") << QByteArray("Tr\xfd\xf5\xcc""ng Ti\xea\xd2u ho\xf2""c") << int(TextEncoding::Cp1258);
        QTest::newRow("plain ascii") << QByteArray("Lop 1A") << int(TextEncoding::Utf8);
    }

    void legacyDetection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, encoding);
        QCOMPARE(int(LegacyEncoding::detectBytes(bytes)), encoding);
        if (encoding == int(TextEncoding::Tcvn3))
            QCOMPARE(LegacyEncoding::decodeTcvn3(bytes), QStringLiteral("Trường Tiểu học Chu Văn An"));
        if (encoding == int(TextEncoding::Cp1258))
            QCOMPARE(LegacyEncoding::decodeCp1258(bytes), QStringLiteral("Trường Tiểu học"));
    }

    void tcvn3CapitalsFromTheHeadingFont()
    {
        // ".VnTimeH" titles store capitals as TCVN3 small letters between ASCII capitals.
        QCOMPARE(LegacyEncoding::convertTcvn3Text(QString::fromLatin1("TR\xad\xeaNG TI\xd3U H\xe4""C")),
                 QStringLiteral("TRƯỜNG TIỂU HỌC"));
        // Unicode text with Vietnamese letters is never taken for a legacy font.
        QCOMPARE(int(LegacyEncoding::detectText(QStringLiteral("Phòng tin học, Lớp 1A, © 2023"))), int(TextEncoding::Utf8));
        QCOMPARE(int(LegacyEncoding::detectText(QStringLiteral("Hoà, Quà, Thuý, Có"))), int(TextEncoding::Utf8));
    }

    void unreadableFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("binary noise") << "noise.csv" << QByteArray("\x81\x8d\x8f\x90\x9d\x81\x8d", 7) << "hãy lưu lại dạng CSV UTF-8";
        QTest::newRow("old excel") << "old.xls" << QByteArray("\xd0\xcf\x11\xe0") << "Excel 97-2003";
        QTest::newRow("not a zip") << "fake.xlsx" << QByteArray("hello") << "không phải tệp Excel";
        QTest::newRow("other type") << "notes.docx" << QByteArray("x") << "chỉ nhập được tệp .csv hoặc .xlsx";
    }

    void unreadableFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString file = path(name);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const Expected<ImportPreview> preview = InventoryImporter().read(file);
        QVERIFY(!preview);
        QVERIFY2(preview.message().contains(expected), qPrintable(preview.message()));
    }

    void mergedCells_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("imports");
        QTest::addColumn<QString>("expected");
        QTest::newRow("merged header") << "equipment-merged-header.xlsx" << false
                                       << "Trang “Thiết bị”, dòng 1: ô tiêu đề C1:D1 được gộp";
        QTest::newRow("merged data rows") << "equipment-merged-rows.xlsx" << false
                                          << "Trang “Thiết bị”, dòng 2: ô A2:A3 được gộp qua các dòng 2–3";
        QTest::newRow("merged title above the table") << "rooms-title-row.xlsx" << true << "Lớp 2B";
    }

    void mergedCells()
    {
        QFETCH(QString, file);
        QFETCH(bool, imports);
        QFETCH(QString, expected);
        addRoom(QStringLiteral("Phòng tin học"), QStringLiteral("computer-lab"));
        addRoom(QStringLiteral("Văn phòng"), QStringLiteral("office"));
        const InventorySnapshot before = loaded();
        const Expected<ImportPlan> result = import(data(file));
        QCOMPARE(bool(result), imports);
        if (!imports) {
            QVERIFY2(result.message().contains(expected), qPrintable(result.message()));
            QCOMPARE(loaded(), before);
            return;
        }
        const InventorySnapshot after = loaded();
        QVERIFY(after.findRoom(expected));
        QVERIFY(after.findRoom(QStringLiteral("Lớp 2A"))->hasInternet);
        QVERIFY(!after.findRoom(QStringLiteral("Lớp 2B"))->hasInternet);
    }

    void userMappingAndKind()
    {
        const QString csv = QStringLiteral("Cột A,Cột B,Cột C\nLớp 4A,Phòng học,có\nPhòng máy,Phòng tin học,có\n");
        InventoryImporter importer;
        Expected<ImportPreview> preview = importer.read(writeText(QStringLiteral("m.csv"), csv));
        QVERIFY(preview);
        QVERIFY(!preview->sheets.constFirst().recognised);
        QVERIFY(importer.plan(*preview, loaded()).hasErrors());
        importer.setKind(preview.value(), 0, InventoryKind::Rooms);
        importer.setMapping(preview.value(), 0, words("name,kind,internet"));
        const ImportPlan plan = importer.plan(*preview, loaded());
        QVERIFY2(!plan.hasErrors(), qPrintable(plan.messages().join(QLatin1Char('\n'))));
        QCOMPARE(plan.rooms.size(), 2);
        // Cancelling is not committing: nothing was written by reading and planning.
        QVERIFY(loaded().rooms.isEmpty());
        QVERIFY(importer.commit(*m_db, m_year, *preview));
        QCOMPARE(loaded().rooms.size(), 2);
        QVERIFY(loaded().rooms.at(1).hasInternet);
    }

    void forcedKindIgnoresOtherSheets()
    {
        const QString file = path(QStringLiteral("all.xlsx"));
        QVERIFY(InventoryExport::writeXlsx(file, InventoryKinds::all(), InventorySamples::seed002()));
        ImportOptions options;
        options.kind = InventoryKind::Rooms;
        const Expected<ImportPlan> result = import(file, options);
        QVERIFY2(result, qPrintable(result.message()));
        QCOMPARE(loaded().rooms.size(), InventorySamples::seed002().rooms.size());
        QVERIFY(loaded().software.isEmpty());
        QVERIFY(loaded().rooms.constFirst().equipment.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestInventoryImport)
#include "tst_inventory_import.moc"
