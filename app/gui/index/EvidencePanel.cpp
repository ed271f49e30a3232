#include "EvidencePanel.h"

#include "EvidenceEntryDialog.h"
#include "EvidenceKindDelegate.h"
#include "EvidenceModel.h"
#include "ui_checklistevidence.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QUrl>

namespace sdx {

EvidencePanel::EvidencePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EvidencePanel>())
    , m_model(new EvidenceModel(this))
    , m_checker(new LinkChecker(this))
{
    m_ui->setupUi(this);
    m_ui->evidenceTable->setModel(m_model);
    m_ui->evidenceTable->setItemDelegateForColumn(EvidenceModel::KindColumn, new EvidenceKindDelegate(this));
    m_ui->evidenceTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->evidenceTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->evidenceTable->verticalHeader()->hide();
    m_ui->evidenceTable->setColumnWidth(EvidenceModel::TitleColumn, 150);
    m_ui->evidenceTable->setColumnWidth(EvidenceModel::KindColumn, 90);
    m_ui->evidenceTable->setColumnWidth(EvidenceModel::LocationColumn, 260);
    m_ui->checkProgress->hide();
    m_ui->cancelCheckButton->hide();
    connect(m_ui->addButton, &QPushButton::clicked, this, [this]() { addEntry(EvidenceKind::Link); });
    connect(m_ui->addDocumentButton, &QPushButton::clicked, this, &EvidencePanel::addDocument);
    connect(m_ui->editButton, &QPushButton::clicked, this, &EvidencePanel::editSelected);
    connect(m_ui->addFileButton, &QPushButton::clicked, this, &EvidencePanel::chooseFile);
    connect(m_ui->openButton, &QPushButton::clicked, this, &EvidencePanel::openSelected);
    connect(m_ui->evidenceTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &EvidencePanel::updateButtons);
    m_ui->messageLabel->hide();
    connect(m_ui->removeButton, &QPushButton::clicked, this, &EvidencePanel::removeEntry);
    connect(m_ui->checkLinksButton, &QPushButton::clicked, this, &EvidencePanel::checkLinks);
    connect(m_ui->cancelCheckButton, &QPushButton::clicked, m_checker, &LinkChecker::cancel);
    connect(m_model, &EvidenceModel::entriesEdited, this, &EvidencePanel::entriesEdited);
    connect(m_model, &EvidenceModel::entriesEdited, this, &EvidencePanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EvidencePanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EvidencePanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EvidencePanel::updateButtons);
    connect(m_checker, &LinkChecker::progress, this, [this](int done, int total) {
        m_ui->checkProgress->setMaximum(qMax(1, total));
        m_ui->checkProgress->setValue(done);
        m_ui->checkProgress->setFormat(tr("%1/%2 liên kết").arg(done).arg(total));
    });
    connect(m_checker, &LinkChecker::entryChecked, this, [this](const LinkCheckResult &result) {
        m_model->setCheckResult(result.entryId, result.checkedOn, result.message);
        emit linkChecked(result);
    });
    connect(m_checker, &LinkChecker::finished, this, &EvidencePanel::onCheckFinished);
    updateButtons();
}

EvidencePanel::~EvidencePanel() = default;

void EvidencePanel::showItem(const QString &itemId, const QList<EvidenceEntry> &entries)
{
    if (m_checker->isRunning())
        m_checker->cancel();
    m_model->setEntries(itemId, entries);
    showMessage(QString(), false);
    m_ui->headingLabel->setText(itemId.isEmpty() ? tr("<b>Minh chứng</b>") : tr("<b>Minh chứng của mục %1</b>").arg(itemId));
    setEnabled(!itemId.isEmpty());
}

void EvidencePanel::showIssues(const QList<EvidenceIssue> &issues)
{
    QStringList lines;
    for (const EvidenceIssue &issue : issues) {
        const QString colour = issue.severity == EvidenceSeverity::Error ? QStringLiteral("#a01c1c")
                                                                         : QStringLiteral("#8a5a00");
        lines << QStringLiteral("<span style=\"color:%1\">• %2</span>").arg(colour, issue.message.toHtmlEscaped());
    }
    m_ui->issuesLabel->setText(lines.join(QStringLiteral("<br>")));
    m_ui->issuesLabel->setVisible(!lines.isEmpty());
}

void EvidencePanel::addEntry(EvidenceKind kind)
{
    const int row = m_model->addEntry(kind);
    if (row < 0)
        return;
    const QModelIndex cell = m_model->index(row, EvidenceModel::LocationColumn);
    m_ui->evidenceTable->setCurrentIndex(cell);
    m_ui->evidenceTable->edit(cell);
}

