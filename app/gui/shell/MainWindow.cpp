#include "MainWindow.h"

#include "Language.h"
#include "NewYearDialog.h"
#include "common/Version.h"
#include "documents/DocumentInputAssembler.h"
#include "documents/DocumentSamples.h"
#include "documents/DocumentsPage.h"
#include "exchange/ExchangePage.h"
#include "exchange/YearLock.h"
#include "index/ChecklistPage.h"
#include "index/ResultsPage.h"
#include "inventory/InventoryPage.h"
#include "school/SchoolProfilePage.h"
#include "school/SchoolSession.h"
#include "store/Database.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>

namespace sdx::gui {
namespace {

/// The documents of the current year, printed from the school's real data; drafts kept per year.
QWidget *createDocumentsPage(SchoolSession *session, QWidget *parent)
{
    auto *page = new DocumentsPage(parent);
    page->setDataProvider([session] {
        const Expected<DocumentInput> input = DocumentInputAssembler::fromSession(*session);
        return input ? input.value() : DocumentSamples::emptySchool();
    });
    page->setStore(&session->database(), session->currentYear().id);
    QObject::connect(session, &SchoolSession::yearDataChanged, page, &DocumentsPage::refreshData);
    QObject::connect(session, &SchoolSession::profileChanged, page, &DocumentsPage::refreshData);
    QObject::connect(session, &SchoolSession::currentYearChanged, page, [page, session](const SchoolYear &year) {
        // The new year's data first, so its fresh drafts take its own defaults (căn cứ of that year).
        page->refreshData();
        page->setStore(&session->database(), year.id);
    });
    return page;
}

} // namespace

MainWindow::MainWindow(SchoolSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/schooldx.svg")));
    createAreas();
    createYearSwitcher();
    connectActions();
    connect(m_session, &SchoolSession::profileChanged, this, &MainWindow::refreshTitle);
    connect(m_session, &SchoolSession::yearsChanged, this, &MainWindow::refreshYears);
    connect(m_session, &SchoolSession::currentYearChanged, this, [this] {
        refreshYears();
        refreshTitle();
        refreshLockBanner();
    });
    connect(m_session, &SchoolSession::yearDataChanged, this, &MainWindow::refreshLockBanner);
    m_ui->statusbar->showMessage(tr("Dữ liệu: %1").arg(QDir::toNativeSeparators(m_session->databasePath())));
    refreshYears();
    refreshTitle();
    refreshLockBanner();
    showArea(Area::School);
}

MainWindow::~MainWindow() = default;

void MainWindow::createAreas()
{
    addArea(Area::School, tr("Trường"), QStringLiteral("school"), createPage(Area::School));
    addArea(Area::Inventory, tr("Kiểm kê"), QStringLiteral("inventory"), createPage(Area::Inventory));
    addArea(Area::Index, tr("Bộ chỉ số"), QStringLiteral("index"), createPage(Area::Index));
    addArea(Area::Results, tr("Kết quả"), QStringLiteral("results"), createPage(Area::Results));
    addArea(Area::Documents, tr("Văn bản"), QStringLiteral("documents"), createPage(Area::Documents));
    addArea(Area::Exchange, tr("Gửi/Nhận"), QStringLiteral("exchange"), createPage(Area::Exchange));
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_areas.size())
            return;
        m_ui->pages->setCurrentIndex(row);
        m_ui->areaTitle->setText(m_ui->navigation->item(row)->text());
    });
}

// The one place where each area's page is made.
QWidget *MainWindow::createPage(Area area)
{
    switch (area) {
    case Area::School:
        m_profilePage = new SchoolProfilePage(m_session, this);
        return m_profilePage;
    case Area::Inventory:
        return new InventoryPage(m_session, this);
    case Area::Index:
        return new ChecklistPage(m_session, this);
    case Area::Results:
        return new ResultsPage(m_session, this);
    case Area::Documents:
        return createDocumentsPage(m_session, this);
    case Area::Exchange:
        return new ExchangePage(m_session, this);
    }
    return nullptr;
}

void MainWindow::addArea(Area area, const QString &title, const QString &iconName, QWidget *page)
{
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title);
    item->setSizeHint(QSize(0, 44));
    m_ui->navigation->addItem(item);
    page->setObjectName(QStringLiteral("page-%1").arg(iconName));
    m_ui->pages->addWidget(page);
    m_areas.append(area);
}

void MainWindow::showArea(Area area)
{
    m_ui->navigation->setCurrentRow(int(m_areas.indexOf(area)));
}

QWidget *MainWindow::page(Area area) const
{
    return m_ui->pages->widget(int(m_areas.indexOf(area)));
}

void MainWindow::createYearSwitcher()
{
    auto *label = new QLabel(tr("Năm học: "), this);
    m_yearSwitcher = new QComboBox(this);
    m_yearSwitcher->setObjectName(QStringLiteral("yearSwitcher"));
    m_yearSwitcher->setMinimumContentsLength(11);
    m_ui->toolBar->addWidget(label);
    m_ui->toolBar->addWidget(m_yearSwitcher);
    m_ui->toolBar->addAction(m_ui->actionNewYear);
    connect(m_yearSwitcher, &QComboBox::activated, this, [this](int position) {
        const Status status = m_session->setCurrentYear(m_yearSwitcher->itemData(position).toLongLong());
        if (!status)
            QMessageBox::warning(this, tr("Không đổi được năm học"), status.message());
    });
}

