// Renders the full seed-002 plan (and the three reports) and prints, per output format, the time per
// document and the peak resident memory (VmHWM) of that phase. Writes the files it timed to the output
// folder so that compare-libreoffice.sh can convert the same DOCX.
//
//   bench_documents [--out DIR] [--runs N]

#include "documents/DocumentDump.h"
#include "documents/DocumentExport.h"
#include "documents/DocumentFactory.h"
#include "documents/DocumentSamples.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

using namespace sdx;

namespace {

/// Peak resident set size in KiB since the last reset (Linux), or -1.
long peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

/// Resets the kernel's peak RSS counter so that each phase reports its own peak.
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

struct Figures
{
    double msPerRun = 0;
    long peak = -1;
    qint64 bytes = 0;
    int pages = 0;
    QString font;
};

Figures measure(const doc::Document &document, ExportFormat format, int runs, const QString &path)
{
    Figures figures;
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    DocumentExport::Report report;
    for (int i = 0; i < runs; ++i) {
        const Status status = DocumentExport::save(document, format, path, &report);
        if (!status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.message()));
            std::exit(1);
        }
    }
    figures.msPerRun = double(timer.nsecsElapsed()) / 1e6 / runs;
    figures.peak = peakKiB();
    figures.bytes = report.bytes;
    figures.pages = report.pageCount;
    figures.font = report.fontFamily;
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output folder"), QStringLiteral("dir"), QDir::tempPath() + QStringLiteral("/bench_documents")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per format"), QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("dump"), QStringLiteral("Also write the block-tree dumps")});
    parser.process(app);
    const QDir out(parser.value(QStringLiteral("out")));
    QDir().mkpath(out.path());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QElapsedTimer buildTimer;
    buildTimer.start();
    const doc::Document plan = DocumentFactory::build(DocumentKind::Plan, DocumentSamples::seed002Plan());
    const double buildMs = double(buildTimer.nsecsElapsed()) / 1e6;

    const struct { DocumentKind kind; DocumentInput input; const char *name; } extras[] = {
        {DocumentKind::SelfAssessmentReport, DocumentSamples::seed002SelfAssessment(), "bao-cao-tu-danh-gia"},
        {DocumentKind::SemesterReport, DocumentSamples::seed002SemesterReport(), "bao-cao-so-ket-hk1"},
        {DocumentKind::YearReport, DocumentSamples::seed002YearReport(), "bao-cao-tong-ket"},
    };

    QTextStream console(stdout);
    console << "bench_documents: seed-002 plan, " << runs << " run(s) per format, output in " << out.path() << "\n";
    console << QStringLiteral("build model: %1 ms\n").arg(buildMs, 0, 'f', 2);
    for (ExportFormat format : {ExportFormat::Pdf, ExportFormat::Docx, ExportFormat::Odt}) {
        const QString path = out.filePath(QStringLiteral("ke-hoach.") + DocumentExport::extension(format));
        const Figures figures = measure(plan, format, runs, path);
        console << QStringLiteral("%1: %2 ms per document, peak RSS %3 MiB, %4 KiB")
                       .arg(DocumentExport::extension(format).toUpper(), -4)
                       .arg(figures.msPerRun, 8, 'f', 1)
                       .arg(figures.peak / 1024.0, 0, 'f', 1)
                       .arg(figures.bytes / 1024.0, 0, 'f', 1);
        if (format == ExportFormat::Pdf)
            console << QStringLiteral(", %1 pages, font %2").arg(figures.pages).arg(figures.font);
        console << "\n";
    }
    for (const auto &extra : extras) {
        const doc::Document document = DocumentFactory::build(extra.kind, extra.input);
        for (ExportFormat format : {ExportFormat::Pdf, ExportFormat::Docx, ExportFormat::Odt}) {
            const QString path = out.filePath(QString::fromLatin1(extra.name) + QLatin1Char('.') + DocumentExport::extension(format));
            if (const Status status = DocumentExport::save(document, format, path); !status) {
                std::fprintf(stderr, "%s\n", qPrintable(status.message()));
                return 1;
            }
        }
    }
    if (parser.isSet(QStringLiteral("dump"))) {
        QFile dump(out.filePath(QStringLiteral("ke-hoach.dump.txt")));
        if (dump.open(QIODevice::WriteOnly))
            dump.write(DocumentDump::toText(plan).toUtf8());
    }
    return 0;
}
