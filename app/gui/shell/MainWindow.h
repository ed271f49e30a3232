#pragma once

#include <QMainWindow>

#include <memory>

class QComboBox;

namespace Ui {
class MainWindow;
}

namespace sdx {
class SchoolSession;
}

namespace sdx::gui {

class SchoolProfilePage;

/**
 * The shell: a navigation of the work areas on the left, the area's page on the right, the school
 * year being worked on in the tool bar. Pages receive the session and do their own work.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class Area { School, Inventory, Index, Results, Documents, Exchange };
    Q_ENUM(Area)

    explicit MainWindow(SchoolSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showArea(Area area);
    QWidget *page(Area area) const;
    QComboBox *yearSwitcher() const { return m_yearSwitcher; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createAreas();
    void addArea(Area area, const QString &title, const QString &iconName, QWidget *page);
    QWidget *createPage(Area area);
    void createYearSwitcher();
    void refreshYears();
    void refreshTitle();
    void refreshLockBanner();
    void connectActions();
    void newYear();
    void backupDatabase();
    void chooseLanguage(const QString &language);
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    SchoolSession *m_session;
    QComboBox *m_yearSwitcher = nullptr;
    SchoolProfilePage *m_profilePage = nullptr;
    QList<Area> m_areas;
};

} // namespace sdx::gui
