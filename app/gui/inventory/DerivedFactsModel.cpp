#include "DerivedFactsModel.h"

#include "InventoryController.h"

#include <QJsonObject>

#include <cmath>

namespace sdx {

DerivedFactsModel::DerivedFactsModel(InventoryController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    // Facts appear and disappear with any edit (a role answered, the last classroom removed).
    auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(controller, &InventoryController::structureChanged, this, reset);
    connect(controller, &InventoryController::dataRefreshed, this, reset);
}

int DerivedFactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_controller->overview().facts.size());
}

int DerivedFactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int DerivedFactsModel::rowOf(const QString &itemId) const
{
    const DerivedFacts &facts = m_controller->overview().facts;
    for (int i = 0; i < facts.size(); ++i) {
        if (facts.at(i).itemId == itemId)
            return i;
    }
    return -1;
}

QString DerivedFactsModel::valueText(const DerivedFact &fact)
{
    const QJsonValue &value = fact.value;
    if (value.isBool())
        return value.toBool() ? tr("Có") : tr("Không");
    if (value.isObject()) {
        const int count = value.toObject().value(QStringLiteral("count")).toInt();
        const int of = value.toObject().value(QStringLiteral("of")).toInt();
        return of > 0 ? tr("%1/%2 (%3%)").arg(count).arg(of).arg(std::lround(100.0 * count / of)) : QString();
    }
    if (fact.itemId == QLatin1String("1.7.2"))
        return tr("Mức %1").arg(value.toInt());
    return QString::number(value.toInt());
}

QString DerivedFactsModel::subject(const QString &itemId) const
{
    const InventoryCatalog &catalog = m_controller->catalog();
    for (const SoftwareRole &role : catalog.roles()) {
        if (role.item == itemId)
            return role.label;
    }
    for (const CatalogEntry &entry : catalog.modules() + catalog.lmsFunctions()) {
        if (entry.item == itemId)
            return entry.label;
    }
    for (const CountDefinition &count : catalog.counts()) {
        if (count.item == itemId)
            return count.label;
    }
    if (itemId == QLatin1String("1.5.1"))
        return tr("Thi, kiểm tra trên phòng máy tính");
    if (itemId == QLatin1String("1.5.2"))
        return tr("Phần mềm thi trao đổi kết quả với hệ thống quản trị");
    if (itemId == QLatin1String("1.7.1"))
        return tr("Phòng học có thiết bị trình chiếu và kết nối Internet");
    if (itemId == QLatin1String("1.7.2"))
        return tr("Mức độ đáp ứng yêu cầu dạy môn Tin học");
    if (itemId == QLatin1String("1.7.3"))
        return tr("Có phòng studio");
    return QString();
}

QVariant DerivedFactsModel::data(const QModelIndex &index, int role) const
{
    const DerivedFacts &facts = m_controller->overview().facts;
    if (!index.isValid() || index.row() >= facts.size() || index.column() >= ColumnCount)
        return QVariant();
    const DerivedFact &fact = facts.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Item: return fact.itemId;
        case Subject: return subject(fact.itemId);
        case Value: return valueText(fact);
        case Provenance: return fact.provenance;
        default: return QVariant();
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Provenance || index.column() == Subject))
        return data(index, Qt::DisplayRole);
    return QVariant();
}

QVariant DerivedFactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Item: return tr("Mục");
    case Subject: return tr("Nội dung");
    case Value: return tr("Giá trị");
    case Provenance: return tr("Nguồn");
    default: return QVariant();
    }
}

} // namespace sdx
