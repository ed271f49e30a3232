#include "documents/DocumentExport.h"
#include "documents/DocumentFactory.h"
#include "documents/DocumentSamples.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace sdx;

/// Saving for the user: success only when the file is there and checked; a failure says why in
/// Vietnamese and leaves the previous file as it was.
class TestDocumentExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static doc::Document report()
    {
        return DocumentFactory::build(DocumentKind::SemesterReport, DocumentSamples::seed002SemesterReport());
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(data), data.size());
    }

private slots:
    void formats_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("pdf") << int(ExportFormat::Pdf);
        QTest::newRow("docx") << int(ExportFormat::Docx);
        QTest::newRow("odt") << int(ExportFormat::Odt);
    }

    void formats()
    {
        QFETCH(int, format);
        const ExportFormat kind = ExportFormat(format);
        const QString path = m_dir.filePath(QStringLiteral("báo cáo/sơ kết.") + DocumentExport::extension(kind));
        DocumentExport::Report result; // the folder "báo cáo" is created on demand
        const Status status = DocumentExport::save(report(), kind, path, &result);
        QVERIFY2(status, qPrintable(status.message()));
        QCOMPARE(QFileInfo(path).size(), result.bytes);
        ExportFormat parsed = ExportFormat::Pdf;
        QVERIFY(DocumentExport::formatFromExtension(DocumentExport::extension(kind).toUpper(), &parsed));
        QCOMPARE(int(parsed), format);
        // Saving again over the first file replaces it completely.
        QVERIFY(DocumentExport::save(report(), kind, path, &result));
        QCOMPARE(QFileInfo(path).size(), result.bytes);
    }

    void unwritableTargetKeepsThePreviousFile_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("pdf") << int(ExportFormat::Pdf);
        QTest::newRow("docx") << int(ExportFormat::Docx);
    }

    void unwritableTargetKeepsThePreviousFile()
    {
        QFETCH(int, format);
        // A name so long that the temporary file beside it cannot be named: the replacement fails
        // at the very end, the way a full disk does, even for root.
        const QString path = m_dir.filePath(QString(250, QLatin1Char('a')) + QLatin1Char('.') + DocumentExport::extension(ExportFormat(format)));
        writeFile(path, QByteArrayLiteral("bản cũ"));
        const Status status = DocumentExport::save(report(), ExportFormat(format), path);
        QVERIFY(!status);
        QVERIFY2(status.message().startsWith(QStringLiteral("Không ")), qPrintable(status.message()));
        QVERIFY(status.message().contains(QStringLiteral("aaaa")));
        QCOMPARE(contents(path), QByteArrayLiteral("bản cũ"));
    }

    void folderThatCannotBeCreated()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("tệp-thường"));
        writeFile(blocker, "x");
        const Status status = DocumentExport::save(report(), ExportFormat::Odt, blocker + QStringLiteral("/con/báo-cáo.odt"));
        QVERIFY(!status);
        QVERIFY2(status.message().startsWith(QStringLiteral("Không tạo được thư mục")), qPrintable(status.message()));
    }

    void readOnlyFolder()
    {
        if (::geteuid() == 0)
            QSKIP("root ignores folder permissions; covered by unwritableTargetKeepsThePreviousFile");
        QTemporaryDir locked;
        const QString path = locked.filePath(QStringLiteral("kế-hoạch.pdf"));
        writeFile(path, "old");
        QVERIFY(QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::ExeOwner));
        const Status status = DocumentExport::save(report(), ExportFormat::Pdf, path);
        QFile::setPermissions(locked.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!status);
        QVERIFY(status.message().startsWith(QStringLiteral("Không ")));
        QCOMPARE(contents(path), QByteArrayLiteral("old"));
    }
};

QTEST_MAIN(TestDocumentExport)
#include "tst_document_export.moc"
