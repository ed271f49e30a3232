// `schooldx-cli aggregate … -o REPORT.pdf|docx|odt --authority FILE.json`: the official summary
// report, read back with poppler (A4, the authority and the figures) and unzip (the Word text).
#include "ExchangeTestSupport.h"
#include "SummaryReportSupport.h"

#include "exchange/ExchangeWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestCliSummaryReport : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_inbox;
    QString m_authority;

    static Run run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("SCHOOLDX_DB"));
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        process.waitForFinished(120000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    static Run cli(const QStringList &arguments) { return run(QStringLiteral(SDX_CLI_PATH), arguments); }

    void requireTool(const QString &tool)
    {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(tool + QStringLiteral(" is not installed")));
    }

    Run aggregate(const QString &output, const QStringList &more = {})
    {
        return cli(QStringList{QStringLiteral("aggregate"), m_inbox, QStringLiteral("-o"), output, QStringLiteral("--authority"),
                               m_authority, QStringLiteral("--number"), QStringLiteral("7"), QStringLiteral("--date"),
                               QStringLiteral("2025-05-20")}
                   + more);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_inbox = m_dir.filePath(QStringLiteral("hop-thu"));
        QVERIFY(QDir().mkpath(m_inbox));
        for (const SummaryBuilder::Input &input : test::fourSchools())
            QVERIFY(ExchangeWriter::writeFile(input.document,
                                              QDir(m_inbox).filePath(input.document.school.code + QStringLiteral(".sdx"))));
        QFile bad(QDir(m_inbox).filePath(QStringLiteral("hong.sdx")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": \"schooldx-exchange\"");
        bad.close();
        m_authority = m_dir.filePath(QStringLiteral("ubnd-xa.json"));
        QFile authority(m_authority);
        QVERIFY(authority.open(QIODevice::WriteOnly));
        authority.write(QJsonDocument(test::communeProfile().toJson()).toJson());
    }

    void pdfReport()
    {
        requireTool(QStringLiteral("pdftotext"));
        requireTool(QStringLiteral("pdfinfo"));
        const QString pdf = m_dir.filePath(QStringLiteral("bao-cao.pdf"));
        const Run result = aggregate(pdf);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("trang")), qPrintable(result.out));
        QVERIFY(result.err.contains(QStringLiteral("hong.sdx")));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf}).out;
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                              QStringLiteral("-")})
                                 .out.normalized(QString::NormalizationForm_C)
                                 .simplified();
        for (const QString &expected :
             {QStringLiteral("UBND TỈNH ĐẮK NÔNG"), QStringLiteral("UBND XÃ ĐỨC AN"), QStringLiteral("Số: 07/BC-UBND"),
              QStringLiteral("Đức An, ngày 20 tháng 5 năm 2025"), QStringLiteral("BÁO CÁO"),
              QStringLiteral("Số tệp kết quả tự đánh giá đã nhận: 5 tệp"),
              QStringLiteral("được tổng hợp: 4 trường"), QStringLiteral("3 trường đạt mức độ 1"),
              QStringLiteral("điểm bình quân 44/100"), QStringLiteral("Trường TH Bốn (mã S4): chưa đáp ứng tiêu chí 2.2"),
              QStringLiteral("68,2%"), QStringLiteral("PHÓ CHỦ TỊCH"), QStringLiteral("Nguyễn Văn Bình")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }

    void docxAndOdtReports()
    {
        requireTool(QStringLiteral("unzip"));
        const QString docx = m_dir.filePath(QStringLiteral("bao-cao.docx"));
        QCOMPARE(aggregate(docx).exitCode, 0);
        const QString xml = run(QStringLiteral("unzip"), {QStringLiteral("-p"), docx, QStringLiteral("word/document.xml")}).out;
        QString text = xml;
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        for (const QString &expected : {QStringLiteral("UBND XÃ ĐỨC AN"), QStringLiteral("Số: 07/BC-UBND"),
                                        QStringLiteral("Tổng hợp kết quả tự đánh giá mức độ chuyển đổi số"),
                                        QStringLiteral("Trường TH Hai"), QStringLiteral("3/4 (75%)")})
            QVERIFY2(text.contains(expected), qPrintable(expected));

        const QString odt = m_dir.filePath(QStringLiteral("bao-cao.odt"));
        QCOMPARE(aggregate(odt).exitCode, 0);
        const QString content = run(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")}).out;
        QVERIFY(content.contains(QStringLiteral("UBND XÃ ĐỨC AN")));
    }

    /// Ten schools of a commune, as a person would print them; SDX_SUMMARY_SAMPLE_DIR keeps the PDF
    /// (docs/screenshots/summary-report-page-N.png are made from it with pdftoppm -r 60).
    void tenSchoolsReport()
    {
        requireTool(QStringLiteral("pdfinfo"));
        requireTool(QStringLiteral("pdftotext"));
        static const QStringList names{
            QStringLiteral("Trường Tiểu học Chu Văn An"), QStringLiteral("Trường Tiểu học Kim Đồng"),
            QStringLiteral("Trường Tiểu học Võ Thị Sáu"), QStringLiteral("Trường Tiểu học Nguyễn Bá Ngọc"),
            QStringLiteral("Trường Tiểu học Lê Văn Tám"), QStringLiteral("Trường THCS Lê Lợi"),
            QStringLiteral("Trường THCS Nguyễn Du"), QStringLiteral("Trường THCS Phan Bội Châu"),
            QStringLiteral("Trường Phổ thông Dân tộc Nội trú THCS Đắk Song"), QStringLiteral("Trường THCS Trần Phú")};
        QTemporaryDir folder;
        for (int i = 0; i < names.size(); ++i) {
            const QString code = QStringLiteral("6701%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            QJsonObject facts = i == 0 ? test::seedFacts() : i == 1 ? test::strongFacts() : test::variedFacts(i);
            ExchangeDocument document = test::makeDocument(test::testScorer(), code, names.at(i), facts);
            document.indicators.values.insert(QStringLiteral("staffTotal"), 30 + 3 * i);
            document.indicators.values.insert(QStringLiteral("staffInChargeOfIt"), 1 + i % 3);
            document.indicators.values.insert(QStringLiteral("teachersTotal"), 22 + 2 * i);
            document.indicators.values.insert(QStringLiteral("teachersEquippedOnline"), 15 + i);
            document.indicators.values.insert(QStringLiteral("studentsTotal"), 400 + 37 * i);
            document.indicators.values.insert(QStringLiteral("studentsEquippedOnline"), 210 + 20 * i);
            QVERIFY(ExchangeWriter::writeFile(document, folder.filePath(code + QStringLiteral(".sdx"))));
        }
        const QString pdf = folder.filePath(QStringLiteral("bao-cao-tong-hop.pdf"));
        const Run result = cli({QStringLiteral("aggregate"), folder.path(), QStringLiteral("-o"), pdf, QStringLiteral("--authority"),
                                m_authority, QStringLiteral("--number"), QStringLiteral("12"), QStringLiteral("--date"),
                                QStringLiteral("2025-05-26")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf}).out;
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(pages.hasMatch());
        QVERIFY2(pages.captured(1).toInt() >= 3 && pages.captured(1).toInt() <= 8, qPrintable(info));
        // No page holds a heading alone (a chain of headings before a table moves as one).
        for (int page = 1; page <= pages.captured(1).toInt(); ++page) {
            const QString number = QString::number(page);
            const QStringList lines = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), number, QStringLiteral("-l"), number,
                                                                       QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                                       QStringLiteral("-")})
                                          .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QVERIFY2(lines.size() > 5, qPrintable(QStringLiteral("page %1: %2").arg(page).arg(lines.join(u'|'))));
        }
        if (const QString keep = qEnvironmentVariable("SDX_SUMMARY_SAMPLE_DIR"); !keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(QDir(keep).filePath(QStringLiteral("bao-cao-tong-hop.pdf")));
            QVERIFY(QFile::copy(pdf, QDir(keep).filePath(QStringLiteral("bao-cao-tong-hop.pdf"))));
        }
    }

    void usageProblems()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("x.pdf"));
        const Run noAuthority = cli({QStringLiteral("aggregate"), m_inbox, QStringLiteral("-o"), pdf});
        QCOMPARE(noAuthority.exitCode, 2);
        QVERIFY2(noAuthority.err.contains(QStringLiteral("--authority")), qPrintable(noAuthority.err));
        QCOMPARE(aggregate(pdf, {QStringLiteral("--date"), QStringLiteral("20/05/2025")}).exitCode, 2);
        QCOMPARE(aggregate(pdf, {QStringLiteral("--number"), QStringLiteral("-3")}).exitCode, 2);
        QVERIFY(!QFile::exists(pdf));

        const QString broken = m_dir.filePath(QStringLiteral("sai.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"name\": \"UBND XÃ A\", \"sign\": \"UBND\"}");
        file.close();
        const Run badProfile = cli({QStringLiteral("aggregate"), m_inbox, QStringLiteral("-o"), pdf, QStringLiteral("--authority"), broken});
        QCOMPARE(badProfile.exitCode, 1);
        QVERIFY2(badProfile.err.contains(QStringLiteral("\"sign\"")), qPrintable(badProfile.err));
    }

    void severalYearsNeedOneChosen()
    {
        QTemporaryDir folder;
        const QList<SummaryBuilder::Input> schools = test::fourSchools();
        QVERIFY(ExchangeWriter::writeFile(schools.at(0).document, folder.filePath(QStringLiteral("a.sdx"))));
        ExchangeDocument later = test::makeDocument(test::testScorer(), QStringLiteral("S9"), QStringLiteral("Trường TH Chín"),
                                                    test::seedFacts(), 1, QStringLiteral("2025-2026"));
        QVERIFY(ExchangeWriter::writeFile(later, folder.filePath(QStringLiteral("b.sdx"))));
        const QString pdf = folder.filePath(QStringLiteral("r.pdf"));
        const QStringList base{QStringLiteral("aggregate"), folder.path(), QStringLiteral("-o"), pdf,
                               QStringLiteral("--authority"), m_authority};
        const Run both = cli(base);
        QCOMPARE(both.exitCode, 2);
        QVERIFY2(both.err.contains(QStringLiteral("2025-2026")) && both.err.contains(QStringLiteral("--year")), qPrintable(both.err));
        QCOMPARE(cli(base + QStringList{QStringLiteral("--year"), QStringLiteral("2025-2026")}).exitCode, 0);
        QVERIFY(QFile::exists(pdf));
    }
};

QTEST_GUILESS_MAIN(TestCliSummaryReport)
#include "tst_cli_summary_report.moc"
