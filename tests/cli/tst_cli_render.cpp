// schooldx-cli render: every document in every format from the sample store and from its .sdx file,
// and the refusals.
#include "school/SchoolSession.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;

class TestCliRender : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_sdx;

    static int run(const QStringList &arguments, QString *err = nullptr, QString *out = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(SDX_CLI_PATH), arguments);
        process.waitForFinished(120000);
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput());
        return process.exitCode();
    }

    int render(const QStringList &arguments, QString *err = nullptr, QString *out = nullptr) const
    {
        return run(QStringList{QStringLiteral("--db"), m_db, QStringLiteral("render")} + arguments, err, out);
    }

    static QString tool(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static QString pdfText(const QString &path)
    {
        return tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}).simplified();
    }

    static QString zipPart(const QString &path, const QString &part)
    {
        return tool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, part});
    }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("sample.sqlite"));
        QString err;
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("sample")}, &err), 0);
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("finalise")}, &err), 0);
        m_sdx = m_dir.filePath(QStringLiteral("chu-van-an.sdx"));
        QVERIFY2(run({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("-o"), m_sdx}, &err) == 0,
                 qPrintable(err));
        QVERIFY(QFile::exists(m_sdx));
    }

    void everyDocumentAndFormat_data()
    {
        QTest::addColumn<QString>("doc");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        const QList<std::pair<QString, QString>> docs = {
            {QStringLiteral("plan"), QStringLiteral("Số: 18/KH-THCVA")},
            {QStringLiteral("self-assessment"), QStringLiteral("đạt 58/100 điểm")},
            {QStringLiteral("midterm"), QStringLiteral("Trường Tiểu học Chu Văn An")},
            {QStringLiteral("annual"), QStringLiteral("đạt 58/100 điểm")},
        };
        for (const auto &[doc, expected] : docs) {
            for (const QString &format : {QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("odt")})
                QTest::newRow(qPrintable(doc + QLatin1Char('-') + format)) << doc << format << expected;
        }
    }

    void everyDocumentAndFormat()
    {
        QFETCH(QString, doc);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        const QString out = m_dir.filePath(doc + QLatin1Char('.') + format);
        QString err;
        QString printed;
        QCOMPARE(render({QStringLiteral("--doc"), doc, QStringLiteral("--format"), format, QStringLiteral("-o"), out},
                        &err, &printed),
                 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY2(printed.startsWith(QStringLiteral("Đã lưu")), qPrintable(printed));
        QString text;
        if (format == QLatin1String("pdf"))
            text = pdfText(out);
        else if (format == QLatin1String("docx"))
            text = zipPart(out, QStringLiteral("word/document.xml"));
        else
            text = zipPart(out, QStringLiteral("content.xml"));
        QVERIFY2(text.contains(QStringLiteral("Chu Văn An")), qPrintable(text.left(300)));
        if (format == QLatin1String("pdf"))
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void planPdfLooksLikeSeed002()
    {
        const QString out = m_dir.filePath(QStringLiteral("ke-hoach.pdf"));
        QCOMPARE(render({QStringLiteral("--doc"), QStringLiteral("plan"), QStringLiteral("-o"), out}), 0);
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("PHÒNG GD&ĐT HUYỆN ĐĂK SONG")));
        QVERIFY(text.contains(QStringLiteral("Đức An, ngày 16 tháng 02 năm 2023")));
        QVERIFY(text.contains(QStringLiteral("Tổng số phần mềm và ứng dụng đang sử dụng: 19")));
        QVERIFY(text.contains(QStringLiteral("Tổng số trang thiết bị CNTT và hạ tầng còn thiếu cần bổ sung: 03")));
        QVERIFY(text.contains(QStringLiteral("Phòng GD&ĐT (để b/c);")));
        QVERIFY(text.contains(QStringLiteral("Nguyễn Thị Hương")));
    }

    void fromTheExchangeFile_data()
    {
        QTest::addColumn<QString>("doc");
        QTest::addColumn<QString>("format");
        QTest::newRow("plan-pdf") << "plan" << "pdf";
        QTest::newRow("self-assessment-pdf") << "self-assessment" << "pdf";
        QTest::newRow("annual-docx") << "annual" << "docx";
        QTest::newRow("midterm-odt") << "midterm" << "odt";
    }

    void fromTheExchangeFile()
    {
        QFETCH(QString, doc);
        QFETCH(QString, format);
        const QString out = m_dir.filePath(QStringLiteral("sdx-") + doc + QLatin1Char('.') + format);
        QString err;
        // No database is needed: the file says everything.
        QCOMPARE(run({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("render"),
                      QStringLiteral("-i"), m_sdx, QStringLiteral("--doc"), doc, QStringLiteral("-o"), out},
                     &err),
                 0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
        if (format != QLatin1String("pdf"))
            return;
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("TRƯỜNG TIỂU HỌC CHU VĂN AN")));
        if (doc == QLatin1String("plan"))
            QVERIFY(text.contains(QStringLiteral("Tổng số phần mềm và ứng dụng đang sử dụng: 19")));
        else
            QVERIFY(text.contains(QStringLiteral("đạt 58/100 điểm")));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString out = QStringLiteral("/tmp/never-written.pdf");
        QTest::newRow("no doc") << QStringList{QStringLiteral("-o"), out} << 2 << "Thiếu --doc";
        QTest::newRow("unknown doc") << QStringList{QStringLiteral("--doc"), QStringLiteral("memo"), QStringLiteral("-o"), out}
                                     << 2 << "Không có văn bản \"memo\"";
        QTest::newRow("unknown format") << QStringList{QStringLiteral("--doc"), QStringLiteral("plan"), QStringLiteral("--format"),
                                                       QStringLiteral("rtf"), QStringLiteral("-o"), out}
                                        << 2 << "Không hỗ trợ định dạng \"rtf\"";
        QTest::newRow("format unguessable") << QStringList{QStringLiteral("--doc"), QStringLiteral("plan"), QStringLiteral("-o"),
                                                           QStringLiteral("/tmp/ke-hoach")}
                                            << 2 << "Không đoán được định dạng";
        QTest::newRow("no output") << QStringList{QStringLiteral("--doc"), QStringLiteral("plan")} << 2 << "Thiếu -o";
        QTest::newRow("two sources") << QStringList{QStringLiteral("--doc"), QStringLiteral("plan"), QStringLiteral("-i"),
                                                    QStringLiteral("x.sdx"), QStringLiteral("--year"), QStringLiteral("2022-2023"),
                                                    QStringLiteral("-o"), out}
                                     << 2 << "Dùng một nguồn";
        QTest::newRow("no such year") << QStringList{QStringLiteral("--doc"), QStringLiteral("plan"), QStringLiteral("--year"),
                                                     QStringLiteral("2030-2031"), QStringLiteral("-o"), out}
                                      << 1 << "Chưa có năm học 2030-2031";
        QTest::newRow("missing file") << QStringList{QStringLiteral("--doc"), QStringLiteral("plan"), QStringLiteral("-i"),
                                                     QStringLiteral("/tmp/khong-co-tep.sdx"), QStringLiteral("-o"), out}
                                      << 1 << "khong-co-tep.sdx";
    }

    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        QString err;
        QCOMPARE(render(arguments, &err), code);
        QVERIFY2(err.startsWith(QStringLiteral("Lỗi: ")), qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-written.pdf")));
    }

    void unreadableExchangeFile()
    {
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.sdx"));
        QFile file(bogus);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("không phải tệp trao đổi");
        file.close();
        QString err;
        QCOMPARE(render({QStringLiteral("--doc"), QStringLiteral("plan"), QStringLiteral("-i"), bogus, QStringLiteral("-o"),
                         m_dir.filePath(QStringLiteral("bogus.pdf"))},
                        &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("bogus.sdx")), qPrintable(err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bogus.pdf"))));
    }

    void databaseWithoutSchool()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
        QVERIFY(SchoolSession::open(empty));
        QString err;
        QCOMPARE(run({QStringLiteral("--db"), empty, QStringLiteral("render"), QStringLiteral("--doc"), QStringLiteral("plan"),
                      QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.pdf"))},
                     &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("chưa có thông tin trường")), qPrintable(err));
        QCOMPARE(run({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("nothing.sqlite")), QStringLiteral("render"),
                      QStringLiteral("--doc"), QStringLiteral("plan"), QStringLiteral("-o"), m_dir.filePath(QStringLiteral("x.pdf"))},
                     &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("Chưa có cơ sở dữ liệu")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_cli_render.moc"
