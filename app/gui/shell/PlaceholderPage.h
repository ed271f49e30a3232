#pragma once

#include <QWidget>

namespace sdx::gui {

/// Stands for an area whose page is not in this build: says what the area will hold.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PlaceholderPage(const QString &purpose, QWidget *parent = nullptr);
};

} // namespace sdx::gui
