#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QTabWidget;
QT_END_NAMESPACE

namespace sdx {
class SchoolSession;
}

namespace sdx::gui {

class ExchangeReceivePanel;
class ExchangeSendPanel;

/// "Trao đổi": the school sends its finalised year upward ("Gửi lên"); a commune office or a Sở
/// receives and summarises its schools' files ("Nhận và tổng hợp").
class ExchangePage final : public QWidget
{
    Q_OBJECT

public:
    explicit ExchangePage(SchoolSession *session, QWidget *parent = nullptr);

    ExchangeSendPanel *sendPanel() const { return m_send; }
    ExchangeReceivePanel *receivePanel() const { return m_receive; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    ExchangeSendPanel *m_send;
    ExchangeReceivePanel *m_receive;
};

} // namespace sdx::gui
