#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class ExchangeSendPanel;
}

namespace sdx {
class SchoolSession;
}

namespace sdx::gui {

class IndicatorsModel;
class RevisionHistoryModel;

/// "Gửi lên": the year's state, finalise/reopen, export the .sdx file, restore from one, and what
/// the school states besides the index (recipient, the authority's indicators).
class ExchangeSendPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ExchangeSendPanel(SchoolSession *session, QWidget *parent = nullptr);
    ~ExchangeSendPanel() override;

    void refresh();
    /// The last message shown to the user (for tests and the status bar).
    QString statusText() const;

public slots:
    void finalise();
    void reopen();
    void exportFile();
    void restoreFromFile();
    /// For tests and scripts: export to `path` without a dialog.
    bool exportTo(const QString &path);

private:
    void saveRecipient();
    void saveIndicators();
    void showStatus(const QString &message, bool error = false);
    qint64 yearId() const;
    QString actor() const;

    std::unique_ptr<Ui::ExchangeSendPanel> m_ui;
    SchoolSession *m_session;
    IndicatorsModel *m_indicators;
    RevisionHistoryModel *m_history;
};

} // namespace sdx::gui
