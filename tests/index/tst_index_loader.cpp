#include "IndexTestSupport.h"

#include "index/IndexLoader.h"
#include "index/IndexRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sdx;
using namespace IndexTestSupport;

class TestIndexLoader : public QObject
{
    Q_OBJECT

    static QString loadError(const QJsonObject &root)
    {
        const Expected<IndexDefinition> loaded =
            IndexLoader::fromJson(QJsonDocument(root).toJson(), QStringLiteral("thu.json"));
        return loaded ? QString() : loaded.message();
    }

private slots:
    void builtInIndexLoads()
    {
        const IndexRegistry &registry = IndexRegistry::builtIn();
        QVERIFY2(registry.problems().isEmpty(), qPrintable(registry.problems().join(QLatin1Char('\n'))));
        const IndexDefinitionPtr index = registry.find(QStringLiteral("4725/QĐ-BGDĐT"), 1);
        QVERIFY(index);
        QCOMPARE(index->date, QDate(2022, 12, 30));
        QCOMPARE(index->groups.size(), 2);
        QCOMPARE(index->groups.at(0).title, QStringLiteral("Chuyển đổi số trong dạy, học"));
        QCOMPARE(index->groups.at(1).title, QStringLiteral("Chuyển đổi số trong quản trị cơ sở giáo dục"));
        QCOMPARE(index->groups.at(0).criteria.size(), 7);
        QCOMPARE(index->groups.at(1).criteria.size(), 4);
        QCOMPARE(index->groups.at(0).max, 100.0);
        QCOMPARE(index->groups.at(1).max, 100.0);
        QCOMPARE(registry.latest(QStringLiteral("4725/QĐ-BGDĐT")), index);
        QCOMPARE(IndexRegistry::defaultIndexId(), index->id);
    }

