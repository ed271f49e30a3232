#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class SchoolProfilePage;
}

namespace sdx {
class SchoolSession;
}

namespace sdx::gui {

/// "Trường": the school profile, edited in a form and saved explicitly.
class SchoolProfilePage final : public QWidget
{
    Q_OBJECT

public:
    explicit SchoolProfilePage(SchoolSession *session, QWidget *parent = nullptr);
    ~SchoolProfilePage() override;

    bool hasUnsavedChanges() const { return m_dirty; }
    bool save();
    void revert();

private:
    void setDirty(bool dirty);

    std::unique_ptr<Ui::SchoolProfilePage> m_ui;
    SchoolSession *m_session;
    bool m_dirty = false;
};

} // namespace sdx::gui
