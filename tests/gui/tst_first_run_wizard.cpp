#include "GuiTestSupport.h"

#include "school/FirstRunWizard.h"
#include "school/FirstRunWizardPages.h"
#include "school/SchoolProfileForm.h"
#include "school/SchoolSession.h"
#include "shell/Language.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;
using namespace sdx::gui;

class TestFirstRunWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void type(QWidget *root, const char *name, const QString &text)
    {
        auto *edit = root->findChild<QLineEdit *>(QString::fromLatin1(name));
        QVERIFY2(edit, name);
        edit->clear();
        typeText(edit, text);
    }

private slots:
    void initTestCase()
    {
        Language::install(*qApp, QString::fromLatin1(Language::Vietnamese));
    }

    void createsProfileAndYear()
    {
        auto session = SchoolSession::open(m_dir.filePath(QStringLiteral("wizard.sqlite")));
        QVERIFY(session);
        FirstRunWizard wizard(session->get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(WelcomePageId));
        // Without a sample loader the sample is not offered.
        QVERIFY(!wizard.findChild<QRadioButton *>(QStringLiteral("sampleRadio"))->isVisible());
        saveScreenshotIfAsked(&wizard, QStringLiteral("wizard-welcome"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SchoolPageId));

        // The core's rules stop an incomplete profile, with the reason on the page.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SchoolPageId));
        auto *problems = wizard.findChild<QLabel *>(QStringLiteral("problemsLabel"));
        QVERIFY(problems->text().contains(QStringLiteral("Chưa nhập tên trường")));

        QWidget *page = wizard.currentPage();
        type(page, "nameEdit", QStringLiteral("Trường Tiểu học Chu Văn An"));
        type(page, "codeEdit", QStringLiteral("67000123"));
        type(page, "authorityEdit", QStringLiteral("UBND XÃ ĐỨC AN"));
        type(page, "placeEdit", QStringLiteral("Đức An"));
        type(page, "signEdit", QStringLiteral("thcva"));
        type(page, "principalEdit", QStringLiteral("Nguyễn Thị Hường"));
        saveScreenshotIfAsked(&wizard, QStringLiteral("wizard-school"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(YearPageId));
        type(wizard.currentPage(), "yearEdit", QStringLiteral("2022 - 2023"));
        wizard.accept();

        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY((*session)->hasSchool());
        QCOMPARE((*session)->profile().name, QStringLiteral("Trường Tiểu học Chu Văn An"));
        QCOMPARE((*session)->profile().authority, QStringLiteral("UBND XÃ ĐỨC AN"));
        QCOMPARE((*session)->profile().docSign, QStringLiteral("THCVA")); // printed in capitals
        QCOMPARE((*session)->currentYear().name, QStringLiteral("2022-2023"));
    }

    void badYearIsRefusedOnThePage()
    {
        auto session = SchoolSession::open(m_dir.filePath(QStringLiteral("wizard2.sqlite")));
        QVERIFY(session);
        FirstRunWizard wizard(session->get());
        wizard.show();
        WizardYearPage *page = wizard.yearPage();
        type(page, "yearEdit", QStringLiteral("2022-2024"));
        QVERIFY(!page->validatePage());
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("problemLabel"))->text().contains(QStringLiteral("không phải là năm học")));
    }

    void sampleChoiceUsesTheLoader()
    {
        auto session = SchoolSession::open(m_dir.filePath(QStringLiteral("wizard3.sqlite")));
        QVERIFY(session);
        bool called = false;
        FirstRunWizard wizard(session->get(), [&called](SchoolSession &) {
            called = true;
            return Status::success();
        });
        wizard.show();
        auto *sample = wizard.findChild<QRadioButton *>(QStringLiteral("sampleRadio"));
        QVERIFY(sample->isVisible());
        sample->setChecked(true);
        QCOMPARE(wizard.welcomePage()->nextId(), -1);
        wizard.accept();
        QVERIFY(called);
    }
};

QTEST_MAIN(TestFirstRunWizard)
#include "tst_first_run_wizard.moc"
