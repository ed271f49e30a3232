#include "shell/Language.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QWizard>

using namespace sdx::gui;

/// Debian has no qtbase_vi.qm: these strings come from SchoolDX's own translations/qtbase_vi.ts.
class TestVietnameseQtStrings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Language::install(*qApp, QString::fromLatin1(Language::Vietnamese));
    }

    void messageBoxButtonsAreVietnamese()
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        QCOMPARE(box.button(QMessageBox::Save)->text(), QStringLiteral("Lưu"));
        QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Hủy"));
        QVERIFY(box.button(QMessageBox::Discard)->text() != QStringLiteral("Discard"));
        QMessageBox yesNo(QMessageBox::Question, QStringLiteral("?"), QStringLiteral("?"),
                          QMessageBox::Yes | QMessageBox::No);
        QCOMPARE(yesNo.button(QMessageBox::Yes)->text(), QStringLiteral("&Có"));
        QCOMPARE(yesNo.button(QMessageBox::No)->text(), QStringLiteral("&Không"));
    }

    void dialogButtonBoxIsVietnamese()
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Đóng"));
    }

    void wizardButtonsAreVietnamese()
    {
        QWizard wizard;
        wizard.setWizardStyle(QWizard::ClassicStyle);
        QCOMPARE(wizard.buttonText(QWizard::NextButton), QStringLiteral("&Tiếp >"));
        QCOMPARE(wizard.buttonText(QWizard::BackButton), QStringLiteral("< &Quay lại"));
        QCOMPARE(wizard.buttonText(QWizard::FinishButton), QStringLiteral("&Hoàn tất"));
    }
};

QTEST_MAIN(TestVietnameseQtStrings)
#include "tst_vietnamese_qt_strings.moc"
