#pragma once

#include "index/Evidence.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EvidenceEntryDialog;
}

namespace sdx {

/**
 * One piece of evidence in full: a link, an official document written as its parts (loại, số,
 * ký hiệu, ngày, nơi ban hành → "Quyết định số 11/QĐ-CVA ngày 15/02/2023") or a file, with notes.
 * The problems the evidence checker would list are shown while typing; saving is still allowed, as
 * in the table, so a school can come back to an entry later.
 */
class EvidenceEntryDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit EvidenceEntryDialog(QWidget *parent = nullptr);
    ~EvidenceEntryDialog() override;

    void setEntry(const EvidenceEntry &entry);
    /// The entry as edited (id, item and last check kept from setEntry).
    EvidenceEntry entry() const;

private:
    void showKind();
    void showDocument(const QString &location);
    QString documentText() const;
    void chooseFile();
    void updateProblems();

    std::unique_ptr<Ui::EvidenceEntryDialog> m_ui;
    EvidenceEntry m_entry;
    /// A stored reference that does not read as "<loại> số <số>/<ký hiệu>": kept as typed until edited.
    QString m_unparsedReference;
};

} // namespace sdx
