// Every kind of bad file is refused with a Vietnamese message naming the file and the reason, and a
// batch goes on with the good files while the workspace stays unchanged by the bad ones.
#include "ExchangeTestSupport.h"

#include "exchange/ExchangeChecksum.h"
#include "exchange/ExchangeFormat.h"
#include "exchange/ExchangeJson.h"
#include "exchange/ExchangeReader.h"
#include "exchange/ExchangeWriter.h"
#include "exchange/Gzip.h"
#include "exchange/ReceivingImport.h"
#include "exchange/ReceivingStore.h"
#include "store/Database.h"
#include "store/SqlQuery.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

namespace {

QByteArray goodJson(const QString &code = QStringLiteral("67000123"))
{
    ExchangeDocument document = test::makeDocument(test::testScorer(), code, QStringLiteral("Trường Tiểu học Chu Văn An"),
                                                   test::seedFacts());
    return ExchangeWriter::serialise(document, ExchangeWriter::Compression::None).value();
}

/// The document re-signed after `edit`: only the edit is wrong, never the checksum.
QByteArray resigned(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject object = QJsonDocument::fromJson(goodJson()).object();
    edit(object);
    object.insert(QStringLiteral("checksum"), ExchangeChecksum::member(ExchangeChecksum::compute(object)));
    return QJsonDocument(object).toJson();
}

QByteArray zipArchive()
{
    // A local file header is enough for the magic check; the rest is what a ZIP bomb would hold.
    QByteArray zip("PK\x03\x04\x14\x00\x00\x00\x08\x00", 10);
    zip.append(QByteArray(2000, 'x'));
    return zip;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

/// A fingerprint of the receiving tables: any change to them changes it.
QByteArray storeFingerprint(Database &database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : {QStringLiteral("received_file"), QStringLiteral("received_superseded")}) {
        SqlQuery query(database, QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY id"));
        if (!query.exec())
            return {};
        while (query.next()) {
            for (int column = 0; column < 12; ++column)
                hash.addData(QByteArray(query.value(column).toString().toUtf8() + '|'));
        }
    }
    return hash.result();
}

} // namespace

class TestExchangeBadInput : public QObject
{
    Q_OBJECT

private slots:
    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray good = goodJson();
        QTest::newRow("not JSON") << QByteArray("Báo cáo tự đánh giá\nNhóm 1: 32 điểm\n") << "không phải JSON";
        QTest::newRow("truncated") << good.left(good.size() / 2) << "bị cắt cụt";
        QTest::newRow("truncated gzip") << Gzip::compress(good).value().left(200) << "bị cắt cụt";
        QTest::newRow("wrong format name") << resigned([](QJsonObject &o) {
            o.insert(QStringLiteral("format"), QStringLiteral("vnedu-dti"));
        }) << "định dạng \"vnedu-dti\"";
        QTest::newRow("no format name") << QByteArray("{\"facts\": {}}") << "thiếu tên định dạng";
        QTest::newRow("future version") << resigned([](QJsonObject &o) {
            o.insert(QStringLiteral("formatVersion"), ExchangeFormat::Version + 1);
        }) << "phiên bản SchoolDX mới hơn";
        QByteArray edited = good;
        edited.replace("\"revision\": 1", "\"revision\": 7");
        QTest::newRow("edited by hand") << edited << "mã kiểm tra không khớp";
        QTest::newRow("no checksum") << QJsonDocument(ExchangeJson::toJson(test::makeDocument(
                                            test::testScorer(), QStringLiteral("1"), QStringLiteral("A"), {})))
                                            .toJson()
                                     << "thiếu mã kiểm tra";
        QTest::newRow("school code missing") << resigned([](QJsonObject &o) {
            QJsonObject school = o.value(QStringLiteral("school")).toObject();
            school.remove(QStringLiteral("code"));
            o.insert(QStringLiteral("school"), school);
        }) << "thiếu mã trường";
        QTest::newRow("bad year") << resigned([](QJsonObject &o) {
            o.insert(QStringLiteral("schoolYear"), QStringLiteral("2023"));
        }) << "năm học \"2023\" không hợp lệ";
        QTest::newRow("zip archive") << zipArchive() << "tệp nén ZIP";
        QTest::newRow("trailing bytes after gzip") << Gzip::compress(good).value() + QByteArray("extra")
                                                   << "dữ liệu thừa";
        QTest::newRow("empty") << QByteArray() << "tệp rỗng";
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("truong-x.sdx"));
        writeBytes(path, bytes);
        const Expected<ExchangeFile> read = ExchangeReader::readFile(path);
        QVERIFY(!read);
        QVERIFY2(read.message().contains(QStringLiteral("truong-x.sdx")), qPrintable(read.message()));
        QVERIFY2(read.message().contains(reason), qPrintable(read.message()));
    }

    // ~1 GB of declared content in a ~1 MB file: refused while inflating, at the cap, quickly.
    void gzipBombIsStoppedAtTheCap()
    {
        const qint64 declared = qint64(1024) * 1024 * 1024;
        const QByteArray bomb = test::gzipOfZeros(declared);
        QVERIFY(bomb.size() < 2 * 1024 * 1024);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bom.sdx"));
        writeBytes(path, bomb);
        QElapsedTimer timer;
        timer.start();
        const Expected<ExchangeFile> read = ExchangeReader::readFile(path);
        QVERIFY(!read);
        QVERIFY2(read.message().contains(QStringLiteral("bom.sdx")), qPrintable(read.message()));
        QVERIFY2(read.message().contains(QStringLiteral("vượt quá giới hạn")), qPrintable(read.message()));
        qInfo("gzip bomb: %lld bytes on disk, refused after %lld ms", qint64(bomb.size()), timer.elapsed());
    }

    // A sparse 2 GB file: refused by its size, without reading it.
    void hugeFileIsRefusedBySize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("2GB.sdx"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(qint64(2) * 1024 * 1024 * 1024));
        }
        QCOMPARE(QFileInfo(path).size(), qint64(2) * 1024 * 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        const Expected<ExchangeFile> read = ExchangeReader::readFile(path);
        QVERIFY(!read);
        QVERIFY2(read.message().contains(QStringLiteral("2GB.sdx")), qPrintable(read.message()));
        QVERIFY2(read.message().contains(QStringLiteral("quá lớn")), qPrintable(read.message()));
        QVERIFY2(read.message().contains(QStringLiteral("2048 MB")), qPrintable(read.message()));
        QVERIFY(timer.elapsed() < 5000);  // generous: reading 2 GB would take far longer on any disk
    }

    void batchImportsTheGoodAndLeavesTheStoreUnchangedByTheBad()
    {
        QTemporaryDir dir;
        auto database = Database::open(dir.filePath(QStringLiteral("nhan.sqlite")));
        QVERIFY(database);
        Database &db = **database;
        // One good file already held.
        const QString first = dir.filePath(QStringLiteral("in/00-first.sdx"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("in"))));
        writeBytes(first, goodJson(QStringLiteral("A001")));
        QVERIFY(ReceivingImport::run(db, test::testScorer(), {first}));
        const QByteArray before = storeFingerprint(db);
        QVERIFY(!before.isEmpty());

        // Only bad files: the store does not change at all.
        const QString bad = dir.filePath(QStringLiteral("bad"));
        QVERIFY(QDir().mkpath(bad));
        writeBytes(bad + QStringLiteral("/1-not-json.sdx"), QByteArray("hello"));
        QByteArray edited = goodJson(QStringLiteral("B002"));
        edited.replace("\"revision\": 1", "\"revision\": 2");
        writeBytes(bad + QStringLiteral("/2-edited.sdx"), edited);
        writeBytes(bad + QStringLiteral("/3-zip.sdx"), zipArchive());
        writeBytes(bad + QStringLiteral("/4-bomb.sdx"), test::gzipOfZeros(qint64(200) * 1024 * 1024));
        writeBytes(bad + QStringLiteral("/5-truncated.sdx"), goodJson(QStringLiteral("C003")).left(300));
        const Expected<ImportReport> badOnly =
            ReceivingImport::run(db, test::testScorer(), ReceivingImport::collectFiles({bad}));
        QVERIFY2(badOnly, qPrintable(badOnly.message()));
        QCOMPARE(badOnly->total, 5);
        QCOMPARE(badOnly->rejected.size(), 5);
        QCOMPARE(badOnly->accepted.size(), 0);
        QCOMPARE(storeFingerprint(db), before);
        for (const ImportReport::Entry &entry : badOnly->rejected)
            QVERIFY2(entry.message.contains(QFileInfo(entry.path).fileName()), qPrintable(entry.message));

        // Mixed with good files: the good ones are imported, the bad ones listed.
        writeBytes(bad + QStringLiteral("/6-good.sdx"), goodJson(QStringLiteral("D004")));
        writeBytes(bad + QStringLiteral("/7-good.sdx"), Gzip::compress(goodJson(QStringLiteral("E005"))).value());
        const Expected<ImportReport> mixed =
            ReceivingImport::run(db, test::testScorer(), ReceivingImport::collectFiles({bad}));
        QVERIFY(mixed);
        QCOMPARE(mixed->accepted.size(), 2);
        QCOMPARE(mixed->rejected.size(), 5);
        QCOMPARE(ReceivingStore(db).count().value(), 3);
    }

    void unknownIndexVersionIsRefusedClearly()
    {
        const QByteArray other = resigned([](QJsonObject &o) {
            o.insert(QStringLiteral("index"),
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("4725/QĐ-BGDĐT")}, {QStringLiteral("version"), 9}});
        });
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v9.sdx"));
        writeBytes(path, other);
        auto database = Database::open(dir.filePath(QStringLiteral("nhan.sqlite")));
        QVERIFY(database);
        const Expected<ImportReport> report = ReceivingImport::run(**database, test::testScorer(), {path});
        QVERIFY(report);
        QCOMPARE(report->rejected.size(), 1);
        const QString message = report->rejected.first().message;
        QVERIFY2(message.contains(QStringLiteral("v9.sdx")) && message.contains(QStringLiteral("phiên bản 9")),
                 qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestExchangeBadInput)
#include "tst_exchange_bad_input.moc"
