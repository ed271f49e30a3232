#include "documents/DocumentsPage.h"
#include "documents/LegalBasisDialog.h"
#include "documents/LegalBasisRepository.h"

#include "documents/DocumentSamples.h"
#include "documents/NarrativeRepository.h"
#include "school/YearRepository.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sdx;

/// The documents page, offscreen, driven through its widgets by object name.
class TestDocumentsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    template<typename T>
    static T *child(QWidget &page, const char *name)
    {
        T *widget = page.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    static QString text(DocumentsPage &page) { return doc::plainText(page.currentDocument()); }

    static void selectSection(DocumentsPage &page, const QString &key)
    {
        QListView *sections = child<QListView>(page, "sectionsView");
        for (int row = 0; row < sections->model()->rowCount(); ++row) {
            const QModelIndex index = sections->model()->index(row, 0);
            if (index.data(Qt::UserRole + 1).toString() == key) {
                sections->setCurrentIndex(index);
                return;
            }
        }
        QFAIL("section not found");
    }

private slots:
    void modelsAreSound()
    {
        DocumentsPage page;
        page.setDataProvider(&DocumentSamples::seed002Plan);
        QAbstractItemModelTester bases(child<QListView>(page, "basesView")->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sections(child<QListView>(page, "sectionsView")->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setCurrentKind(DocumentKind::YearReport);
        QCOMPARE(page.currentKind(), DocumentKind::YearReport);
    }

    void withoutProviderTheSchoolIsEmpty()
    {
        DocumentsPage page;
        const QString all = text(page);
        QVERIFY(all.contains(QStringLiteral("Số:       /KH")));
        QVERIFY(!all.contains(QStringLiteral("Chu Văn An")));
    }

    void previewOpensOnTheDocument()
    {
        DocumentsPage page;
        page.setDataProvider(&DocumentSamples::seed002Plan);
        page.show();
        int pages = -1;
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QPrintPreviewDialog *>(top);
                if (!dialog || !dialog->isVisible())
                    continue;
                seen = true;
                if (auto *view = dialog->findChild<QPrintPreviewWidget *>())
                    pages = view->pageCount();
                dialog->reject();
            }
        });
        QTest::mouseClick(child<QPushButton>(page, "previewButton"), Qt::LeftButton);
        QVERIFY(seen);
        QVERIFY2(pages >= 10, qPrintable(QString::number(pages)));
        // SDX_SCREENSHOT_DIR=docs/screenshots keeps a picture of the page for the documentation.
        if (qEnvironmentVariableIsSet("SDX_SCREENSHOT_DIR")) {
            page.resize(1180, 720);
            QVERIFY(page.grab().save(QDir(qEnvironmentVariable("SDX_SCREENSHOT_DIR")).filePath(QStringLiteral("documents-page.png"))));
        }
    }

    void metaAndBasesReachTheDocument()
    {
        DocumentsPage page;
        page.setDataProvider(&DocumentSamples::seed002Plan);
        child<QSpinBox>(page, "numberSpin")->setValue(5);
        child<QCheckBox>(page, "handDateCheck")->setChecked(true);
        QString all = text(page);
        QVERIFY(all.contains(QStringLiteral("Số: 05/KH-THCVA")));
        QVERIFY(all.contains(QStringLiteral("Đức An, ngày      tháng      năm 2022")));
        QVERIFY(all.contains(QStringLiteral("Căn cứ Thông tư số 28/2020/TT-BGDĐT")));
        QVERIFY(all.contains(QStringLiteral("Căn cứ Công văn số 1470/SGD&ĐT-VP"))); // the data's own căn cứ
        QAbstractItemModel *bases = child<QListView>(page, "basesView")->model();
        for (int row = 0; row < bases->rowCount(); ++row) {
            const QModelIndex index = bases->index(row, 0);
            if (index.data(Qt::UserRole + 1).toString() == QLatin1String("tt-28-2020"))
                QVERIFY(bases->setData(index, Qt::Unchecked, Qt::CheckStateRole));
            if (index.data(Qt::UserRole + 1).toString() == QLatin1String("qd-131-2022"))
                QVERIFY(bases->setData(index, Qt::Checked, Qt::CheckStateRole));
        }
        all = text(page);
        QVERIFY(!all.contains(QStringLiteral("Căn cứ Thông tư số 28/2020/TT-BGDĐT")));
        QVERIFY(all.contains(QStringLiteral("Căn cứ Quyết định số 4725/QĐ-BGDĐT")));
        // A newly checked basis is printed last: its line ends the căn cứ with a full stop.
        QVERIFY(all.contains(QStringLiteral("định hướng đến năm 2030”.")));
    }

    void editedTextIsKeptAndReset()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("page.sqlite")));
        QVERIFY2(db, qPrintable(db.message()));
        const auto year = YearRepository(*db.value()).create(QStringLiteral("2022-2023"));
        QVERIFY(year);
        {
            DocumentsPage page;
            page.setDataProvider(&DocumentSamples::seed002Plan);
            page.setStore(db.value().get(), year->id);
            selectSection(page, QStringLiteral("muc_dich"));
            QPlainTextEdit *editor = child<QPlainTextEdit>(page, "sectionEdit");
            QVERIFY(editor->toPlainText().startsWith(QStringLiteral("Nâng cao nhận thức")));
            QPushButton *reset = child<QPushButton>(page, "resetSectionButton");
            QVERIFY(!reset->isEnabled());
            editor->setPlainText(QStringLiteral("Mục đích riêng của trường năm nay."));
            QVERIFY(reset->isEnabled());
            QVERIFY(text(page).contains(QStringLiteral("Mục đích riêng của trường năm nay.")));
            page.setCurrentKind(DocumentKind::SemesterReport); // switching stores the plan's draft
        }
        QCOMPARE(NarrativeRepository(*db.value()).edits(year->id, DocumentKind::Plan)->value(QStringLiteral("muc_dich")),
                 QStringLiteral("Mục đích riêng của trường năm nay."));
        {
            DocumentsPage page;
            page.setDataProvider(&DocumentSamples::seed002Plan);
            page.setStore(db.value().get(), year->id);
            selectSection(page, QStringLiteral("muc_dich"));
            QPlainTextEdit *editor = child<QPlainTextEdit>(page, "sectionEdit");
            QCOMPARE(editor->toPlainText(), QStringLiteral("Mục đích riêng của trường năm nay."));
            QTest::mouseClick(child<QPushButton>(page, "resetSectionButton"), Qt::LeftButton);
            QVERIFY(editor->toPlainText().startsWith(QStringLiteral("Nâng cao nhận thức")));
            QVERIFY(child<QLabel>(page, "messageLabel")->text().contains(QStringLiteral("Đã khôi phục")));
            QVERIFY(NarrativeRepository(*db.value()).edits(year->id, DocumentKind::Plan)->isEmpty());
        }
    }

    void addingAnOwnBasisCitesIt()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("bases.sqlite")));
        QVERIFY(db);
        const auto year = YearRepository(*db.value()).create(QStringLiteral("2023-2024"));
        QVERIFY(year);
        DocumentsPage page;
        page.setStore(db.value().get(), year->id);
        bool okEnabledWhenEmpty = true;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<LegalBasisDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QPushButton *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
            okEnabledWhenEmpty = ok->isEnabled();
            dialog->findChild<QLineEdit *>(QStringLiteral("numberEdit"))->setText(QStringLiteral("2737/SGDĐT-VP"));
            dialog->findChild<QDateEdit *>(QStringLiteral("dateEdit"))->setDate(QDate(2023, 12, 5));
            dialog->findChild<QLineEdit *>(QStringLiteral("issuerEdit"))->setText(QStringLiteral("Sở Giáo dục và Đào tạo Quảng Ngãi"));
            dialog->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))->setText(QStringLiteral("về việc tiếp tục thực hiện các nội dung ứng dụng CNTT"));
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(page, "addBasisButton"), Qt::LeftButton);
        QVERIFY(!okEnabledWhenEmpty); // nothing typed yet: the dialog refuses
        QVERIFY(text(page).contains(QStringLiteral("Căn cứ Công văn số 2737/SGDĐT-VP ngày 05 tháng 12 năm 2023 của Sở Giáo dục và "
                                                   "Đào tạo Quảng Ngãi về việc tiếp tục thực hiện các nội dung ứng dụng CNTT.")));
        QCOMPARE(LegalBasisRepository(*db.value()).ownBases()->size(), 1);
    }

    void savingReportsWhereAndWhatWentWrong()
    {
        DocumentsPage page;
        page.setDataProvider(&DocumentSamples::seed002SemesterReport);
        page.setCurrentKind(DocumentKind::SemesterReport);
        const QString path = m_dir.filePath(QStringLiteral("sơ-kết.pdf"));
        QVERIFY(page.saveAs(ExportFormat::Pdf, path));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(child<QLabel>(page, "messageLabel")->text().contains(QStringLiteral("Đã lưu")));
        QVERIFY(page.saveAs(ExportFormat::Docx, m_dir.filePath(QStringLiteral("sơ-kết.docx"))));
        const QString blocker = m_dir.filePath(QStringLiteral("chặn"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Status failed = page.saveAs(ExportFormat::Odt, blocker + QStringLiteral("/x.odt"));
        QVERIFY(!failed);
        QCOMPARE(child<QLabel>(page, "messageLabel")->text(), failed.message());
    }
};

QTEST_MAIN(TestDocumentsPage)
#include "tst_documents_page.moc"
