#pragma once

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class InventoryStocktakeDialog;
}

namespace sdx {

class InventoryController;
class RepairTableModel;
class StocktakeCountsModel;

/**
 * The room-by-room stocktake: pick a room, confirm what was counted, mark units broken or
 * missing, move units to another room, close repairs. Each action is one core operation (one
 * transaction); the counts of a room are saved together when confirmed.
 */
class InventoryStocktakeDialog final : public QDialog
{
    Q_OBJECT

public:
    InventoryStocktakeDialog(InventoryController *controller, qint64 roomId, QWidget *parent = nullptr);
    ~InventoryStocktakeDialog() override;

    void selectRoom(qint64 roomId);
    StocktakeCountsModel *countsModel() const { return m_counts; }
    /// Saves the counts of the room as the draft holds them.
    bool confirmCounts();

private:
    void fillRooms(qint64 selectRoomId);
    void roomChosen(int index);
    qint64 selectedEquipment() const;
    void markBroken();
    void markMissing();
    void moveItems();
    void closeRepair();
    void report(bool ok, const QString &done);
    std::optional<int> askNumber(const QString &label, int minimum, int maximum, int value);
    std::optional<QString> askText(const QString &label);
    std::optional<int> askChoice(const QString &label, const QStringList &items);

    std::unique_ptr<Ui::InventoryStocktakeDialog> m_ui;
    InventoryController *m_controller;
    StocktakeCountsModel *m_counts;
    RepairTableModel *m_repairs;
    QString m_lastError;
};

} // namespace sdx
