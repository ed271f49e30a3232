#pragma once

#include "school/SchoolProfile.h"

#include <QAbstractTableModel>

namespace sdx::gui {

/// The staff in charge of IT and digital transformation, editable in a table.
class StaffTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Title, Phone, Email, ColumnCount };
    Q_ENUM(Column)

    explicit StaffTableModel(QObject *parent = nullptr);

    void setStaff(const QList<StaffContact> &staff);
    const QList<StaffContact> &staff() const { return m_staff; }
    void appendEmptyRow();
    void removeStaffRow(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    static QString *field(StaffContact &contact, int column);
    QList<StaffContact> m_staff;
};

} // namespace sdx::gui
