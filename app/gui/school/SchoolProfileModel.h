#pragma once

#include "school/SchoolProfile.h"

#include <QAbstractTableModel>

namespace sdx::gui {

/**
 * The school profile as a one-row model, so forms bind their fields with QDataWidgetMapper and
 * hold no copy of the data themselves. The IT staff list has its own model (StaffTableModel).
 */
class SchoolProfileModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Code,
        Level,          ///< EditRole: index into SchoolLevels::all(), for a combo box's currentIndex
        Authority,
        PlaceName,
        DocSign,
        PrincipalName,
        PrincipalTitle,
        Address,
        Phone,
        Email,
        Website,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit SchoolProfileModel(QObject *parent = nullptr);

    /// Fields only: the staff list in the given profile is kept as is and returned unchanged.
    void setProfile(const SchoolProfile &profile);
    const SchoolProfile &profile() const { return m_profile; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void edited();

private:
    QString *textField(int column);
    SchoolProfile m_profile;
};

} // namespace sdx::gui
