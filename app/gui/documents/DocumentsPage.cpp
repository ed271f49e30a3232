#include "DocumentsPage.h"

#include "DocumentPrinting.h"
#include "LegalBasisDialog.h"
#include "LegalBasisListModel.h"
#include "NarrativeSectionListModel.h"
#include "ui_documentspage.h"

#include "documents/DocumentFactory.h"
#include "documents/DocumentSamples.h"
#include "documents/LegalBasisCatalogue.h"
#include "documents/LegalBasisRepository.h"
#include "documents/NarrativeDefaults.h"

#include <QDir>

#include <algorithm>

namespace sdx {

DocumentsPage::DocumentsPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DocumentsPage>())
    , m_bases(new LegalBasisListModel(this))
    , m_sections(new NarrativeSectionListModel(this))
    , m_data(DocumentSamples::emptySchool())
{
    m_ui->setupUi(this);
    for (DocumentKind kind : DocumentKinds::all())
        m_ui->kindCombo->addItem(DocumentKinds::displayName(kind), int(kind));
    const QList<std::pair<QString, QString>> authorities = {
        {tr("Ký trực tiếp"), QString()},
        {tr("KT. – ký thay"), QStringLiteral("KT.")},
        {tr("TM. – thay mặt"), QStringLiteral("TM.")},
        {tr("Q. – quyền"), QStringLiteral("Q.")},
        {tr("TL. – thừa lệnh"), QStringLiteral("TL.")},
        {tr("TUQ. – thừa ủy quyền"), QStringLiteral("TUQ.")}};
    for (const auto &[label, code] : authorities)
        m_ui->authorityCombo->addItem(label, code);
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->basesView->setModel(m_bases);
    m_ui->sectionsView->setModel(m_sections);
    m_ui->splitter->setStretchFactor(1, 1);
    connectWidgets();
    showKind(DocumentKind::Plan);
}

DocumentsPage::~DocumentsPage()
{
    persist();
}

void DocumentsPage::connectWidgets()
{
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updating || index < 0)
            return;
        persist();
        showKind(DocumentKind(m_ui->kindCombo->itemData(index).toInt()));
    });
    connect(m_ui->numberSpin, &QSpinBox::valueChanged, this, &DocumentsPage::takeMeta);
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, &DocumentsPage::takeMeta);
    connect(m_ui->handDateCheck, &QCheckBox::toggled, this, &DocumentsPage::takeMeta);
    connect(m_ui->authorityCombo, &QComboBox::currentIndexChanged, this, &DocumentsPage::takeMeta);
    connect(m_ui->signerTitleEdit, &QLineEdit::textEdited, this, &DocumentsPage::takeMeta);
    connect(m_ui->signerNameEdit, &QLineEdit::textEdited, this, &DocumentsPage::takeMeta);
    connect(m_bases, &LegalBasisListModel::selectionChanged, this, [this] {
        if (!m_updating)
            m_drafts[m_kind].basisKeys = m_bases->selectedKeys();
    });
    connect(m_ui->basisUpButton, &QPushButton::clicked, this, [this] { moveBasis(-1); });
    connect(m_ui->basisDownButton, &QPushButton::clicked, this, [this] { moveBasis(+1); });
    connect(m_ui->addBasisButton, &QPushButton::clicked, this, &DocumentsPage::addOwnBasis);
    connect(m_ui->sectionsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_updating && current.isValid())
                    showSection(m_sections->keyAt(current.row()));
            });
    connect(m_ui->sectionEdit, &QPlainTextEdit::textChanged, this, &DocumentsPage::takeSectionText);
    connect(m_ui->resetSectionButton, &QPushButton::clicked, this, &DocumentsPage::resetSection);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &DocumentsPage::preview);
    connect(m_ui->printButton, &QPushButton::clicked, this, &DocumentsPage::print);
    connect(m_ui->pdfButton, &QPushButton::clicked, this, &DocumentsPage::savePdf);
    connect(m_ui->docxButton, &QPushButton::clicked, this, &DocumentsPage::saveDocx);
    connect(m_ui->odtButton, &QPushButton::clicked, this, &DocumentsPage::saveOdt);
}

void DocumentsPage::setDataProvider(DataProvider provider)
{
    persist();
    m_provider = std::move(provider);
    m_data = m_provider ? m_provider() : DocumentSamples::emptySchool();
    m_drafts.clear(); // fresh drafts take the new school's defaults
    showKind(m_kind);
}

