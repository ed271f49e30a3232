// Generates N varied school exchange files (plus older revisions and a few bad files), then
// aggregates them through schooldx-cli and prints the figures: time, sizes, the CLI's peak memory.
// Run on demand (bench/exchange/run.sh, make bench); never a test.
#include "exchange/ExchangeDocument.h"
#include "exchange/ExchangeServices.h"
#include "exchange/ExchangeScorer.h"
#include "exchange/ExchangeWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace sdx;

namespace {

const char *const kItems[] = {"1.1",   "1.2",   "1.3.1", "1.3.2", "1.3.3.1", "1.3.3.2", "1.3.3.3", "1.3.3.4",
                              "1.5.1", "1.5.2", "1.7.3", "2.1",   "2.2",     "2.3.1",   "2.3.2",   "2.3.3",
                              "2.3.4", "2.3.5", "2.3.6", "2.3.7", "2.3.8",   "2.4.1",   "2.4.2",   "2.4.3"};

/// A deterministic pseudo-random school: every level and most combinations occur over 1,000.
class SchoolGenerator
{
public:
    explicit SchoolGenerator(int n) : m_state(quint32(n) * 2654435761u + 7u), m_n(n) {}

    ExchangeDocument document(int revision)
    {
        ExchangeDocument document;
        document.indexId = QStringLiteral("4725/QĐ-BGDĐT");
        document.indexVersion = 1;
        static const QStringList levels{QStringLiteral("tieu-hoc"), QStringLiteral("thcs"), QStringLiteral("thpt")};
        static const QStringList names{QStringLiteral("Trường Tiểu học Chu Văn An"), QStringLiteral("Trường THCS Lê Lợi"),
                                       QStringLiteral("Trường THPT Nguyễn Du"), QStringLiteral("Trường Tiểu học Kim Đồng")};
        document.school.code = QStringLiteral("79%1").arg(m_n, 6, 10, QLatin1Char('0'));
        document.school.name = names.at(m_n % names.size()) + QStringLiteral(" số %1").arg(m_n);
        document.school.level = levels.at(m_n % levels.size());
        document.school.authority = m_n % 3 == 2 ? QStringLiteral("SỞ GD&ĐT TP. HỒ CHÍ MINH")
                                                  : QStringLiteral("UBND PHƯỜNG %1").arg(m_n % 40);
        document.school.principalName = QStringLiteral("Hiệu trưởng %1").arg(m_n);
        document.recipient = {document.school.authority, RecipientKinds::guess(document.school.authority)};
        document.schoolYear = QStringLiteral("2025-2026");
        document.revision = revision;
        document.finalisedAt = QDateTime(QDate(2026, 5, 1 + revision), QTime(8, 0), Qt::UTC);
        document.softwareVersion = QStringLiteral("bench");
        const int bias = int(next() % 60);
        for (const char *item : kItems)
            fact(document, QString::fromLatin1(item), int(next() % 100) < 30 + bias);
        fact(document, QStringLiteral("1.4"), int(next() % 60));
        for (const QString &id : {QStringLiteral("1.6.1"), QStringLiteral("1.6.2"), QStringLiteral("1.6.3"), QStringLiteral("1.7.1")}) {
            const int of = 10 + int(next() % 50);
            fact(document, id, QJsonObject{{QStringLiteral("count"), int(next() % (of + 1))}, {QStringLiteral("of"), of}});
        }
        fact(document, QStringLiteral("1.7.2"), 1 + int(next() % 3));
        for (int i = 0; i < 3; ++i)
            document.assessment.evidence[QString::fromLatin1(kItems[next() % 24])].append(
                {QStringLiteral("Minh chứng %1").arg(i), QStringLiteral("link"),
                 QStringLiteral("https://truong%1.edu.vn/minh-chung/%2").arg(m_n).arg(i), {}, {}, {}, {}});
        document.indicators.values = {{QStringLiteral("computersTotal"), 20 + qint64(next() % 40)},
                                      {QStringLiteral("computersWithAntiMalware"), qint64(next() % 20)},
                                      {QStringLiteral("teachersTotal"), 30 + qint64(next() % 30)},
                                      {QStringLiteral("teachersEquippedOnline"), qint64(next() % 30)}};
        const Expected<Rescore> scored = ExchangeServices::scorer().rescore(document);
        if (scored)
            document.score = scored->score;
        return document;
    }

private:
    quint32 next()
    {
        m_state = m_state * 1664525u + 1013904223u;
        return m_state >> 8;
    }

