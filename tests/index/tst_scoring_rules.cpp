#include "IndexTestSupport.h"

#include "index/IndexLoader.h"
#include "index/Points.h"
#include "index/ScoringEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sdx;
using namespace IndexTestSupport;

namespace {

QJsonValue share(int count, int of)
{
    return QJsonObject{{QStringLiteral("count"), count}, {QStringLiteral("of"), of}};
}

const ItemScore &itemOf(const ScoreReport &report, const QString &id)
{
    const ItemScore *item = report.item(id);
    Q_ASSERT(item);
    return *item;
}

} // namespace

class TestScoringRules : public QObject
{
    Q_OBJECT

private slots:
    void yesNoItems_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("points");
        const struct
        {
            const char *id;
            double points;
        } rows[] = {{"1.3.1", 6},  {"1.5.1", 15}, {"1.5.2", 5},  {"1.7.3", 5},  {"2.3.1", 6},  {"2.3.2", 6},
                    {"2.3.3", 20}, {"2.3.4", 6},  {"2.3.5", 10}, {"2.3.6", 10}, {"2.3.7", 6},  {"2.3.8", 6},
                    {"2.4.1", 8},  {"2.4.2", 12}, {"2.4.3", 10}};
        for (const auto &row : rows)
            QTest::newRow(row.id) << QString::fromUtf8(row.id) << row.points;
    }

    void yesNoItems()
    {
        QFETCH(QString, id);
        QFETCH(double, points);
        const ScoreReport yes = score(builtIn(), facts({{id, true}}));
        QVERIFY(yes.isValid());
        QCOMPARE(itemOf(yes, id).points, points);
        QVERIFY(itemOf(yes, id).answered);
        const ScoreReport no = score(builtIn(), facts({{id, false}}));
        QCOMPARE(itemOf(no, id).points, 0.0);
        QVERIFY(itemOf(no, id).answered);
        QVERIFY(itemOf(no, id).explanation.contains(QStringLiteral("chưa có")));
    }

    void countTiers_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("points");
        QTest::addColumn<QString>("tier");
        QTest::newRow("0") << 0 << 0.0 << "chưa có học liệu";
        QTest::newRow("1") << 1 << 3.0 << "ít hơn 20";
        QTest::newRow("19") << 19 << 3.0 << "ít hơn 20";
        QTest::newRow("20") << 20 << 6.0 << "từ 20 đến dưới 40";
        QTest::newRow("39") << 39 << 6.0 << "từ 20 đến dưới 40";
        QTest::newRow("40 (reading: top tier)") << 40 << 10.0 << "từ 40 trở lên";
        QTest::newRow("41") << 41 << 10.0 << "từ 40 trở lên";
        QTest::newRow("5000") << 5000 << 10.0 << "từ 40 trở lên";
    }

    void countTiers()
    {
        QFETCH(int, count);
        QFETCH(double, points);
        QFETCH(QString, tier);
        const ScoreReport report = score(builtIn(), facts({{QStringLiteral("1.4"), count}}));
        QVERIFY(report.isValid());
        const ItemScore &item = itemOf(report, QStringLiteral("1.4"));
        QCOMPARE(item.points, points);
        QCOMPARE(item.explanation, QStringLiteral("1.4: %1 học liệu (%2) → %3/10 điểm")
                                       .arg(count)
                                       .arg(tier, Points::format(points)));
    }

    void shareTiers_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("of");
        QTest::addColumn<double>("points");
        // 1.6.1 and 1.6.2: < 30% → 2, 30–60% (both inclusive) → 4, > 60% → 7; 0% → 0 (reading).
        for (const char *id : {"1.6.1", "1.6.2"}) {
            const QString item = QString::fromUtf8(id);
            QTest::addRow("%s 0/100", id) << item << 0 << 100 << 0.0;
            QTest::addRow("%s 1/100", id) << item << 1 << 100 << 2.0;
            QTest::addRow("%s 29/100", id) << item << 29 << 100 << 2.0;
            QTest::addRow("%s 30/100", id) << item << 30 << 100 << 4.0;
            QTest::addRow("%s 60/100", id) << item << 60 << 100 << 4.0;
            QTest::addRow("%s 61/100", id) << item << 61 << 100 << 7.0;
            QTest::addRow("%s 100/100", id) << item << 100 << 100 << 7.0;
        }
        QTest::newRow("1.6.1 3/10 is exactly 30%") << "1.6.1" << 3 << 10 << 4.0;
        QTest::newRow("1.6.1 2/7 = 28.6%") << "1.6.1" << 2 << 7 << 2.0;
        QTest::newRow("1.6.1 18/30 is exactly 60%") << "1.6.1" << 18 << 30 << 4.0;
        QTest::newRow("1.6.1 19/30 = 63.3%") << "1.6.1" << 19 << 30 << 7.0;
        QTest::newRow("1.6.1 299/1000 = 29.9%") << "1.6.1" << 299 << 1000 << 2.0;
        QTest::newRow("1.6.1 601/1000 = 60.1%") << "1.6.1" << 601 << 1000 << 7.0;
        QTest::newRow("1.6.3 0/10") << "1.6.3" << 0 << 10 << 0.0;
        QTest::newRow("1.6.3 29/100") << "1.6.3" << 29 << 100 << 2.0;
        QTest::newRow("1.6.3 30/100") << "1.6.3" << 30 << 100 << 4.0;
        QTest::newRow("1.6.3 60/100") << "1.6.3" << 60 << 100 << 4.0;
        QTest::newRow("1.6.3 61/100") << "1.6.3" << 61 << 100 << 6.0;
        // 1.7.1: < 20% → 2, 20–60% → 5, > 60% → 8.
        QTest::newRow("1.7.1 0/21") << "1.7.1" << 0 << 21 << 0.0;
        QTest::newRow("1.7.1 19/100") << "1.7.1" << 19 << 100 << 2.0;
        QTest::newRow("1.7.1 20/100") << "1.7.1" << 20 << 100 << 5.0;
        QTest::newRow("1.7.1 1/5 is exactly 20%") << "1.7.1" << 1 << 5 << 5.0;
        QTest::newRow("1.7.1 60/100") << "1.7.1" << 60 << 100 << 5.0;
        QTest::newRow("1.7.1 61/100") << "1.7.1" << 61 << 100 << 8.0;
        QTest::newRow("1.7.1 8/15 = 53.3% (seed)") << "1.7.1" << 8 << 15 << 5.0;
    }

    void shareTiers()
    {
        QFETCH(QString, id);
        QFETCH(int, count);
        QFETCH(int, of);
        QFETCH(double, points);
        const ScoreReport report = score(builtIn(), facts({{id, share(count, of)}}));
        QVERIFY2(report.isValid(), qPrintable(report.errorMessages().join(QLatin1Char('\n'))));
        QCOMPARE(itemOf(report, id).points, points);
    }

    void levelItem_data()
    {
        QTest::addColumn<int>("level");
        QTest::addColumn<double>("points");
        QTest::newRow("Mức độ 1") << 1 << 2.0;
        QTest::newRow("Mức độ 2") << 2 << 5.0;
        QTest::newRow("Mức độ 3") << 3 << 7.0;
    }

    void levelItem()
    {
        QFETCH(int, level);
        QFETCH(double, points);
        const ScoreReport report = score(builtIn(), facts({{QStringLiteral("1.7.2"), level}}));
        QCOMPARE(itemOf(report, QStringLiteral("1.7.2")).points, points);
    }

    void explanations_data()
    {
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("share") << object(R"({"1.6.1": {"count": 15, "of": 15}})") << "1.6.1"
                               << "1.6.1: 100% (15/15) giáo viên có tài khoản (> 60%) → 7/7 điểm";
        QTest::newRow("share decimals") << object(R"({"1.7.1": {"count": 8, "of": 15}})") << "1.7.1"
                                        << "1.7.1: 53,3% (8/15) phòng học có thiết bị trình chiếu và kết nối Internet "
                                           "(từ 20% đến 60%) → 5/8 điểm";
        QTest::newRow("count") << object(R"({"1.4": 25})") << "1.4" << "1.4: 25 học liệu (từ 20 đến dưới 40) → 6/10 điểm";
        QTest::newRow("no LMS") << object(R"({"1.3.2": false, "1.3.3.2": true})") << "1.3.3.2"
                                << "1.3.3.2: không tính vì chưa triển khai LMS/LCMS (1.3.2)";
        QTest::newRow("level") << object(R"({"1.7.2": 2})") << "1.7.2"
                               << "1.7.2: đáp ứng yêu cầu dạy môn Tin học ở mức độ 2 → 5/7 điểm";
        QTest::newRow("mandatory yes") << object(R"({"1.1": true})") << "1.1"
                                       << "1.1: có kế hoạch tổ chức dạy học trực tuyến → Đạt (điều kiện bắt buộc)";
        QTest::newRow("mandatory no") << object(R"({"2.1": false})") << "2.1"
                                      << "2.1: chưa có bộ phận phụ trách ứng dụng CNTT, chuyển đổi số → Không đạt (điều "
                                         "kiện bắt buộc)";
        QTest::newRow("mandatory unanswered") << QJsonObject() << "1.2"
                                              << "1.2: chưa trả lời → Không đạt (điều kiện bắt buộc)";
        QTest::newRow("yes") << object(R"({"2.3.5": true})") << "2.3.5"
                             << "2.3.5: có phân hệ quản lý cơ sở vật chất → 10/10 điểm";
        QTest::newRow("no") << object(R"({"2.3.3": false})") << "2.3.3"
                            << "2.3.3: chưa có sổ điểm điện tử, học bạ điện tử → 0/20 điểm";
        QTest::newRow("unanswered") << QJsonObject() << "1.4" << "1.4: chưa trả lời → 0/10 điểm";
        QTest::newRow("adjusted") << object(R"({"1.6.2": {"count": 9, "of": 10}})") << "1.6.2"
                                  << "1.6.2: 90% (9/10) giáo viên khai thác được phần mềm, công cụ dạy học (> 60%) → "
                                     "7/7 điểm; điều chỉnh còn 5,5/7 điểm (lý do: chỉ dùng được trình chiếu; người "
                                     "điều chỉnh: Hiệu trưởng)";
    }

    void explanations()
    {
        QFETCH(QJsonObject, values);
        QFETCH(QString, id);
        QFETCH(QString, explanation);
        const Adjustments adjusted = IndexTestSupport::adjustments(object(
            R"({"1.6.2": {"points": 5.5, "reason": "chỉ dùng được trình chiếu", "by": "Hiệu trưởng"}})"));
        const ScoreReport report = score(builtIn(), facts(values), id == QLatin1String("1.6.2") ? adjusted : Adjustments());
        QVERIFY(report.isValid());
        QCOMPARE(itemOf(report, id).explanation, explanation);
    }

    void criterionLevels_data()
    {
        QTest::addColumn<QString>("criterion");
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<QJsonObject>("adjusted");
        QTest::addColumn<double>("points");
        QTest::addColumn<int>("level");
        const QJsonObject none;
        const QJsonObject lms = object(R"({"1.3.1": true, "1.3.2": true, "1.3.3.1": true, "1.3.3.2": true,
                                           "1.3.3.3": true, "1.3.3.4": true})");
        // 1.3 (dưới 10; 10–20; trên 20): adjustments reach the exact edges.
        QTest::newRow("1.3 6 → M1") << "1.3" << object(R"({"1.3.1": true})") << none << 6.0 << 1;
        QTest::newRow("1.3 9.99 → M1") << "1.3" << object(R"({"1.3.1": true, "1.3.2": true, "1.3.3.1": true})")
                                      << object(R"({"1.3.3.1": {"points": 3.99, "reason": "r"}})") << 9.99 << 1;
        QTest::newRow("1.3 10 → M2") << "1.3" << object(R"({"1.3.1": true, "1.3.2": true, "1.3.3.1": true})")
                                    << object(R"({"1.3.3.1": {"points": 4, "reason": "r"}})") << 10.0 << 2;
        QTest::newRow("1.3 18 → M2") << "1.3"
                                    << object(R"({"1.3.1": true, "1.3.2": true, "1.3.3.1": true, "1.3.3.2": true})")
                                    << none << 18.0 << 2;
        QTest::newRow("1.3 20 → M2") << "1.3" << lms << object(R"({"1.3.1": {"points": 0, "reason": "r"},
                                                                  "1.3.3.4": {"points": 2, "reason": "r"}})")
                                    << 20.0 << 2;
        QTest::newRow("1.3 20.5 → M3") << "1.3" << lms << object(R"({"1.3.1": {"points": 0, "reason": "r"},
                                                                    "1.3.3.4": {"points": 2.5, "reason": "r"}})")
                                      << 20.5 << 3;
        QTest::newRow("1.3 30 → M3") << "1.3" << lms << none << 30.0 << 3;
        // 1.4 (dưới 4; 4–6; "trên 7" read as trên 6).
        QTest::newRow("1.4 3 → M1") << "1.4" << object(R"({"1.4": 5})") << none << 3.0 << 1;
        QTest::newRow("1.4 3.99 → M1") << "1.4" << object(R"({"1.4": 25})")
                                      << object(R"({"1.4": {"points": 3.99, "reason": "r"}})") << 3.99 << 1;
        QTest::newRow("1.4 4 → M2") << "1.4" << object(R"({"1.4": 25})")
                                   << object(R"({"1.4": {"points": 4, "reason": "r"}})") << 4.0 << 2;
        QTest::newRow("1.4 6 → M2") << "1.4" << object(R"({"1.4": 20})") << none << 6.0 << 2;
        QTest::newRow("1.4 6.5 → M3 (reading)") << "1.4" << object(R"({"1.4": 40})")
                                               << object(R"({"1.4": {"points": 6.5, "reason": "r"}})") << 6.5 << 3;
        QTest::newRow("1.4 7 → M3 (reading)") << "1.4" << object(R"({"1.4": 40})")
                                             << object(R"({"1.4": {"points": 7, "reason": "r"}})") << 7.0 << 3;
        QTest::newRow("1.4 10 → M3") << "1.4" << object(R"({"1.4": 40})") << none << 10.0 << 3;
        // 1.5 (dưới 8; 8–14; trên 14).
        QTest::newRow("1.5 5 → M1") << "1.5" << object(R"({"1.5.2": true})") << none << 5.0 << 1;
        QTest::newRow("1.5 7.99 → M1") << "1.5" << object(R"({"1.5.1": true})")
                                      << object(R"({"1.5.1": {"points": 7.99, "reason": "r"}})") << 7.99 << 1;
        QTest::newRow("1.5 8 → M2") << "1.5" << object(R"({"1.5.1": true})")
                                   << object(R"({"1.5.1": {"points": 8, "reason": "r"}})") << 8.0 << 2;
        QTest::newRow("1.5 14 → M2") << "1.5" << object(R"({"1.5.1": true})")
                                    << object(R"({"1.5.1": {"points": 14, "reason": "r"}})") << 14.0 << 2;
        QTest::newRow("1.5 15 → M3") << "1.5" << object(R"({"1.5.1": true})") << none << 15.0 << 3;
        // 1.6 (dưới 8; 8–14; trên 14) from real shares.
        QTest::newRow("1.6 6 → M1") << "1.6"
                                   << object(R"({"1.6.1": {"count": 1, "of": 10}, "1.6.2": {"count": 1, "of": 10},
                                                 "1.6.3": {"count": 1, "of": 10}})")
                                   << none << 6.0 << 1;
        QTest::newRow("1.6 8 → M2") << "1.6"
                                   << object(R"({"1.6.1": {"count": 3, "of": 10}, "1.6.2": {"count": 1, "of": 10},
                                                 "1.6.3": {"count": 1, "of": 10}})")
                                   << none << 8.0 << 2;
        QTest::newRow("1.6 14 → M2") << "1.6"
                                    << object(R"({"1.6.1": {"count": 7, "of": 10}, "1.6.2": {"count": 7, "of": 10},
                                                  "1.6.3": {"count": 0, "of": 10}})")
                                    << none << 14.0 << 2;
        QTest::newRow("1.6 17 → M3") << "1.6"
                                    << object(R"({"1.6.1": {"count": 7, "of": 10}, "1.6.2": {"count": 6, "of": 10},
                                                  "1.6.3": {"count": 7, "of": 10}})")
                                    << none << 17.0 << 3;
        // 1.7 (dưới 8; 8–14; trên 14).
        QTest::newRow("1.7 7 → M1") << "1.7" << object(R"({"1.7.1": {"count": 1, "of": 5}, "1.7.2": 1})") << none << 7.0
                                   << 1;
        QTest::newRow("1.7 8 → M2") << "1.7" << object(R"({"1.7.1": {"count": 7, "of": 10}})") << none << 8.0 << 2;
        QTest::newRow("1.7 14 → M2") << "1.7" << object(R"({"1.7.1": {"count": 1, "of": 10}, "1.7.2": 3, "1.7.3": true})")
                                    << none << 14.0 << 2;
        QTest::newRow("1.7 15 → M3") << "1.7" << object(R"({"1.7.1": {"count": 7, "of": 10}, "1.7.2": 3})") << none
                                    << 15.0 << 3;
        // 2.3 (dưới 20; 20–50; trên 50).
        QTest::newRow("2.3 18 → M1") << "2.3" << object(R"({"2.3.1": true, "2.3.2": true, "2.3.4": true})") << none
                                    << 18.0 << 1;
        QTest::newRow("2.3 20 → M2") << "2.3" << object(R"({"2.3.3": true})") << none << 20.0 << 2;
        QTest::newRow("2.3 50 → M2") << "2.3"
                                    << object(R"({"2.3.1": true, "2.3.2": true, "2.3.4": true, "2.3.5": true,
                                                  "2.3.6": true, "2.3.7": true, "2.3.8": true})")
                                    << none << 50.0 << 2;
        QTest::newRow("2.3 52 → M3") << "2.3"
                                    << object(R"({"2.3.1": true, "2.3.2": true, "2.3.3": true, "2.3.5": true,
                                                  "2.3.6": true})")
                                    << none << 52.0 << 3;
        // 2.4 (dưới 10; 10–18; trên 18).
        QTest::newRow("2.4 8 → M1") << "2.4" << object(R"({"2.4.1": true})") << none << 8.0 << 1;
        QTest::newRow("2.4 10 → M2") << "2.4" << object(R"({"2.4.3": true})") << none << 10.0 << 2;
        QTest::newRow("2.4 18 → M2") << "2.4" << object(R"({"2.4.1": true, "2.4.3": true})") << none << 18.0 << 2;
        QTest::newRow("2.4 20 → M3") << "2.4" << object(R"({"2.4.1": true, "2.4.2": true})") << none << 20.0 << 3;
    }

    void criterionLevels()
    {
        QFETCH(QString, criterion);
        QFETCH(QJsonObject, values);
        QFETCH(QJsonObject, adjusted);
        QFETCH(double, points);
        QFETCH(int, level);
        const ScoreReport report = score(builtIn(), facts(values), IndexTestSupport::adjustments(adjusted));
        QVERIFY2(report.isValid(), qPrintable(report.errorMessages().join(QLatin1Char('\n'))));
        const CriterionScore *found = report.criterion(criterion);
        QVERIFY(found);
        QCOMPARE(found->points, points);
        QCOMPARE(found->level, level);
        QVERIFY(found->explanation.contains(QStringLiteral("→ Mức độ %1").arg(level)));
    }

    void groupLevels_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<QJsonObject>("adjusted");
        QTest::addColumn<double>("points");
        QTest::addColumn<int>("level");
        const QJsonObject none;
        const char *base46 = R"({"1.3.1": true, "1.5.1": true, "1.5.2": true, "1.6.1": {"count": 7, "of": 10},
                                 "1.6.2": {"count": 7, "of": 10}, "1.6.3": {"count": 7, "of": 10}, %1})";
        auto group1 = [base46](const char *extra) {
            return object(QString::fromUtf8(base46).arg(QString::fromUtf8(extra)).toUtf8().constData());
        };
        QTest::newRow("group 1 at 49 → M1") << "1" << group1(R"("1.4": 1)") << none << 49.0 << 1;
        QTest::newRow("group 1 at 50 → M2") << "1" << group1(R"("1.7.2": 1, "1.7.1": {"count": 1, "of": 10})") << none
                                            << 50.0 << 2;
        const QJsonObject full13 = object(R"({"1.3.1": true, "1.3.2": true, "1.3.3.1": true, "1.3.3.2": true,
            "1.3.3.3": true, "1.3.3.4": true, "1.5.1": true, "1.5.2": true, "1.6.1": {"count": 7, "of": 10},
            "1.6.2": {"count": 7, "of": 10}, "1.6.3": {"count": 7, "of": 10}, "1.7.3": true})");
        QTest::newRow("group 1 at 75 → M2") << "1" << full13 << none << 75.0 << 2;
        QJsonObject with76 = full13;
        with76.remove(QStringLiteral("1.7.3"));
        with76.insert(QStringLiteral("1.4"), 20);
        QTest::newRow("group 1 at 76 → M3") << "1" << with76 << none << 76.0 << 3;
        // Group 2's items are all even, so 49 and 75 need a documented manual lower score.
        const QJsonObject fifty = object(R"({"2.3.3": true, "2.4.1": true, "2.4.2": true, "2.4.3": true})");
        QTest::newRow("group 2 at 49 → M1") << "2" << fifty << object(R"({"2.4.1": {"points": 7, "reason": "r"}})")
                                            << 49.0 << 1;
        QTest::newRow("group 2 at 50 → M2") << "2" << fifty << none << 50.0 << 2;
        const QJsonObject seventySix = object(R"({"2.3.2": true, "2.3.3": true, "2.3.4": true, "2.3.5": true,
            "2.3.6": true, "2.3.7": true, "2.3.8": true, "2.4.2": true})");
        QTest::newRow("group 2 at 75 → M2") << "2" << seventySix << object(R"({"2.4.2": {"points": 11, "reason": "r"}})")
                                            << 75.0 << 2;
        QTest::newRow("group 2 at 75.5 → M3") << "2" << seventySix
                                              << object(R"({"2.4.2": {"points": 11.5, "reason": "r"}})") << 75.5 << 3;
        QTest::newRow("group 2 at 76 → M3") << "2" << seventySix << none << 76.0 << 3;
    }

    void groupLevels()
    {
        QFETCH(QString, group);
        QFETCH(QJsonObject, values);
        QFETCH(QJsonObject, adjusted);
        QFETCH(double, points);
        QFETCH(int, level);
        const ScoreReport report = score(builtIn(), withMandatory(values), IndexTestSupport::adjustments(adjusted));
        QVERIFY2(report.isValid(), qPrintable(report.errorMessages().join(QLatin1Char('\n'))));
        const GroupScore *found = report.group(group);
        QCOMPARE(found->points, points);
        QCOMPARE(found->level, level);
        QCOMPARE(found->uncappedLevel, level);
        QVERIFY(found->mandatoryMet);
        QVERIFY(!found->capped);
    }

    void failedMandatoryCapsTheGroup_data()
    {
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("unmet");
        QTest::addColumn<int>("uncapped");
        QTest::addColumn<bool>("capped");
        const char *strong = R"({"1.1": true, "1.2": false, "1.3.1": true, "1.3.2": true, "1.3.3.1": true,
            "1.3.3.2": true, "1.3.3.3": true, "1.3.3.4": true, "1.5.1": true, "1.5.2": true,
            "1.6.1": {"count": 7, "of": 10}, "1.6.2": {"count": 7, "of": 10}, "1.6.3": {"count": 7, "of": 10},
            "1.4": 20})";
        QTest::newRow("1.2 không, 76 points") << object(strong) << "1" << "1.2" << 3 << true;
        QJsonObject unanswered = object(strong);
        unanswered.remove(QStringLiteral("1.1"));
        unanswered.insert(QStringLiteral("1.2"), true);
        QTest::newRow("1.1 unanswered") << unanswered << "1" << "1.1" << 3 << true;
        QTest::newRow("2.1 không, 58 points")
            << object(R"({"2.1": false, "2.2": true, "2.3.1": true, "2.3.2": true, "2.3.4": true, "2.3.5": true,
                          "2.3.6": true, "2.3.7": true, "2.3.8": true, "2.4.1": true})")
            << "2" << "2.1" << 2 << true;
        QTest::newRow("2.2 không at level 1 already")
            << object(R"({"2.1": true, "2.2": false, "2.4.1": true})") << "2" << "2.2" << 1 << false;
    }

    void failedMandatoryCapsTheGroup()
    {
        QFETCH(QJsonObject, values);
        QFETCH(QString, group);
        QFETCH(QString, unmet);
        QFETCH(int, uncapped);
        QFETCH(bool, capped);
        const ScoreReport report = score(builtIn(), facts(values));
        const GroupScore *found = report.group(group);
        QVERIFY(!found->mandatoryMet);
        QCOMPARE(found->unmetMandatory, QStringList{unmet});
        QCOMPARE(found->level, 1);
        QCOMPARE(found->uncappedLevel, uncapped);
        QCOMPARE(found->capped, capped);
        QVERIFY(!report.criterion(unmet)->met);
        QVERIFY2(found->explanation.contains(QStringLiteral("chưa đạt điều kiện bắt buộc %1").arg(unmet)),
                 qPrintable(found->explanation));
        // The other group is not affected by this group's conditions.
        const GroupScore *other = report.group(group == QLatin1String("1") ? QStringLiteral("2") : QStringLiteral("1"));
        QCOMPARE(other->level, other->uncappedLevel);
    }

    void capIsAPerVersionSetting()
    {
        QJsonObject root = builtInJson();
        QJsonObject cap = root.value(QStringLiteral("mandatoryCap")).toObject();
        cap.insert(QStringLiteral("enabled"), false);
        root.insert(QStringLiteral("mandatoryCap"), cap);
        const Expected<IndexDefinition> uncappedIndex =
            IndexLoader::fromJson(QJsonDocument(root).toJson(), QStringLiteral("nocap.json"));
        QVERIFY2(uncappedIndex, qPrintable(uncappedIndex.message()));
        const Facts values = facts(object(R"({"2.1": false, "2.2": true, "2.3.3": true, "2.4.1": true,
                                             "2.4.2": true, "2.4.3": true})"));
        const GroupScore capped = *score(builtIn(), values).group(QStringLiteral("2"));
        const GroupScore uncapped = *score(*uncappedIndex, values).group(QStringLiteral("2"));
        QCOMPARE(capped.level, 1);
        QCOMPARE(uncapped.level, 2);
        QVERIFY(!uncapped.mandatoryMet);
        QVERIFY(!uncapped.capped);
    }

    void lmsFunctionsNeedAnLms_data()
    {
        QTest::addColumn<QJsonValue>("lms");
        QTest::addColumn<double>("perFunction");
        QTest::newRow("1.3.2 không") << QJsonValue(false) << 0.0;
        QTest::newRow("1.3.2 unanswered") << QJsonValue(QJsonValue::Null) << 0.0;
        QTest::newRow("1.3.2 có") << QJsonValue(true) << 6.0;
    }

    void lmsFunctionsNeedAnLms()
    {
        QFETCH(QJsonValue, lms);
        QFETCH(double, perFunction);
        QJsonObject values = object(R"({"1.3.1": true, "1.3.3.1": true, "1.3.3.2": true, "1.3.3.3": true,
                                        "1.3.3.4": true})");
        if (!lms.isNull())
            values.insert(QStringLiteral("1.3.2"), lms);
        const ScoreReport report = score(builtIn(), facts(values));
        for (const char *id : {"1.3.3.1", "1.3.3.2", "1.3.3.3", "1.3.3.4"}) {
            const ItemScore &function = itemOf(report, QLatin1String(id));
            QCOMPARE(function.points, perFunction);
            QCOMPARE(function.counted, perFunction > 0);
            if (perFunction == 0)
                QCOMPARE(function.explanation,
                         QStringLiteral("%1: không tính vì chưa triển khai LMS/LCMS (1.3.2)").arg(QLatin1String(id)));
        }
        QCOMPARE(itemOf(report, QStringLiteral("1.3.2")).points, 0.0);
        QCOMPARE(report.criterion(QStringLiteral("1.3"))->points, 6 + 4 * perFunction);
    }

    void manualAdjustments_data()
    {
        QTest::addColumn<QJsonObject>("values");
        QTest::addColumn<QJsonObject>("adjusted");
        QTest::addColumn<double>("points");
        QTest::addColumn<QString>("error");
        const QJsonObject seven = object(R"({"1.6.1": {"count": 10, "of": 10}})");
        const QJsonObject four = object(R"({"1.6.1": {"count": 5, "of": 10}})");
        QTest::newRow("lower accepted") << seven << object(R"({"1.6.1": {"points": 5, "reason": "chưa thường xuyên"}})")
                                        << 5.0 << "";
        QTest::newRow("decimal accepted") << seven << object(R"({"1.6.1": {"points": 6.25, "reason": "r"}})") << 6.25 << "";
        QTest::newRow("equal accepted") << four << object(R"({"1.6.1": {"points": 4, "reason": "r"}})") << 4.0 << "";
        QTest::newRow("zero accepted") << seven << object(R"({"1.6.1": {"points": 0, "reason": "r"}})") << 0.0 << "";
        QTest::newRow("higher rejected")
            << four << object(R"({"1.6.1": {"points": 5, "reason": "r"}})") << 4.0
            << "Mục 1.6.1: chỉ được điều chỉnh giảm; 5 điểm cao hơn mức tối đa của bậc đạt được (4 điểm).";
        QTest::newRow("no reason rejected") << seven << object(R"({"1.6.1": {"points": 5, "reason": "  "}})") << 7.0
                                            << "Mục 1.6.1: điều chỉnh điểm phải ghi lý do.";
        QTest::newRow("negative rejected") << seven << object(R"({"1.6.1": {"points": -1, "reason": "r"}})") << 7.0
                                           << "Mục 1.6.1: điểm điều chỉnh -1 không hợp lệ";
        QTest::newRow("three decimals rejected") << seven << object(R"({"1.6.1": {"points": 5.125, "reason": "r"}})")
                                                 << 7.0 << "Mục 1.6.1: điểm điều chỉnh 5.125 không hợp lệ";
        QTest::newRow("unanswered item only to 0") << QJsonObject() << object(R"({"1.6.1": {"points": 1, "reason": "r"}})")
                                                   << 0.0 << "chỉ được điều chỉnh giảm";
        QTest::newRow("unknown item") << seven << object(R"({"9.9": {"points": 1, "reason": "r"}})") << 7.0
                                      << "Điều chỉnh điểm cho mục \"9.9\" không có trong bộ chỉ số";
    }

    void manualAdjustments()
    {
        QFETCH(QJsonObject, values);
        QFETCH(QJsonObject, adjusted);
        QFETCH(double, points);
        QFETCH(QString, error);
        const ScoreReport report = score(builtIn(), facts(values), IndexTestSupport::adjustments(adjusted));
        const ItemScore &item = itemOf(report, QStringLiteral("1.6.1"));
        QCOMPARE(item.points, points);
        if (error.isEmpty()) {
            QVERIFY(report.isValid());
            QVERIFY(item.adjusted);
            QVERIFY(item.explanation.contains(QStringLiteral("điều chỉnh còn")));
            QCOMPARE(report.criterion(QStringLiteral("1.6"))->points, points);
        } else {
            QCOMPARE(report.errors.size(), 1);
            QVERIFY2(report.errors.constFirst().message.contains(error), qPrintable(report.errors.constFirst().message));
            QVERIFY(!item.adjusted);
        }
    }

    void invalidInputs_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown id") << "9.9" << QJsonValue(true) << "Mục \"9.9\" không có trong bộ chỉ số 4725/QĐ-BGDĐT";
        QTest::newRow("criterion id is not an item") << "1.6" << QJsonValue(true) << "Mục \"1.6\" không có";
        QTest::newRow("yes/no as text") << "1.1" << QJsonValue(QStringLiteral("có"))
                                        << "Mục 1.1: cần giá trị có/không (true hoặc false), nhận được \"có\".";
        QTest::newRow("yes/no as number") << "2.3.1" << QJsonValue(1) << "Mục 2.3.1: cần giá trị có/không";
        QTest::newRow("negative count") << "1.4" << QJsonValue(-1)
                                        << "Mục 1.4: cần một số nguyên không âm (số học liệu), nhận được -1.";
        QTest::newRow("fractional count") << "1.4" << QJsonValue(2.5) << "nhận được 2.5";
        QTest::newRow("count as text") << "1.4" << QJsonValue(QStringLiteral("25")) << "nhận được \"25\"";
        QTest::newRow("share as number") << "1.6.1" << QJsonValue(50) << "Mục 1.6.1: cần dạng {\"count\": n, \"of\": m}";
        QTest::newRow("share of zero") << "1.6.1" << share(0, 0) << "Mục 1.6.1: tổng số (\"of\") phải lớn hơn 0";
        QTest::newRow("share count over total") << "1.7.1" << share(6, 5) << "Mục 1.7.1: số lượng (6) lớn hơn tổng số (5).";
        QTest::newRow("share negative") << "1.6.2" << share(-1, 5) << "Mục 1.6.2: số lượng và tổng số không được âm";
        QTest::newRow("share fractional")
            << "1.6.3" << QJsonValue(QJsonObject{{QStringLiteral("count"), 1.5}, {QStringLiteral("of"), 5}})
            << "Mục 1.6.3: cần dạng";
        QTest::newRow("share missing of") << "1.6.3" << QJsonValue(QJsonObject{{QStringLiteral("count"), 1}})
                                          << "Mục 1.6.3: cần dạng";
        QTest::newRow("level 0") << "1.7.2" << QJsonValue(0) << "Mục 1.7.2: cần mức độ 1, 2, 3, nhận được 0.";
        QTest::newRow("level 4") << "1.7.2" << QJsonValue(4) << "nhận được 4.";
        QTest::newRow("level as bool") << "1.7.2" << QJsonValue(true) << "nhận được true.";
    }

    void invalidInputs()
    {
        QFETCH(QString, id);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        Facts values = facts(object(R"({"2.3.5": true})"));
        values.insert(id, enteredFact(value));
        const ScoreReport report = score(builtIn(), values);
        QVERIFY(!report.isValid());
        QCOMPARE(report.errors.size(), 1);
        QCOMPARE(report.errors.constFirst().itemId, id);
        QVERIFY2(report.errors.constFirst().message.contains(message), qPrintable(report.errors.constFirst().message));
        if (const ItemScore *item = report.item(id)) {
            QVERIFY(item->invalid);
            QCOMPARE(item->points, 0.0);
        }
        // The valid facts are still scored: the errors never hide the rest.
        QCOMPARE(itemOf(report, QStringLiteral("2.3.5")).points, 10.0);
    }

    void everyBadFactIsListed()
    {
        const ScoreReport report = score(builtIn(), facts(object(R"({"1.1": "yes", "1.4": -3,
                                                                    "1.6.1": {"count": 2, "of": 0}, "8.8": true})")));
        QStringList ids;
        for (const InputError &error : report.errors)
            ids << error.itemId;
        ids.sort();
        QCOMPARE(ids, (QStringList{QStringLiteral("1.1"), QStringLiteral("1.4"), QStringLiteral("1.6.1"),
                                   QStringLiteral("8.8")}));
    }

    void missingFactsAreUnansweredNotErrors()
    {
        const ScoreReport report = score(builtIn(), Facts());
        QVERIFY(report.isValid());
        QCOMPARE(report.unansweredItems().size(), builtIn().items().size());
        for (const GroupScore &group : report.groups) {
            QCOMPARE(group.points, 0.0);
            QCOMPARE(group.level, 1);
            QCOMPARE(group.answered, 0);
            QVERIFY(!group.mandatoryMet);
        }
        // JSON null also means "not answered".
        Facts nulls;
        nulls.insert(QStringLiteral("1.4"), enteredFact(QJsonValue(QJsonValue::Null)));
        const ScoreReport withNull = score(builtIn(), nulls);
        QVERIFY(withNull.isValid());
        QVERIFY(!itemOf(withNull, QStringLiteral("1.4")).answered);
    }

    void answeredCountsPerGroup()
    {
        const ScoreReport report = score(builtIn(), facts(object(R"({"1.1": true, "1.4": 3, "2.4.1": false})")));
        QCOMPARE(report.group(QStringLiteral("1"))->answered, 2);
        QCOMPARE(report.group(QStringLiteral("1"))->total, 17);
        QCOMPARE(report.group(QStringLiteral("2"))->answered, 1);
        QCOMPARE(report.group(QStringLiteral("2"))->total, 13);
    }

    void pointsFormatting_data()
    {
        QTest::addColumn<double>("points");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole") << 32.0 << "32";
        QTest::newRow("zero") << 0.0 << "0";
        QTest::newRow("half") << 5.5 << "5,5";
        QTest::newRow("hundredths") << 4.25 << "4,25";
        QTest::newRow("float noise") << 0.1 + 0.2 << "0,3";
    }

    void pointsFormatting()
    {
        QFETCH(double, points);
        QFETCH(QString, text);
        QCOMPARE(Points::format(points), text);
    }

    void levelRangesInWords()
    {
        const QList<LevelBand> &bands = builtIn().group(QStringLiteral("1"))->levels;
        QCOMPARE(ScoringText::levelRange(bands, 1), QStringLiteral("dưới 50 điểm"));
        QCOMPARE(ScoringText::levelRange(bands, 2), QStringLiteral("từ 50 đến 75 điểm"));
        QCOMPARE(ScoringText::levelRange(bands, 3), QStringLiteral("trên 75 điểm"));
    }
};

QTEST_GUILESS_MAIN(TestScoringRules)
#include "tst_scoring_rules.moc"
