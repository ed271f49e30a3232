// The receiving panel's "Báo cáo tổng hợp…": the authority profile dialog (validation, stored in the
// workspace) and the report dialog (authority shown, signer prefilled, number/date, saved as PDF/DOCX).
#include "../gui/GuiTestSupport.h"
#include "ExchangeTestSupport.h"
#include "SummaryReportSupport.h"

#include "exchange/AuthorityProfileDialog.h"
#include "exchange/AuthorityProfileRepository.h"
#include "exchange/ExchangeReceivePanel.h"
#include "exchange/ExchangeWriter.h"
#include "exchange/SummaryReportDialog.h"
#include "school/SchoolSession.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace sdx;
using namespace sdx::gui;

class TestSummaryReportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SchoolSession> m_session;

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

private slots:
    void initTestCase()
    {
        auto session = SchoolSession::open(m_dir.filePath(QStringLiteral("nhan.sqlite")));
        QVERIFY2(session, qPrintable(session.message()));
        m_session = std::move(session.value());
    }

    void profileDialogValidatesAndStores()
    {
        AuthorityProfileDialog dialog(&m_session->database());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.save());  // empty
        QVERIFY(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("tên cơ quan")));
        QVERIFY(!AuthorityProfileRepository(m_session->database()).load()->has_value());

        typeText(child<QLineEdit>(&dialog, "placeEdit"), QStringLiteral("Đức"));  // editing clears the old reason
        QVERIFY(child<QLabel>(&dialog, "messageLabel")->text().isEmpty());
        child<QLineEdit>(&dialog, "parentLineEdit")->setText(QStringLiteral("UBND TỈNH ĐẮK NÔNG"));
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("UBND XÃ ĐỨC AN"));
        child<QLineEdit>(&dialog, "sentenceNameEdit")->setText(QStringLiteral("Ủy ban nhân dân xã Đức An"));
        child<QLineEdit>(&dialog, "placeEdit")->setText(QStringLiteral("Đức An"));
        child<QLineEdit>(&dialog, "signEdit")->setText(QStringLiteral("UBND"));
        QCOMPARE(child<QLabel>(&dialog, "numberPreviewLabel")->text(), QStringLiteral("Số văn bản sẽ in: Số: 12/BC-UBND"));
        QComboBox *authority = child<QComboBox>(&dialog, "signingAuthorityCombo");
        authority->setCurrentIndex(authority->findData(QStringLiteral("KT.")));
        child<QLineEdit>(&dialog, "headTitleEdit")->setText(QStringLiteral("Chủ tịch"));
        child<QLineEdit>(&dialog, "signerTitleEdit")->setText(QStringLiteral("Phó Chủ tịch"));
        child<QLineEdit>(&dialog, "signerNameEdit")->setText(QStringLiteral("Nguyễn Văn Bình"));
        child<QPlainTextEdit>(&dialog, "recipientsEdit")
            ->setPlainText(QStringLiteral("Sở Giáo dục và Đào tạo (để b/c)\n\nCác trường trên địa bàn\n"));
        saveScreenshotIfAsked(&dialog, QStringLiteral("authority-profile-dialog"));
        QVERIFY(dialog.save());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto stored = AuthorityProfileRepository(m_session->database()).load();
        QVERIFY(stored && stored->has_value());
        QCOMPARE(stored->value(), test::communeProfile());

        AuthorityProfileDialog again(&m_session->database());
        QCOMPARE(again.profile(), test::communeProfile());
    }

    void panelOpensTheReportOfTheYearShown()
    {
        const QString inbox = m_dir.filePath(QStringLiteral("hop-thu"));
        QVERIFY(QDir().mkpath(inbox));
        for (const SummaryBuilder::Input &input : test::fourSchools())
            QVERIFY(ExchangeWriter::writeFile(input.document, QDir(inbox).filePath(input.document.school.code + QStringLiteral(".sdx"))));
        ExchangeReceivePanel panel(m_session.get());
        QPushButton *button = child<QPushButton>(&panel, "summaryReportButton");
        QVERIFY(!button->isEnabled());
        QCOMPARE(panel.importPaths({inbox}).accepted.size(), 4);
        QVERIFY(button->isEnabled());
        QCOMPARE(panel.currentSummary().schools.size(), 4);
        QCOMPARE(panel.currentSummary().schoolYear, QStringLiteral("2024-2025"));
    }

    void reportDialogFillsAndSaves()
    {
        const ReceivedSummary summary = SummaryBuilder::build(test::fourSchools(), &test::testScorer()).first();
        SummaryReportDialog dialog(&m_session->database(), summary, 1);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.hasAuthority());
        QVERIFY(child<QLabel>(&dialog, "authorityLabel")->text().contains(QStringLiteral("UBND XÃ ĐỨC AN")));
        QVERIFY(child<QLabel>(&dialog, "cohortLabel")->text().contains(QStringLiteral("4 cơ sở giáo dục")));
        QCOMPARE(child<QLineEdit>(&dialog, "signerNameEdit")->text(), QStringLiteral("Nguyễn Văn Bình"));
        QVERIFY(child<QPushButton>(&dialog, "pdfButton")->isEnabled());

        child<QSpinBox>(&dialog, "numberSpin")->setValue(15);
        child<QDateEdit>(&dialog, "dateEdit")->setDate(QDate(2025, 6, 2));
        // A different signer for this report only: the Chủ tịch signs himself.
        QComboBox *authority = child<QComboBox>(&dialog, "signingAuthorityCombo");
        authority->setCurrentIndex(authority->findData(QString()));
        child<QLineEdit>(&dialog, "signerTitleEdit")->clear();
        child<QLineEdit>(&dialog, "signerNameEdit")->setText(QStringLiteral("Lê Văn Chung"));
        const doc::Document document = dialog.document();
        const auto *header = std::get_if<doc::HeaderBlock>(&document.blocks.first());
        QCOMPARE(header->numberLine, QStringLiteral("Số: 15/BC-UBND"));
        QCOMPARE(header->placeDateLine, QStringLiteral("Đức An, ngày 02 tháng 6 năm 2025"));
        const auto *signature = std::get_if<doc::SignatureBlock>(&document.blocks.last());
        QCOMPARE(signature->titleLines, QStringList{QStringLiteral("CHỦ TỊCH")});
        QCOMPARE(signature->signerName, QStringLiteral("Lê Văn Chung"));
        QVERIFY(doc::plainText(document).contains(QStringLiteral("gửi lại: 1 tệp")));
        // The profile keeps the usual signer.
        QCOMPARE(AuthorityProfileRepository(m_session->database()).load()->value().signerName, QStringLiteral("Nguyễn Văn Bình"));

        child<QCheckBox>(&dialog, "blankDateCheck")->setChecked(true);
        QVERIFY(!child<QDateEdit>(&dialog, "dateEdit")->isEnabled());
        QVERIFY(dialog.input().date.isNull());

        const QString pdf = m_dir.filePath(QStringLiteral("bao-cao.pdf"));
        QVERIFY(dialog.saveAs(ExportFormat::Pdf, pdf));
        QVERIFY2(dialog.message().contains(QStringLiteral("trang")), qPrintable(dialog.message()));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(dialog.saveAs(ExportFormat::Docx, m_dir.filePath(QStringLiteral("bao-cao.docx"))));
        saveScreenshotIfAsked(&dialog, QStringLiteral("summary-report-dialog"));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("bao-cao.docx"))));
    }

    void withoutAProfileNothingIsPrinted()
    {
        auto other = Database::open(m_dir.filePath(QStringLiteral("trong.sqlite")));
        QVERIFY(other);
        const ReceivedSummary summary = SummaryBuilder::build(test::fourSchools(), &test::testScorer()).first();
        SummaryReportDialog dialog(other->get(), summary, 0);
        QVERIFY(!dialog.hasAuthority());
        QVERIFY(!child<QPushButton>(&dialog, "pdfButton")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "authorityLabel")->text().contains(QStringLiteral("Chưa có")));
        const QString pdf = m_dir.filePath(QStringLiteral("khong.pdf"));
        QVERIFY(!dialog.saveAs(ExportFormat::Pdf, pdf));
        QVERIFY(!QFile::exists(pdf));
        dialog.setAuthority(test::communeProfile());
        QVERIFY(child<QPushButton>(&dialog, "pdfButton")->isEnabled());
    }
};

QTEST_MAIN(TestSummaryReportDialog)
#include "tst_summary_report_dialog.moc"