    static void fact(ExchangeDocument &document, const QString &id, const QJsonValue &value)
    {
        ExchangeFact fact;
        fact.value = value;
        fact.provenance = QStringLiteral("nhập tay");
        document.assessment.facts.insert(id, fact);
    }

    quint32 m_state;
    int m_n;
};

struct Generated
{
    int files = 0;
    qint64 bytes = 0;
    qint64 milliseconds = 0;
};

Generated generate(const QString &folder, int schools)
{
    QElapsedTimer timer;
    timer.start();
    Generated result;
    auto write = [&](ExchangeDocument document, const QString &name) {
        const QString path = QDir(folder).filePath(name);
        if (ExchangeWriter::writeFile(std::move(document), path)) {
            ++result.files;
            result.bytes += QFileInfo(path).size();
        }
    };
    for (int n = 0; n < schools; ++n) {
        // Every 20th school also sent an older revision, which the newest must supersede.
        if (n % 20 == 0)
            write(SchoolGenerator(n).document(1), QStringLiteral("%1_r1.sdx").arg(n));
        write(SchoolGenerator(n).document(n % 20 == 0 ? 2 : 1), QStringLiteral("%1.sdx").arg(n));
    }
    for (int i = 0; i < schools / 100; ++i) {
        QFile bad(QDir(folder).filePath(QStringLiteral("hong-%1.sdx").arg(i)));
        if (bad.open(QIODevice::WriteOnly))
            bad.write("{\"format\": \"schooldx-exchange\", \"formatVersion\": 1, \"checksum\"");
        ++result.files;
    }
    result.milliseconds = timer.elapsed();
    return result;
}

long peakChildKilobytes()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("schools"), QStringLiteral("number of schools"), QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("cli"), QStringLiteral("schooldx-cli to run"), QStringLiteral("PATH"), QStringLiteral(SDX_CLI_PATH)});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("generate into this folder and keep it"), QStringLiteral("DIR")});
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);
    QTemporaryDir scratch;
    const QString folder = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : scratch.filePath(QStringLiteral("in"));
    QDir().mkpath(folder);
    const int schools = parser.value(QStringLiteral("schools")).toInt();
    const Generated generated = generate(folder, schools);
    out << "generated " << generated.files << " files (" << schools << " schools, older revisions, bad files), "
        << generated.bytes / 1024 << " KiB in " << generated.milliseconds << " ms\n";

    for (const QString &suffix : {QStringLiteral("json"), QStringLiteral("xlsx")}) {
        const QString output = scratch.filePath(QStringLiteral("tong-hop.") + suffix);
        QElapsedTimer timer;
        timer.start();
        QProcess cli;
        cli.start(parser.value(QStringLiteral("cli")), {QStringLiteral("aggregate"), folder, QStringLiteral("-o"), output});
        cli.waitForFinished(-1);
        const qint64 elapsed = timer.elapsed();
        const QByteArray stdoutText = cli.readAllStandardOutput();
        out << "aggregate -o ." << suffix << ": exit " << cli.exitCode() << ", " << elapsed << " ms, output "
            << QFileInfo(output).size() / 1024 << " KiB, peak RSS of the CLI so far " << peakChildKilobytes() / 1024
            << " MiB\n  " << QString::fromUtf8(stdoutText).trimmed().replace(QLatin1Char('\n'), QStringLiteral("\n  ")) << "\n";
        if (suffix == QLatin1String("json")) {
            QFile file(output);
            if (file.open(QIODevice::ReadOnly)) {
                const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
                out << "  summary: " << json.value(QStringLiteral("summaries")).toArray().at(0).toObject().value(QStringLiteral("schoolCount")).toInt()
                    << " schools, " << json.value(QStringLiteral("rejected")).toArray().size() << " rejected, "
                    << json.value(QStringLiteral("superseded")).toArray().size() << " superseded\n";
            }
        }
    }
    return 0;
}
