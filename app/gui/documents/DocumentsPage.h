#pragma once

#include "documents/DocumentDraft.h"
#include "documents/DocumentExport.h"
#include "documents/DocumentModel.h"

#include <QMap>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class DocumentsPage;
}

namespace sdx {

class Database;
class LegalBasisListModel;
class NarrativeSectionListModel;

/**
 * The official documents of the year: choose the document, its number, date and signer, the căn
 * cứ it cites, edit its texts (with "Khôi phục mặc định"), preview, print and save it as PDF,
 * Word or ODT. The school's data comes from a provider the application connects (inventory,
 * scoring, profile); without one the page shows an empty school. Choices and edited texts are
 * stored per year when a database is set.
 */
class DocumentsPage final : public QWidget
{
    Q_OBJECT

public:
    using DataProvider = std::function<DocumentInput()>;

    explicit DocumentsPage(QWidget *parent = nullptr);
    ~DocumentsPage() override;

    /// Where the school's data comes from; an empty provider means an empty school.
    void setDataProvider(DataProvider provider);
    /// Where choices and edits are kept; nullptr keeps them for this session only.
    void setStore(Database *database, qint64 yearId);

    DocumentKind currentKind() const;
    void setCurrentKind(DocumentKind kind);
    /// The document as it would be printed now.
    doc::Document currentDocument();
    /// Saves without asking for a file name (the buttons ask, then call this).
    Status saveAs(ExportFormat format, const QString &path);

public slots:
    void preview();
    void print();
    void savePdf();
    void saveDocx();
    void saveOdt();
    /// Reads the school's data again from the provider (after the inventory or scoring changed).
    void refreshData();

signals:
    void documentSaved(const QString &path);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void connectWidgets();
    void showKind(DocumentKind kind);
    void loadDraft(DocumentKind kind);
    void showDraft();
    void showSection(const QString &key);
    void takeMeta();
    void takeSectionText();
    void resetSection();
    void moveBasis(int delta);
    void addOwnBasis();
    Status persist();
    void saveWithDialog(ExportFormat format);
    void showMessage(const QString &text, bool error);
    QList<LegalBasis> availableBases() const;

    std::unique_ptr<Ui::DocumentsPage> m_ui;
    LegalBasisListModel *m_bases = nullptr;
    NarrativeSectionListModel *m_sections = nullptr;
    DataProvider m_provider;
    Database *m_database = nullptr;
    qint64 m_yearId = 0;
    DocumentInput m_data;
    QList<LegalBasis> m_ownBases;
    QMap<DocumentKind, DocumentDraft> m_drafts;
    int m_sessionBases = 0;  ///< own bases added without a database get keys "own:session-N"
    DocumentKind m_kind = DocumentKind::Plan;
    QString m_sectionKey;
    bool m_updating = false;
};

} // namespace sdx
