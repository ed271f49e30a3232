#pragma once

#include "exchange/ExchangeDocument.h"
#include "exchange/ExchangeScorer.h"

#include <QDialog>

namespace sdx::gui {

/// A school's received record, read-only: profile, results per group and criterion, facts with
/// their provenance, evidence, indicators.
class ReceivedRecordDialog final : public QDialog
{
    Q_OBJECT

public:
    ReceivedRecordDialog(const ExchangeDocument &document, const IndexOutline &outline, QWidget *parent = nullptr);

    /// The HTML shown (for tests).
    QString html() const { return m_html; }

private:
    QString m_html;
};

/// Builds the record's HTML; a separate function so it can be tested without a window.
QString receivedRecordHtml(const ExchangeDocument &document, const IndexOutline &outline);

} // namespace sdx::gui