void DocumentsPage::setStore(Database *database, qint64 yearId)
{
    persist();
    m_database = database;
    m_yearId = yearId;
    m_ownBases.clear();
    if (m_database) {
        const auto own = LegalBasisRepository(*m_database).ownBases();
        if (own)
            m_ownBases = own.value();
        else
            showMessage(own.message(), true);
    }
    m_drafts.clear();
    showKind(m_kind);
}

void DocumentsPage::refreshData()
{
    m_data = m_provider ? m_provider() : DocumentSamples::emptySchool();
    showDraft();
}

DocumentKind DocumentsPage::currentKind() const
{
    return m_kind;
}

void DocumentsPage::setCurrentKind(DocumentKind kind)
{
    const int index = m_ui->kindCombo->findData(int(kind));
    if (index >= 0)
        m_ui->kindCombo->setCurrentIndex(index);
}

void DocumentsPage::showKind(DocumentKind kind)
{
    m_kind = kind;
    m_updating = true;
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(int(kind)));
    m_updating = false;
    loadDraft(kind);
    showDraft();
}

void DocumentsPage::loadDraft(DocumentKind kind)
{
    if (m_drafts.contains(kind))
        return;
    if (!m_database) {
        m_drafts.insert(kind, DocumentDraft::fresh(kind, m_data));
        return;
    }
    const auto stored = DocumentDraftStore(*m_database).load(m_yearId, kind, m_data);
    if (!stored)
        showMessage(stored.message(), true);
    m_drafts.insert(kind, stored ? stored.value() : DocumentDraft::fresh(kind, m_data));
}

QList<LegalBasis> DocumentsPage::availableBases() const
{
    const DocumentDraft &draft = m_drafts.value(m_kind);
    QList<LegalBasis> bases;
    for (const LegalBasisCatalogue::Entry &entry : LegalBasisCatalogue::builtIn().entries()) {
        if (LegalBasisCatalogue::applies(entry, m_data.school.levelCode, m_data.startYear())
            || draft.basisKeys.contains(entry.basis.key))
            bases << entry.basis;
    }
    bases += m_ownBases;
    for (const LegalBasis &given : m_data.bases) {
        const bool known = std::any_of(bases.cbegin(), bases.cend(), [&given](const LegalBasis &b) { return b.key == given.key; });
        if (!known)
            bases << given;
    }
    return bases;
}

void DocumentsPage::showDraft()
{
    const DocumentDraft &draft = m_drafts[m_kind];
    m_updating = true;
    m_ui->numberSpin->setValue(draft.meta.number);
    m_ui->handDateCheck->setChecked(!draft.meta.date.isValid());
    if (draft.meta.date.isValid())
        m_ui->dateEdit->setDate(draft.meta.date);
    m_ui->dateEdit->setEnabled(draft.meta.date.isValid());
    m_ui->authorityCombo->setCurrentIndex(std::max(0, m_ui->authorityCombo->findData(draft.meta.signingAuthority)));
    m_ui->signerTitleEdit->setText(draft.meta.signerTitle);
    m_ui->signerTitleEdit->setPlaceholderText(m_data.school.principalTitle);
    m_ui->signerNameEdit->setText(draft.meta.signerName);
    m_ui->signerNameEdit->setPlaceholderText(m_data.school.principalName);
    m_bases->setBases(availableBases(), draft.basisKeys);
    QSet<QString> edited;
    for (auto it = draft.edits.cbegin(); it != draft.edits.cend(); ++it)
        edited.insert(it.key());
    m_sections->setSections(NarrativeDefaults::builtIn().sections(m_kind), edited);
    m_updating = false;
    const int row = std::max(0, m_sections->rowOf(m_sectionKey));
    m_ui->sectionsView->setCurrentIndex(m_sections->index(row));
    showSection(m_sections->keyAt(row));
}

void DocumentsPage::showSection(const QString &key)
{
    m_sectionKey = key;
    const DocumentDraft &draft = m_drafts[m_kind];
    m_updating = true;
    m_ui->sectionEdit->setPlainText(key.isEmpty() ? QString() : draft.text(key, m_data));
    m_updating = false;
    m_ui->sectionEdit->setEnabled(!key.isEmpty());
    m_ui->resetSectionButton->setEnabled(draft.isEdited(key));
}