void MainWindow::refreshYears()
{
    const QSignalBlocker blocker(m_yearSwitcher);
    m_yearSwitcher->clear();
    for (const SchoolYear &year : m_session->years()) {
        m_yearSwitcher->addItem(year.displayName(), year.id);
        if (year.id == m_session->currentYear().id)
            m_yearSwitcher->setCurrentIndex(m_yearSwitcher->count() - 1);
    }
}

void MainWindow::refreshTitle()
{
    const QString school = m_session->hasSchool() ? m_session->profile().name : tr("Chưa khai báo trường");
    const QString year = m_session->currentYear().id ? m_session->currentYear().displayName() : QString();
    setWindowTitle(year.isEmpty() ? tr("%1 — SchoolDX").arg(school)
                                  : tr("%1 — Năm học %2 — SchoolDX").arg(school, year));
}

// A finalised year is read-only everywhere (the database refuses writes); say so before the user tries.
void MainWindow::refreshLockBanner()
{
    const SchoolYear &year = m_session->currentYear();
    const Expected<YearState> state = year.id ? YearLock(m_session->database()).state(year.id) : Expected<YearState>(YearState());
    const bool locked = state && state->finalised;
    m_ui->lockBanner->setVisible(locked);
    if (locked)
        m_ui->lockBanner->setText(tr("Năm học %1 đã chốt số liệu (lần %2, %3): chỉ xem. Muốn sửa, hãy mở lại năm học ở mục Gửi/Nhận.")
                                      .arg(year.displayName())
                                      .arg(state->revision)
                                      .arg(QLocale().toString(state->finalisedAt.toLocalTime().date(), QLocale::ShortFormat)));
}

void MainWindow::connectActions()
{
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionNewYear, &QAction::triggered, this, &MainWindow::newYear);
    connect(m_ui->actionBackup, &QAction::triggered, this, &MainWindow::backupDatabase);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    auto *languages = new QActionGroup(this);
    languages->addAction(m_ui->actionVietnamese);
    languages->addAction(m_ui->actionEnglish);
    const bool english = Language::saved() == QLatin1String(Language::English);
    m_ui->actionEnglish->setChecked(english);
    m_ui->actionVietnamese->setChecked(!english);
    connect(m_ui->actionVietnamese, &QAction::triggered, this,
            [this] { chooseLanguage(QString::fromLatin1(Language::Vietnamese)); });
    connect(m_ui->actionEnglish, &QAction::triggered, this,
            [this] { chooseLanguage(QString::fromLatin1(Language::English)); });
}

void MainWindow::newYear()
{
    NewYearDialog dialog(m_session->years(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Expected<SchoolYear> year = m_session->createYear(dialog.yearName(), dialog.copyFromYearId());
    if (!year)
        QMessageBox::critical(this, tr("Không tạo được năm học"), year.message());
}

void MainWindow::backupDatabase()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        tr("SchoolDX-sao-luu-%1.sqlite").arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString target = QFileDialog::getSaveFileName(this, tr("Sao lưu dữ liệu"), suggested,
                                                        tr("Cơ sở dữ liệu SchoolDX (*.sqlite)"));
    if (target.isEmpty())
        return;
    const Status status = m_session->database().backupTo(target);
    if (status)
        QMessageBox::information(this, tr("Sao lưu dữ liệu"),
                                 tr("Đã sao lưu toàn bộ dữ liệu vào %1.").arg(QDir::toNativeSeparators(target)));
    else
        QMessageBox::critical(this, tr("Sao lưu dữ liệu"), status.message());
}

void MainWindow::chooseLanguage(const QString &language)
{
    if (language == Language::saved())
        return;
    Language::save(language);
    QMessageBox::information(this, tr("Ngôn ngữ"),
                             tr("Ngôn ngữ mới sẽ được dùng khi mở lại SchoolDX.\n"
                                "The new language will be used the next time SchoolDX starts."));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("Giới thiệu SchoolDX"),
        tr("<h3>SchoolDX %1</h3>"
           "<p>Hồ sơ chuyển đổi số trường học: kiểm kê, tự đánh giá theo Bộ chỉ số ban hành kèm theo "
           "Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ Giáo dục và Đào tạo, minh chứng, văn bản "
           "theo thể thức Nghị định 30/2020/NĐ-CP và tệp gửi cơ quan quản lý.</p>"
           "<p>Chạy hoàn toàn trên máy, không cần Internet.</p>"
           "<p>Dữ liệu: %2</p>")
            .arg(Version::text(), QDir::toNativeSeparators(m_session->databasePath()).toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_profilePage || !m_profilePage->hasUnsavedChanges()) {
        event->accept();
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Thay đổi chưa lưu"),
                                              tr("Hồ sơ nhà trường có thay đổi chưa lưu. Lưu trước khi đóng?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !m_profilePage->save()))
        event->ignore();
    else
        event->accept();
}

} // namespace sdx::gui
