#include "IndexTestSupport.h"

#include "index/FactsFile.h"
#include "index/ScoringEngine.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QDateTime>
#include <QTest>

using namespace sdx;
using namespace IndexTestSupport;

class TestFacts : public QObject
{
    Q_OBJECT

    static DerivedFacts inventory()
    {
        return {
            {QStringLiteral("1.7.1"), QJsonObject{{QStringLiteral("count"), 11}, {QStringLiteral("of"), 21}},
             QStringLiteral("11/21 phòng học có máy chiếu và Internet")},
            {QStringLiteral("2.3.5"), true, QStringLiteral("phần mềm quản lý thiết bị trong sổ phần mềm")},
        };
    }

private slots:
    void derivedFactsKeepTheirProvenance()
    {
        const Facts merged = mergeFacts(inventory(), Facts());
        QCOMPARE(merged.size(), 2);
        const Fact &rooms = merged.value(QStringLiteral("1.7.1"));
        QCOMPARE(rooms.source, FactSource::Derived);
        QCOMPARE(rooms.provenance, QStringLiteral("từ kiểm kê: 11/21 phòng học có máy chiếu và Internet"));
        const ScoreReport report = score(builtIn(), merged);
        QCOMPARE(report.item(QStringLiteral("1.7.1"))->points, 5.0);
        QCOMPARE(report.item(QStringLiteral("1.7.1"))->fact.source, FactSource::Derived);
    }

    void enteredValuesOverrideDerivedOnes()
    {
        Facts entered;
        entered.insert(QStringLiteral("1.7.1"),
                       enteredFact(QJsonObject{{QStringLiteral("count"), 15}, {QStringLiteral("of"), 21}},
                                   QStringLiteral("cô Lan")));
        entered.insert(QStringLiteral("1.1"), enteredFact(true, QStringLiteral("thầy Minh")));
        const Facts merged = mergeFacts(inventory(), entered);
        const Fact &rooms = merged.value(QStringLiteral("1.7.1"));
        QCOMPARE(rooms.source, FactSource::Overridden);
        QCOMPARE(rooms.provenance, QStringLiteral("nhập tay, ghi đè số liệu kiểm kê bởi cô Lan"));
        QCOMPARE(rooms.value.toObject().value(QStringLiteral("count")).toInt(), 15);
        QCOMPARE(rooms.derivedValue.toObject().value(QStringLiteral("count")).toInt(), 11);
        QCOMPARE(rooms.derivedProvenance, QStringLiteral("từ kiểm kê: 11/21 phòng học có máy chiếu và Internet"));
        const Fact &plan = merged.value(QStringLiteral("1.1"));
        QCOMPARE(plan.source, FactSource::Entered);
        QCOMPARE(plan.provenance, QStringLiteral("nhập tay bởi thầy Minh"));
        QCOMPARE(score(builtIn(), merged).item(QStringLiteral("1.7.1"))->points, 8.0);
    }