void DocumentsPage::takeMeta()
{
    if (m_updating)
        return;
    DocumentMeta &meta = m_drafts[m_kind].meta;
    meta.number = m_ui->numberSpin->value();
    const bool handWritten = m_ui->handDateCheck->isChecked();
    m_ui->dateEdit->setEnabled(!handWritten);
    meta.date = handWritten ? QDate() : m_ui->dateEdit->date();
    meta.signingAuthority = m_ui->authorityCombo->currentData().toString();
    meta.signerTitle = m_ui->signerTitleEdit->text().trimmed();
    meta.signerName = m_ui->signerNameEdit->text().trimmed();
}

void DocumentsPage::takeSectionText()
{
    if (m_updating || m_sectionKey.isEmpty())
        return;
    DocumentDraft &draft = m_drafts[m_kind];
    draft.setText(m_sectionKey, m_ui->sectionEdit->toPlainText(), m_data);
    m_sections->setEdited(m_sectionKey, draft.isEdited(m_sectionKey));
    m_ui->resetSectionButton->setEnabled(draft.isEdited(m_sectionKey));
}

void DocumentsPage::resetSection()
{
    if (m_sectionKey.isEmpty())
        return;
    m_drafts[m_kind].reset(m_sectionKey);
    m_sections->setEdited(m_sectionKey, false);
    showSection(m_sectionKey);
    if (const Status status = persist(); status)
        showMessage(tr("Đã khôi phục nội dung mặc định của phần “%1”.")
                        .arg(m_sections->data(m_sections->index(m_sections->rowOf(m_sectionKey))).toString()),
                    false);
}

void DocumentsPage::moveBasis(int delta)
{
    const int row = m_ui->basesView->currentIndex().row();
    if (m_bases->moveSelected(row, delta))
        m_ui->basesView->setCurrentIndex(m_bases->index(row + delta));
}

void DocumentsPage::addOwnBasis()
{
    LegalBasisDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    LegalBasis basis = dialog.basis();
    if (m_database) {
        const auto added = LegalBasisRepository(*m_database).addOwn(basis);
        if (!added) {
            showMessage(added.message(), true);
            return;
        }
        basis = added.value();
    } else {
        basis.key = QStringLiteral("own:session-%1").arg(++m_sessionBases);
    }
    m_ownBases << basis;
    // The new basis is cited by the document being prepared, after the others.
    m_drafts[m_kind].basisKeys << basis.key;
    m_bases->setBases(availableBases(), m_drafts[m_kind].basisKeys);
    showMessage(tr("Đã thêm căn cứ: %1.").arg(basis.shortName()), false);
}

Status DocumentsPage::persist()
{
    if (!m_database || !m_drafts.contains(m_kind))
        return Status::success();
    const Status status = DocumentDraftStore(*m_database).save(m_yearId, m_drafts.value(m_kind), m_data);
    if (!status)
        showMessage(status.message(), true);
    return status;
}

doc::Document DocumentsPage::currentDocument()
{
    loadDraft(m_kind);
    return DocumentFactory::build(m_kind, m_drafts.value(m_kind).apply(m_data, m_ownBases));
}

void DocumentsPage::preview()
{
    persist();
    DocumentPrinting::preview(this, currentDocument());
}

void DocumentsPage::print()
{
    persist();
    if (DocumentPrinting::print(this, currentDocument()))
        showMessage(tr("Đã gửi văn bản tới máy in."), false);
}

void DocumentsPage::savePdf()
{
    saveWithDialog(ExportFormat::Pdf);
}

void DocumentsPage::saveDocx()
{
    saveWithDialog(ExportFormat::Docx);
}

void DocumentsPage::saveOdt()
{
    saveWithDialog(ExportFormat::Odt);
}

void DocumentsPage::saveWithDialog(ExportFormat format)
{
    persist();
    const QString year = m_data.yearName.simplified().remove(QLatin1Char(' '));
    const QString name = DocumentKinds::code(m_kind) + (year.isEmpty() ? QString() : QLatin1Char('-') + year);
    const QString path = DocumentPrinting::askSavePath(this, format, name);
    if (!path.isEmpty())
        saveAs(format, path);
}

Status DocumentsPage::saveAs(ExportFormat format, const QString &path)
{
    DocumentExport::Report report;
    const Status status = DocumentExport::save(currentDocument(), format, path, &report);
    if (!status) {
        showMessage(status.message(), true);
        return status;
    }
    showMessage(DocumentPrinting::savedMessage(format, path, report), false);
    emit documentSaved(path);
    return status;
}

void DocumentsPage::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_ui->messageLabel->setText(text);
}

void DocumentsPage::hideEvent(QHideEvent *event)
{
    persist();
    QWidget::hideEvent(event);
}

} // namespace sdx
