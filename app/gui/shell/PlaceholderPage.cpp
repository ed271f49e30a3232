#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sdx::gui {

PlaceholderPage::PlaceholderPage(const QString &purpose, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(purpose + QStringLiteral("\n\n") + tr("Phần này chưa có trong phiên bản này."), this);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
}

} // namespace sdx::gui
