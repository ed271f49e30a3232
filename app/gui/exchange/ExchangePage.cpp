#include "ExchangePage.h"

#include "ExchangeReceivePanel.h"
#include "ExchangeSendPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace sdx::gui {

ExchangePage::ExchangePage(SchoolSession *session, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_send(new ExchangeSendPanel(session, this))
    , m_receive(new ExchangeReceivePanel(session, this))
{
    setObjectName(QStringLiteral("exchangePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(m_send, tr("Gửi lên"));
    m_tabs->addTab(m_receive, tr("Nhận và tổng hợp"));
    layout->addWidget(m_tabs);
}

} // namespace sdx::gui