    void anOverrideSaysWhenItWasTyped()
    {
        Fact typed = enteredFact(QJsonObject{{QStringLiteral("count"), 15}, {QStringLiteral("of"), 21}},
                                 QStringLiteral("cô Lan"));
        const QDateTime at(QDate(2024, 11, 23), QTime(12, 29), Qt::UTC);
        typed.at = at;
        Facts entered;
        entered.insert(QStringLiteral("1.7.1"), typed);
        const Fact rooms = mergeFacts(inventory(), entered).value(QStringLiteral("1.7.1"));
        QCOMPARE(rooms.source, FactSource::Overridden);
        QCOMPARE(rooms.at, at);
        QCOMPARE(rooms.provenance, QStringLiteral("nhập tay, ghi đè số liệu kiểm kê bởi cô Lan lúc %1")
                                       .arg(at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    }

    void nullDoesNotOverride()
    {
        Facts entered;
        entered.insert(QStringLiteral("2.3.5"), enteredFact(QJsonValue(QJsonValue::Null)));
        const Facts merged = mergeFacts(inventory(), entered);
        QCOMPARE(merged.value(QStringLiteral("2.3.5")).source, FactSource::Derived);
        QVERIFY(merged.value(QStringLiteral("2.3.5")).value.toBool());
    }

    void readsThePlainForm()
    {
        const Expected<FactsFileContent> content = FactsFile::parsePlain(
            R"({"index": "4725/QĐ-BGDĐT", "indexVersion": 1, "facts": {"1.1": true, "1.4": 25,
                "1.6.1": {"count": 3, "of": 10}, "1.7.2": null},
                "adjustments": {"1.4": {"points": 4, "reason": "chưa đủ phê duyệt", "by": "HT"}}})",
            QStringLiteral("a.json"));
        QVERIFY2(content, qPrintable(content.message()));
        QCOMPARE(content->indexId, QStringLiteral("4725/QĐ-BGDĐT"));
        QCOMPARE(content->indexVersion, 1);
        QCOMPARE(content->facts.size(), 4);
        QCOMPARE(content->facts.value(QStringLiteral("1.4")).value.toInt(), 25);
        QCOMPARE(content->facts.value(QStringLiteral("1.4")).provenance, QStringLiteral("từ tệp a.json"));
        QCOMPARE(content->adjustments.value(QStringLiteral("1.4")).points, 4.0);
        QCOMPARE(content->adjustments.value(QStringLiteral("1.4")).reason, QStringLiteral("chưa đủ phê duyệt"));
        const ScoreReport report = score(builtIn(), content->facts, content->adjustments);
        QVERIFY(report.isValid());
        QCOMPARE(report.item(QStringLiteral("1.4"))->points, 4.0);
        QVERIFY(!report.item(QStringLiteral("1.7.2"))->answered);
    }

    void refusesMalformedFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"index\": ") << "Tệp x.json không phải JSON hợp lệ";
        QTest::newRow("no index") << QByteArray(R"({"facts": {}})") << "Tệp x.json không đúng dạng tệp dữ kiện";
        QTest::newRow("facts not an object") << QByteArray(R"({"index": "4725/QĐ-BGDĐT", "facts": [1]})")
                                             << "không đúng dạng tệp dữ kiện";
        QTest::newRow("an array") << QByteArray("[]") << "không đúng dạng tệp dữ kiện";
        QTest::newRow("bad version") << QByteArray(R"({"index": "4725/QĐ-BGDĐT", "indexVersion": "1", "facts": {}})")
                                     << "\"indexVersion\" phải là số nguyên từ 1 trở lên";
        QTest::newRow("bad adjustment")
            << QByteArray(R"({"index": "4725/QĐ-BGDĐT", "facts": {}, "adjustments": {"1.4": 3}})")
            << "điều chỉnh của mục 1.4 cần dạng";
    }

    void refusesMalformedFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        const Expected<FactsFileContent> content = FactsFile::parsePlain(data, QStringLiteral("x.json"));
        QVERIFY(!content);
        QVERIFY2(content.message().contains(message), qPrintable(content.message()));
    }

    void readsFromDiskAndRoundTrips()
    {
        const Expected<FactsFileContent> seed = FactsFile::read(QStringLiteral(SDX_TEST_DATA_DIR "/seed-002-facts.json"));
        QVERIFY2(seed, qPrintable(seed.message()));
        QCOMPARE(seed->format, QStringLiteral("plain"));
        QCOMPARE(seed->facts.size(), 30);
        const QByteArray written = QJsonDocument(FactsFile::toPlainJson(*seed)).toJson();
        const Expected<FactsFileContent> again = FactsFile::parsePlain(written, QStringLiteral("again.json"));
        QVERIFY(again);
        QCOMPARE(again->facts.keys(), seed->facts.keys());
        for (const QString &id : seed->facts.keys())
            QCOMPARE(again->facts.value(id).value, seed->facts.value(id).value);
    }

    void missingOrForeignFiles()
    {
        QTemporaryDir dir;
        const Expected<FactsFileContent> missing = FactsFile::read(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing);
        QVERIFY(missing.message().contains(QStringLiteral("Không tìm thấy tệp")));
        QFile foreign(dir.filePath(QStringLiteral("bang.csv")));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("STT;Tiêu chí\n1;abc\n");
        foreign.close();
        const Expected<FactsFileContent> csv = FactsFile::read(foreign.fileName());
        QVERIFY(!csv);
        QVERIFY2(csv.message().contains(QStringLiteral("không phải tệp dữ kiện")), qPrintable(csv.message()));
    }
};

QTEST_GUILESS_MAIN(TestFacts)
#include "tst_facts.moc"
