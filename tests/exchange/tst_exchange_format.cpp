// The .sdx format: writing, reading back, the checksum's canonical form, gzip, file names.
#include "ExchangeTestSupport.h"

#include "exchange/ExchangeChecksum.h"
#include "exchange/ExchangeFormat.h"
#include "exchange/ExchangeJson.h"
#include "exchange/ExchangeReader.h"
#include "exchange/ExchangeWriter.h"
#include "exchange/Gzip.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestExchangeFormat : public QObject
{
    Q_OBJECT

    static ExchangeDocument sample()
    {
        ExchangeDocument document = test::makeDocument(test::testScorer(), QStringLiteral("67000123"),
                                                       QStringLiteral("Trường Tiểu học Chu Văn An"), test::seedFacts(), 2);
        document.assessment.adjustments.insert(QStringLiteral("1.4"),
                                               {4.5, QStringLiteral("Học liệu chưa đủ duyệt"), QStringLiteral("Hoa")});
        ExchangeFact overridden;
        overridden.value = QJsonObject{{QStringLiteral("count"), 12}, {QStringLiteral("of"), 21}};
        overridden.source = QStringLiteral("overridden");
        overridden.by = QStringLiteral("Bình");
        overridden.derivedValue = QJsonObject{{QStringLiteral("count"), 11}, {QStringLiteral("of"), 21}};
        overridden.derivedProvenance = QStringLiteral("từ kiểm kê: 11/21 phòng học");
        document.assessment.facts.insert(QStringLiteral("1.7.1"), overridden);
        document.inventory.insert(QStringLiteral("summary"), QJsonObject{{QStringLiteral("rooms"), 21}});
        return document;
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<bool>("compressed");
        QTest::newRow("gzip") << true;
        QTest::newRow("plain") << false;
    }

    void roundTrip()
    {
        QFETCH(bool, compressed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sdx"));
        const ExchangeDocument original = sample();
        const Expected<ExchangeDocument> written = ExchangeWriter::writeFile(
            original, path, compressed ? ExchangeWriter::Compression::Gzip : ExchangeWriter::Compression::None);
        QVERIFY2(written, qPrintable(written.message()));
        QVERIFY(!written->checksum.isEmpty());

        QFile raw(path);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QCOMPARE(Gzip::isGzip(raw.read(2)), compressed);

        const Expected<ExchangeFile> read = ExchangeReader::readFile(path);
        QVERIFY2(read, qPrintable(read.message()));
        QCOMPARE(read->compressed, compressed);
        const ExchangeDocument &back = read->document;
        QCOMPARE(back.checksum, written->checksum);
        QCOMPARE(back.school.code, original.school.code);
        QCOMPARE(back.school.name, original.school.name);
        QCOMPARE(back.school.itStaff.size(), 1);
        QCOMPARE(back.school.itStaff.first().email, original.school.itStaff.first().email);
        QCOMPARE(back.recipient.name, original.recipient.name);
        QCOMPARE(back.recipient.kind, RecipientKind::CommuneCommittee);
        QCOMPARE(back.schoolYear, original.schoolYear);
        QCOMPARE(back.revision, 2);
        QCOMPARE(back.finalisedAt, original.finalisedAt);
        QCOMPARE(back.assessment.facts, original.assessment.facts);
        QCOMPARE(back.assessment.adjustments, original.assessment.adjustments);
        QCOMPARE(back.assessment.evidence, original.assessment.evidence);
        QCOMPARE(back.indicators, original.indicators);
        QCOMPARE(back.score, original.score);
        QCOMPARE(back.inventory, original.inventory);
        QCOMPARE(ExchangeJson::toJson(back), ExchangeJson::toJson(original));
    }

    void checksumIsOverTheCanonicalCompactForm()
    {
        // Keys out of order, nested, non-ASCII, integral and decimal numbers, escapes.
        const QJsonObject object = QJsonDocument::fromJson(
            "{\"z\": 1, \"a\": {\"y\": [3, 2.5, true, null], \"b\": \"Tr\u01b0\u1eddng \\\"A\\\"\\n\"}, "
            "\"checksum\": {\"value\": \"x\"}}")
                                       .object();
        const QByteArray expected = "{\"a\":{\"b\":\"Tr\xc6\xb0\xe1\xbb\x9dng \\\"A\\\"\\n\",\"y\":[3,2.5,true,null]},\"z\":1}";
        QCOMPARE(ExchangeChecksum::canonicalBytes(object), expected);
        QCOMPARE(ExchangeChecksum::compute(object),
                 QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
    }

    void checksumIgnoresLayoutButNotContent()
    {
        ExchangeDocument document = sample();
        const Expected<QByteArray> plain = ExchangeWriter::serialise(document, ExchangeWriter::Compression::None);
        QVERIFY(plain);
        QJsonObject object = QJsonDocument::fromJson(*plain).object();
        QVERIFY(ExchangeChecksum::verify(object));
        // The same content written compactly still verifies.
        const QJsonObject compact = QJsonDocument::fromJson(QJsonDocument(object).toJson(QJsonDocument::Compact)).object();
        QVERIFY(ExchangeChecksum::verify(compact));
        object.insert(QStringLiteral("revision"), 3);
        QVERIFY(!ExchangeChecksum::verify(object));
    }

    // Another implementation must be able to verify: Python's json module, if present, agrees.
    void pythonComputesTheSameChecksum()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.sdx"));
        QVERIFY(ExchangeWriter::writeFile(sample(), path));
        const QString script = QStringLiteral(
            "import gzip,json,hashlib,sys\n"
            "raw=open(sys.argv[1],'rb').read()\n"
            "doc=json.loads(gzip.decompress(raw) if raw[:2]==b'\\x1f\\x8b' else raw)\n"
            "stored=doc.pop('checksum')['value']\n"
            "canon=json.dumps(doc,sort_keys=True,separators=(',',':'),ensure_ascii=False).encode('utf-8')\n"
            "print(hashlib.sha256(canon).hexdigest()==stored)\n");
        QProcess process;
        process.start(python, {QStringLiteral("-c"), script, path});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), QStringLiteral("True"));
    }

    void gzipIsRealGzip()
    {
        const QByteArray text = QByteArray("Trường Tiểu học ").repeated(1000);
        const Expected<QByteArray> packed = Gzip::compress(text);
        QVERIFY(packed);
        QVERIFY(Gzip::isGzip(*packed));
        QVERIFY(packed->size() < text.size() / 10);
        QBuffer buffer(const_cast<QByteArray *>(&packed.value()));
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const Expected<QByteArray> unpacked = Gzip::inflate(buffer, text.size());
        QVERIFY2(unpacked, qPrintable(unpacked.message()));
        QCOMPARE(*unpacked, text);
        // One byte under the size is refused: the cap is exact.
        QVERIFY(buffer.seek(0));
        QVERIFY(!Gzip::inflate(buffer, text.size() - 1));
    }

    void suggestedFileName_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("year");
        QTest::addColumn<int>("revision");
        QTest::addColumn<QString>("expected");
        QTest::newRow("primary") << "67000123" << "Trường Tiểu học Chu Văn An" << "2022-2023" << 2
                                 << "67000123_TH-Chu-Van-An_2022-2023_r2.sdx";
        QTest::newRow("lower secondary đ") << "52000777" << "Trường THCS Đinh Tiên Hoàng" << "2024-2025" << 1
                                           << "52000777_THCS-Dinh-Tien-Hoang_2024-2025_r1.sdx";
        QTest::newRow("upper secondary long form") << "79000001" << "Trường Trung học phổ thông Lê Quý Đôn"
                                                   << "2025-2026" << 3 << "79000001_THPT-Le-Quy-Don_2025-2026_r3.sdx";
        QTest::newRow("no code, odd characters") << "" << "Trường TH & THCS Số 1 / Xã Ea H'leo" << "2023-2024" << 1
                                                 << "TH-THCS-So-1-Xa-Ea-H-leo_2023-2024_r1.sdx";
        QTest::newRow("unsafe code") << "67/000:12" << "Trường Mầm non Hoa Sen" << "2023-2024" << 1
                                     << "67-000-12_MN-Hoa-Sen_2023-2024_r1.sdx";
    }

    void suggestedFileName()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, year);
        QFETCH(int, revision);
        QFETCH(QString, expected);
        QCOMPARE(ExchangeWriter::suggestFileName(code, name, year, revision), expected);
    }

    void unknownMembersCountInTheChecksumAndAreKept()
    {
        ExchangeDocument document = sample();
        QJsonObject object = ExchangeJson::toJson(document);
        object.insert(QStringLiteral("futureField"), QStringLiteral("x"));
        object.insert(QStringLiteral("checksum"), ExchangeChecksum::member(ExchangeChecksum::compute(object)));
        const Expected<ExchangeFile> read =
            ExchangeReader::parse(QJsonDocument(object).toJson(), QStringLiteral("future.sdx"));
        QVERIFY2(read, qPrintable(read.message()));
        QCOMPARE(read->json.value(QStringLiteral("futureField")).toString(), QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestExchangeFormat)
#include "tst_exchange_format.moc"
