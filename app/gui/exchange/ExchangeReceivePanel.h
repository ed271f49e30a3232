#pragma once

#include "exchange/ReceivedSummary.h"
#include "exchange/ReceivingImport.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QSortFilterProxyModel;
QT_END_NAMESPACE

namespace Ui {
class ExchangeReceivePanel;
}

namespace sdx {
class SchoolSession;
}

namespace sdx::gui {

class ImportEntriesModel;
class SummaryCharts;
class SummaryTableModel;

/**
 * "Nhận và tổng hợp": the receiving workspace of a commune office or a Sở — import many school files
 * (cancellable progress), the received / refused / superseded lists, the summary table (sortable,
 * filterable), the charts and statistics, the Excel output and a school's record read-only.
 */
class ExchangeReceivePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ExchangeReceivePanel(SchoolSession *session, QWidget *parent = nullptr);
    ~ExchangeReceivePanel() override;

    /// Imports files and folders with a progress dialog; returns the batch's report.
    ImportReport importPaths(const QStringList &paths);
    /// Writes the summaries (and the last batch's lists) to an Excel file.
    bool exportExcelTo(const QString &path);
    void refresh();

    const QList<ReceivedSummary> &summaries() const { return m_summaries; }
    QSortFilterProxyModel *summaryProxy() const { return m_proxy; }
    SummaryCharts *charts() const { return m_charts; }
    /// The summary of the year chosen in the cohort list (empty when nothing was received).
    ReceivedSummary currentSummary() const;

public slots:
    void importFiles();
    void importFolder();
    void exportExcel();
    /// "Báo cáo tổng hợp…": the official report of the year shown, in SummaryReportDialog.
    void openSummaryReport();
    void openSelectedRecord();
    void clearWorkspace();

private:
    void showCohort(int index);
    void showStatistics(const ReceivedSummary &summary);
    void refreshLists();

    std::unique_ptr<Ui::ExchangeReceivePanel> m_ui;
    SchoolSession *m_session;
    SummaryTableModel *m_summaryModel;
    QSortFilterProxyModel *m_proxy;
    ImportEntriesModel *m_accepted;
    ImportEntriesModel *m_rejected;
    ImportEntriesModel *m_superseded;
    SummaryCharts *m_charts;
    QList<ReceivedSummary> m_summaries;
    ImportReport m_lastReport;
};

} // namespace sdx::gui