EvidenceEntryDialog *EvidencePanel::addDocument()
{
    if (m_model->itemId().isEmpty())
        return nullptr;
    auto *dialog = new EvidenceEntryDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    EvidenceEntry entry;
    entry.itemId = m_model->itemId();
    entry.kind = EvidenceKind::Document;
    dialog->setEntry(entry);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const int row = m_model->appendEntry(dialog->entry());
        m_ui->evidenceTable->setCurrentIndex(m_model->index(row, EvidenceModel::TitleColumn));
    });
    dialog->open();
    return dialog;
}

EvidenceEntryDialog *EvidencePanel::editSelected()
{
    const QModelIndex current = m_ui->evidenceTable->currentIndex();
    if (!current.isValid() || current.row() >= m_model->entries().size())
        return nullptr;
    auto *dialog = new EvidenceEntryDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEntry(m_model->entries().at(current.row()));
    // The dialog is window-modal: the list cannot change under it, so the row stays right.
    const int row = current.row();
    connect(dialog, &QDialog::accepted, this, [this, dialog, row]() { m_model->replaceEntry(row, dialog->entry()); });
    dialog->open();
    return dialog;
}

void EvidencePanel::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Chọn tệp minh chứng"));
    if (!path.isEmpty())
        addFile(path);
}

void EvidencePanel::addFile(const QString &path)
{
    const int row = m_model->addEntry(EvidenceKind::File);
    if (row < 0)
        return;
    // The file's name is a reasonable first title; the user can rename it in the table.
    m_model->setData(m_model->index(row, EvidenceModel::TitleColumn), QFileInfo(path).completeBaseName());
    m_model->setData(m_model->index(row, EvidenceModel::LocationColumn), QDir::toNativeSeparators(path));
    m_ui->evidenceTable->setCurrentIndex(m_model->index(row, EvidenceModel::TitleColumn));
}

bool EvidencePanel::openSelected()
{
    const QModelIndex current = m_ui->evidenceTable->currentIndex();
    if (!current.isValid() || current.row() >= m_model->entries().size())
        return false;
    const EvidenceEntry &entry = m_model->entries().at(current.row());
    QUrl url;
    if (entry.kind == EvidenceKind::Link) {
        url = QUrl(entry.location, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            showMessage(tr("\"%1\" không phải đường link http/https, không mở được.").arg(entry.location), true);
            return false;
        }
    } else if (entry.kind == EvidenceKind::File) {
        if (!QFileInfo::exists(entry.location)) {
            showMessage(tr("Không tìm thấy tệp \"%1\" trên máy này.").arg(entry.location), true);
            return false;
        }
        url = QUrl::fromLocalFile(QDir::fromNativeSeparators(entry.location));
    } else {
        showMessage(tr("Minh chứng là văn bản giấy: không có gì để mở; hãy ghi số hiệu và nơi lưu."), true);
        return false;
    }
    if (!QDesktopServices::openUrl(url)) {
        showMessage(tr("Không mở được \"%1\".").arg(entry.location), true);
        return false;
    }
    showMessage(QString(), false);
    return true;
}

void EvidencePanel::showMessage(const QString &message, bool error)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #a01c1c;") : QString());
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

void EvidencePanel::removeEntry()
{
    const QModelIndex current = m_ui->evidenceTable->currentIndex();
    if (current.isValid())
        m_model->removeEntry(current.row());
}

void EvidencePanel::checkLinks()
{
    m_ui->checkProgress->show();
    m_ui->cancelCheckButton->show();
    m_ui->checkLinksButton->setEnabled(false);
    m_checker->start(m_model->entries());
}

void EvidencePanel::onCheckFinished(const QList<LinkCheckResult> &results, bool cancelled)
{
    m_ui->cancelCheckButton->hide();
    m_ui->checkLinksButton->setEnabled(true);
    int reachable = 0;
    for (const LinkCheckResult &result : results)
        reachable += result.reachable ? 1 : 0;
    m_ui->checkProgress->setFormat(cancelled ? tr("Đã dừng: %1/%2 liên kết truy cập được").arg(reachable).arg(results.size())
                                             : tr("%1/%2 liên kết truy cập được").arg(reachable).arg(results.size()));
    updateButtons();
}

void EvidencePanel::updateButtons()
{
    bool hasLink = false;
    for (const EvidenceEntry &entry : m_model->entries())
        hasLink = hasLink || (entry.kind == EvidenceKind::Link && !entry.location.isEmpty());
    const QModelIndex current = m_ui->evidenceTable->currentIndex();
    const bool selected = current.isValid() && current.row() < m_model->rowCount();
    m_ui->removeButton->setEnabled(m_model->rowCount() > 0);
    m_ui->editButton->setEnabled(selected);
    m_ui->openButton->setEnabled(selected
                                 && m_model->entries().at(current.row()).kind != EvidenceKind::Document
                                 && !m_model->entries().at(current.row()).location.isEmpty());
    m_ui->checkLinksButton->setEnabled(hasLink && !m_checker->isRunning());
}

} // namespace sdx