    void itemContract_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("input");
        QTest::addColumn<double>("max");
        QTest::addColumn<bool>("mandatory");
        const struct
        {
            const char *id;
            const char *input;
            double max;
            bool mandatory;
        } rows[] = {
            {"1.1", "yesno", 0, true},       {"1.2", "yesno", 0, true},       {"1.3.1", "yesno", 6, false},
            {"1.3.2", "yesno", 0, false},    {"1.3.3.1", "yesno", 6, false},  {"1.3.3.2", "yesno", 6, false},
            {"1.3.3.3", "yesno", 6, false},  {"1.3.3.4", "yesno", 6, false},  {"1.4", "count", 10, false},
            {"1.5.1", "yesno", 15, false},   {"1.5.2", "yesno", 5, false},    {"1.6.1", "share", 7, false},
            {"1.6.2", "share", 7, false},    {"1.6.3", "share", 6, false},    {"1.7.1", "share", 8, false},
            {"1.7.2", "level", 7, false},    {"1.7.3", "yesno", 5, false},    {"2.1", "yesno", 0, true},
            {"2.2", "yesno", 0, true},       {"2.3.1", "yesno", 6, false},    {"2.3.2", "yesno", 6, false},
            {"2.3.3", "yesno", 20, false},   {"2.3.4", "yesno", 6, false},    {"2.3.5", "yesno", 10, false},
            {"2.3.6", "yesno", 10, false},   {"2.3.7", "yesno", 6, false},    {"2.3.8", "yesno", 6, false},
            {"2.4.1", "yesno", 8, false},    {"2.4.2", "yesno", 12, false},   {"2.4.3", "yesno", 10, false},
        };
        for (const auto &row : rows)
            QTest::newRow(row.id) << QString::fromUtf8(row.id) << QString::fromUtf8(row.input) << row.max
                                  << row.mandatory;
    }

    void itemContract()
    {
        QFETCH(QString, id);
        QFETCH(QString, input);
        QFETCH(double, max);
        QFETCH(bool, mandatory);
        const IndexItem *item = builtIn().item(id);
        QVERIFY(item);
        QCOMPARE(InputTypes::code(item->input), input);
        QCOMPARE(item->max, max);
        QCOMPARE(item->mandatory, mandatory);
        QVERIFY2(!item->text.isEmpty() && !item->shortLabel.isEmpty(), qPrintable(id));
        if (!mandatory && max > 0)
            QVERIFY2(!item->guidance.isEmpty(), qPrintable(id));
    }

    void everyItemIsInTheContract()
    {
        QCOMPARE(builtIn().items().size(), 30);
    }

    void criterionLevels_data()
    {
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<double>("max");
        QTest::addColumn<double>("m2From");
        QTest::addColumn<double>("m3Above");
        QTest::newRow("1.3") << "1.3" << 30.0 << 10.0 << 20.0;
        QTest::newRow("1.4 (trên 7 read as trên 6)") << "1.4" << 10.0 << 4.0 << 6.0;
        QTest::newRow("1.5") << "1.5" << 20.0 << 8.0 << 14.0;
        QTest::newRow("1.6") << "1.6" << 20.0 << 8.0 << 14.0;
        QTest::newRow("1.7") << "1.7" << 20.0 << 8.0 << 14.0;
        QTest::newRow("2.3") << "2.3" << 70.0 << 20.0 << 50.0;
        QTest::newRow("2.4") << "2.4" << 30.0 << 10.0 << 18.0;
    }

    void criterionLevels()
    {
        QFETCH(QString, criterion);
        QFETCH(double, max);
        QFETCH(double, m2From);
        QFETCH(double, m3Above);
        const Criterion *found = builtIn().criterion(criterion);
        QVERIFY(found);
        QCOMPARE(found->max, max);
        QCOMPARE(found->levels.size(), 2);
        QCOMPARE(found->levels.at(0).level, 2);
        QCOMPARE(found->levels.at(0).from, m2From);
        QVERIFY(found->levels.at(0).inclusive);
        QCOMPARE(found->levels.at(1).level, 3);
        QCOMPARE(found->levels.at(1).from, m3Above);
        QVERIFY(!found->levels.at(1).inclusive);
        QVERIFY(!found->levelText.isEmpty());
    }

    void officialWording_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("text");
        QTest::newRow("1.1") << "1.1"
                             << "Có ban hành kế hoạch tổ chức dạy học trực tuyến (kết hợp với dạy học trực tiếp; ban "
                                "hành riêng hoặc lồng ghép trong kế hoạch tổ chức dạy học hằng năm)";
        QTest::newRow("1.5.2") << "1.5.2"
                               << "Phần mềm tổ chức thi trên máy tính có kết nối, trao đổi kết quả với hệ thống quản trị "
                                  "nhà trường";
        QTest::newRow("2.3.8") << "2.3.8" << "Phần mềm kết nối và trao đổi đầy đủ dữ liệu với CSDL ngành (do Bộ quản lý)";
        QTest::newRow("2.4.3") << "2.4.3"
                               << "Có triển khai dịch vụ thu phí dịch vụ giáo dục theo hình thức không dùng tiền mặt";
    }

    void officialWording()
    {
        QFETCH(QString, id);
        QFETCH(QString, text);
        QCOMPARE(builtIn().item(id)->text, text);
    }

    void unverifiedValuesAreFlagged_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"1.3.2", "1.3.3.1", "1.3.3.2", "1.3.3.3", "1.3.3.4", "2.3.3", "1.6.1", "1.7.2"})
            QTest::newRow(id) << QString::fromUtf8(id);
    }

    void unverifiedValuesAreFlagged()
    {
        QFETCH(QString, id);
        const IndexItem *item = builtIn().item(id);
        QVERIFY(item->check.unverified);
        QVERIFY(!item->check.note.isEmpty());
    }

    void unverifiedRulesAreFlagged()
    {
        const IndexDefinition &index = builtIn();
        QVERIFY(index.mandatoryCap.enabled);
        QCOMPARE(index.mandatoryCap.level, 1);
        QVERIFY(index.mandatoryCap.check.unverified);
        const Tier &forty = index.item(QStringLiteral("1.4"))->tiers.constLast();
        QCOMPARE(forty.from, 40);
        QVERIFY(forty.inclusive);
        QVERIFY(forty.check.unverified);
        QVERIFY(index.criterion(QStringLiteral("1.4"))->levels.at(1).check.unverified);
        for (const char *id : {"1.6.1", "1.6.2", "1.6.3", "1.7.1"}) {
            const Tier &zero = index.item(QLatin1String(id))->tiers.constFirst();
            QCOMPARE(zero.points, 0.0);
            QVERIFY2(zero.check.unverified, id);
        }
    }

    void rejectsBrokenIndexFiles_data()
    {
        QTest::addColumn<QJsonObject>("root");
        QTest::addColumn<QString>("message");
        QJsonObject root = builtInJson();
        QVERIFY(!root.isEmpty());
        QVERIFY(loadError(root).isEmpty());

        QJsonObject broken = root;
        editItem(broken, QStringLiteral("1.3.1"), [](QJsonObject &item) { item.insert(QStringLiteral("max"), 7); });
        QTest::newRow("items do not sum to criterion")
            << broken << "tiêu chí 1.3: tổng điểm tối đa các mục (31) khác điểm tối đa của tiêu chí (30)";

        broken = root;
        editCriterion(broken, QStringLiteral("2.4"), [](QJsonObject &criterion) {
            criterion.insert(QStringLiteral("max"), 31);
        });
        QTest::newRow("criteria do not sum to group")
            << broken << "nhóm 2: tổng điểm tối đa các tiêu chí (101) khác điểm tối đa của nhóm (100)";

        broken = root;
        editItem(broken, QStringLiteral("1.3.3.2"), [](QJsonObject &item) {
            item.insert(QStringLiteral("id"), QStringLiteral("1.3.3.1"));
        });
        QTest::newRow("duplicate item id") << broken << "mã mục \"1.3.3.1\" bị trùng";

        broken = root;
        editGroup(broken, QStringLiteral("1"), [](QJsonObject &group) {
            group.insert(QStringLiteral("levels"),
                         QJsonDocument::fromJson(R"([{"level":2,"from":75},{"level":3,"from":50,"inclusive":false}])")
                             .array());
        });
        QTest::newRow("group thresholds not ordered") << broken << "ngưỡng của Mức độ 3 (50) phải lớn hơn";

        broken = root;
        editCriterion(broken, QStringLiteral("1.6"), [](QJsonObject &criterion) {
            criterion.insert(QStringLiteral("levels"),
                             QJsonDocument::fromJson(R"([{"level":3,"from":8},{"level":2,"from":14}])").array());
        });
        QTest::newRow("levels out of sequence") << broken << "tiêu chí 1.6: các mức phải liên tiếp từ Mức độ 2";

        broken = root;
        editItem(broken, QStringLiteral("1.4"), [](QJsonObject &item) {
            QJsonArray tiers = item.value(QStringLiteral("tiers")).toArray();
            const QJsonValue second = tiers.at(2);
            tiers[2] = tiers.at(1);
            tiers[1] = second;
            item.insert(QStringLiteral("tiers"), tiers);
        });
        QTest::newRow("tiers not ascending") << broken << "mục 1.4: các bậc phải theo thứ tự tăng dần";

        broken = root;
        editItem(broken, QStringLiteral("1.4"), [](QJsonObject &item) {
            QJsonArray tiers = item.value(QStringLiteral("tiers")).toArray();
            QJsonObject top = tiers.last().toObject();
            top.insert(QStringLiteral("points"), 9);
            tiers[tiers.size() - 1] = top;
            item.insert(QStringLiteral("tiers"), tiers);
        });
        QTest::newRow("top tier below max") << broken << "mục 1.4: bậc cao nhất cho 9 điểm, khác điểm tối đa 10";

        broken = root;
        editItem(broken, QStringLiteral("1.7.2"), [](QJsonObject &item) {
            item.insert(QStringLiteral("input"), QStringLiteral("slider"));
        });
        QTest::newRow("unknown input type") << broken << "mục 1.7.2: kiểu trả lời \"slider\" không rõ";

        broken = root;
        editItem(broken, QStringLiteral("1.3.3.1"), [](QJsonObject &item) {
            item.insert(QStringLiteral("requires"), QStringLiteral("9.9"));
        });
        QTest::newRow("unknown prerequisite") << broken << "mục 1.3.3.1: điều kiện \"9.9\"";

        broken = root;
        editItem(broken, QStringLiteral("2.3.3"), [](QJsonObject &item) { item.remove(QStringLiteral("note")); });
        QTest::newRow("unverified without note") << broken << "mục 2.3.3: giá trị chưa kiểm chứng";

        broken = root;
        editItem(broken, QStringLiteral("1.1"), [](QJsonObject &item) { item.insert(QStringLiteral("max"), 2); });
        QTest::newRow("mandatory with points") << broken << "mục 1.1: điều kiện bắt buộc phải là câu hỏi có/không, 0 điểm";

        broken = root;
        broken.insert(QStringLiteral("format"), QStringLiteral("other"));
        QTest::newRow("not an index file") << broken << "không phải tệp bộ chỉ số của SchoolDX";

        broken = root;
        broken.remove(QStringLiteral("id"));
        QTest::newRow("missing id") << broken << "phần đầu: thiếu hoặc sai trường \"id\"";
    }

    void rejectsBrokenIndexFiles()
    {
        QFETCH(QJsonObject, root);
        QFETCH(QString, message);
        const QString error = loadError(root);
        QVERIFY2(error.startsWith(QStringLiteral("Tệp bộ chỉ số thu.json có lỗi")), qPrintable(error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void rejectsNonJson()
    {
        const Expected<IndexDefinition> loaded = IndexLoader::fromJson("{ not json", QStringLiteral("hong.json"));
        QVERIFY(!loaded);
        QVERIFY2(loaded.message().contains(QStringLiteral("hong.json không phải JSON hợp lệ")), qPrintable(loaded.message()));
    }

    void registryListsVersionsOfAFolder()
    {
        const IndexRegistry registry({QStringLiteral(SDX_TEST_DATA_DIR "/indexes")});
        QVERIFY2(registry.problems().isEmpty(), qPrintable(registry.problems().join(QLatin1Char('\n'))));
        QCOMPARE(registry.versions().size(), 2);
        QCOMPARE(registry.versions().at(0)->version, 1);
        QCOMPARE(registry.latest(QStringLiteral("TEST-INDEX"))->version, 2);
        QVERIFY(registry.find(QStringLiteral("TEST-INDEX"), 1));
        const Expected<IndexDefinitionPtr> missing = registry.require(QStringLiteral("TEST-INDEX"), 7);
        QVERIFY(!missing);
        QVERIFY2(missing.message().contains(QStringLiteral("Không có bộ chỉ số TEST-INDEX phiên bản 7")),
                 qPrintable(missing.message()));
        QVERIFY(missing.message().contains(QStringLiteral("TEST-INDEX (phiên bản 2)")));
    }

    void registryReportsBadFiles()
    {
        // The facts files in data/ are not index files: each is reported, none is loaded.
        const IndexRegistry registry({QStringLiteral(SDX_TEST_DATA_DIR)});
        QVERIFY(registry.versions().isEmpty());
        QVERIFY(!registry.problems().isEmpty());
        QVERIFY(registry.problems().constFirst().contains(QStringLiteral("seed-002-facts.json")));
    }
};

QTEST_GUILESS_MAIN(TestIndexLoader)
#include "tst_index_loader.moc"
