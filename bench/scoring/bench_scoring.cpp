// bench_scoring: how long a full rescore takes (merge + score + improvements), the work the
// checklist does on every keystroke. Run on demand: ./bench_scoring [runs]
#include "index/Facts.h"
#include "index/FactsFile.h"
#include "index/Improvements.h"
#include "index/IndexLoader.h"
#include "index/IndexRegistry.h"
#include "index/ScoringEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <functional>

namespace {

using namespace sdx;

/// Average nanoseconds per call of `work` over `runs` calls (after a short warm-up).
double averageNs(int runs, const std::function<void()> &work)
{
    for (int i = 0; i < qMin(runs, 100); ++i)
        work();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i)
        work();
    return double(timer.nsecsElapsed()) / runs;
}

DerivedFacts inventoryFacts()
{
    return {{QStringLiteral("1.7.1"), QJsonObject{{QStringLiteral("count"), 11}, {QStringLiteral("of"), 21}},
             QStringLiteral("11/21 phòng học có máy chiếu và Internet")},
            {QStringLiteral("1.6.1"), QJsonObject{{QStringLiteral("count"), 15}, {QStringLiteral("of"), 15}},
             QStringLiteral("15/15 giáo viên có tài khoản")},
            {QStringLiteral("2.3.5"), true, QStringLiteral("phần mềm quản lý thiết bị")}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 20000;

    const IndexDefinitionPtr index = IndexRegistry::builtIn().find(IndexRegistry::defaultIndexId(), 1);
    const Expected<FactsFileContent> seed = FactsFile::read(QStringLiteral(SDX_SAMPLES_DIR "/seed-002-facts.json"));
    if (!index || !seed) {
        out << "cannot load the index or the seed facts: " << (seed ? QString() : seed.message()) << Qt::endl;
        return 1;
    }
    const DerivedFacts derived = inventoryFacts();
    Adjustments adjustments;
    adjustments.insert(QStringLiteral("1.6.2"), {5, QStringLiteral("benchmark"), QStringLiteral("bench")});

    double sink = 0;  // keeps the optimiser from dropping the work
    const double full = averageNs(runs, [&] {
        const Facts facts = mergeFacts(derived, seed->facts);
        const ScoreReport report = score(*index, facts, adjustments);
        const ImprovementPlan plan = planImprovements(*index, report);
        sink += report.groups.constFirst().points + plan.improvements.size();
    });
    const Facts merged = mergeFacts(derived, seed->facts);
    const double scoreOnly = averageNs(runs, [&] { sink += score(*index, merged, adjustments).groups.size(); });
    const ScoreReport report = score(*index, merged, adjustments);
    const double planOnly = averageNs(runs, [&] { sink += planImprovements(*index, report).lifts.size(); });
    QFile file(QStringLiteral(":/index/4725-v1.json"));
    file.open(QIODevice::ReadOnly);
    const QByteArray json = file.readAll();
    const double load = averageNs(qMax(1, runs / 20), [&] {
        sink += IndexLoader::fromJson(json, QStringLiteral("4725-v1.json"))->groups.size();
    });

    out << "bench_scoring: index " << index->displayName() << ", seed 002 facts, " << runs << " runs" << Qt::endl;
    out << QStringLiteral("  full rescore (merge + score + improvements): %1 µs").arg(full / 1000.0, 0, 'f', 1) << Qt::endl;
    out << QStringLiteral("  score only:                                  %1 µs").arg(scoreOnly / 1000.0, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("  improvements only:                           %1 µs").arg(planOnly / 1000.0, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("  load + validate the index file:              %1 µs").arg(load / 1000.0, 0, 'f', 1) << Qt::endl;
    out << "  (checksum " << sink << ")" << Qt::endl;
    return 0;
}
