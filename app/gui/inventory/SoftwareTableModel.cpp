#include "SoftwareTableModel.h"

#include "InventoryController.h"
#include "InventoryItemRoles.h"

#include <QFont>
#include <QPalette>

namespace sdx {
namespace {

QStringList labelsOf(const QStringList &keys, const QList<CatalogEntry> &entries)
{
    QStringList labels;
    for (const QString &key : keys) {
        for (const CatalogEntry &entry : entries) {
            if (entry.key == key)
                labels.append(entry.label);
        }
    }
    return labels;
}

} // namespace

SoftwareTableModel::SoftwareTableModel(InventoryController *controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
{
    connect(controller, &InventoryController::structureChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(controller, &InventoryController::dataRefreshed, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

int SoftwareTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_controller->snapshot().software.size());
}

int SoftwareTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const SoftwareRow *SoftwareTableModel::rowAt(int row) const
{
    const QList<SoftwareRow> &rows = m_controller->snapshot().software;
    return row >= 0 && row < rows.size() ? &rows.at(row) : nullptr;
}

QString SoftwareTableModel::details(const SoftwareRow &row) const
{
    const InventoryCatalog &catalog = m_controller->catalog();
    QStringList parts;
    if (!row.modules.isEmpty())
        parts.append(tr("Phân hệ: %1").arg(labelsOf(row.modules, catalog.modules()).join(QStringLiteral("; "))));
    if (!row.functions.isEmpty())
        parts.append(tr("Chức năng: %1").arg(labelsOf(row.functions, catalog.lmsFunctions()).join(QStringLiteral("; "))));
    if (row.exchangesResults)
        parts.append(tr("Trao đổi kết quả với phần mềm quản trị"));
    const SoftwareRole *role = catalog.role(row.role);
    if (parts.isEmpty() && role && role->features != SoftwareRole::Features::None)
        parts.append(tr("(chưa khai báo)"));
    return parts.join(QStringLiteral(" · "));
}

QString SoftwareTableModel::key(const SoftwareRow &row, int column) const
{
    switch (column) {
    case Group: return SoftwareCodes::groupCode(row.group);
    case Role: return row.role;
    case Status: return SoftwareCodes::statusCode(row.status);
    case HowObtained: return SoftwareCodes::acquisitionCode(row.acquisition);
    default: return QString();
    }
}

QVariant SoftwareTableModel::display(const SoftwareRow &row, int column) const
{
    switch (column) {
    case Group: return SoftwareCodes::groupLabel(row.group);
    case Name: return row.name;
    case Role: {
        const SoftwareRole *role = m_controller->catalog().role(row.role);
        return role ? role->label : tr("(khác)");
    }
    case Status: return SoftwareCodes::statusLabel(row.status);
    case Product: return row.product;
    case Provider: return row.provider;
    case Link: return row.link;
    case HowObtained: return SoftwareCodes::acquisitionLabel(row.acquisition);
    case Quantity: return row.quantity;
    case Details: return details(row);
    case Note: return row.note;
    default: return QVariant();
    }
}

QVariant SoftwareTableModel::choices(int column, int role) const
{
    QStringList labels;
    QStringList keys;
    if (column == Group) {
        for (SoftwareGroup group : SoftwareCodes::groups()) {
            labels.append(SoftwareCodes::groupLabel(group));
            keys.append(SoftwareCodes::groupCode(group));
        }
    } else if (column == Role) {
        // The role, not the name, is what the index facts are derived from.
        labels.append(tr("(khác, không dùng cho Bộ chỉ số)"));
        keys.append(QString());
        for (const SoftwareRole &entry : m_controller->catalog().roles()) {
            labels.append(entry.item.isEmpty() ? entry.label : tr("%1 (chỉ số %2)").arg(entry.label, entry.item));
            keys.append(entry.key);
        }
    } else if (column == Status) {
        for (SoftwareStatus status : SoftwareCodes::statuses()) {
            labels.append(SoftwareCodes::statusLabel(status));
            keys.append(SoftwareCodes::statusCode(status));
        }
    } else if (column == HowObtained) {
        for (Acquisition acquisition : SoftwareCodes::acquisitions()) {
            labels.append(acquisition == Acquisition::Unknown ? tr("(không rõ)") : SoftwareCodes::acquisitionLabel(acquisition));
            keys.append(SoftwareCodes::acquisitionCode(acquisition));
        }
    } else {
        return QVariant();
    }
    return role == InventoryItemRoles::ChoiceLabelsRole ? labels : keys;
}

QVariant SoftwareTableModel::data(const QModelIndex &index, int role) const
{
    const SoftwareRow *row = rowAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Role)
            return tr("Loại ứng dụng theo danh mục: SchoolDX suy ra các chỉ số từ loại này, không từ tên.");
        return index.column() == Details || index.column() == Link || index.column() == Name ? display(*row, index.column())
                                                                                               : QVariant();
    case Qt::FontRole:
        if (index.column() == Status && !row->isKnown()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Status && row->status == SoftwareStatus::Missing)
            return QColor(0xb0, 0x3a, 0x2e);
        if (index.column() == Status && !row->isKnown())
            return QPalette().color(QPalette::PlaceholderText);
        return QVariant();
    case InventoryItemRoles::ChoiceLabelsRole:
    case InventoryItemRoles::ChoiceKeysRole:
        return choices(index.column(), role);
    case InventoryItemRoles::KeyRole:
        return key(*row, index.column());
    case InventoryItemRoles::IdRole:
        return row->id;
    default:
        return QVariant();
    }
}

QVariant SoftwareTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Group: return tr("Nhóm");
    case Name: return tr("Tên ứng dụng, dịch vụ");
    case Role: return tr("Thuộc loại");
    case Status: return tr("Trạng thái");
    case Product: return tr("Sản phẩm");
    case Provider: return tr("Nhà cung cấp");
    case Link: return tr("Đường link (tên miền)");
    case HowObtained: return tr("Hình thức");
    case Quantity: return tr("Số lượng");
    case Details: return tr("Phân hệ, chức năng");
    case Note: return tr("Ghi chú");
    default: return QVariant();
    }
}

Qt::ItemFlags SoftwareTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (index.column() != Details)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SoftwareTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const SoftwareRow *current = rowAt(index.row());
    if (!current || role != Qt::EditRole)
        return false;
    SoftwareRow row = *current;
    const QString text = value.toString();
    switch (index.column()) {
    case Group:
        if (!SoftwareCodes::groupFromCode(text, &row.group))
            return false;
        break;
    case Name: row.name = text.trimmed(); break;
    case Role: {
        if (!text.isEmpty() && !m_controller->catalog().role(text))
            return false;
        row.role = text;
        // Features that do not belong to the new role would be refused: drop them.
        const SoftwareRole *chosen = m_controller->catalog().role(text);
        const auto features = chosen ? chosen->features : SoftwareRole::Features::None;
        if (features != SoftwareRole::Features::Modules)
            row.modules.clear();
        if (features != SoftwareRole::Features::Functions)
            row.functions.clear();
        if (features != SoftwareRole::Features::Exchange)
            row.exchangesResults = false;
        break;
    }
    case Status:
        if (!SoftwareCodes::statusFromCode(text, &row.status))
            return false;
        break;
    case Product: row.product = text.trimmed(); break;
    case Provider: row.provider = text.trimmed(); break;
    case Link: row.link = text.trimmed(); break;
    case HowObtained:
        if (!SoftwareCodes::acquisitionFromCode(text, &row.acquisition))
            return false;
        break;
    case Quantity: {
        bool ok = false;
        row.quantity = value.toInt(&ok);
        if (!ok)
            return false;
        break;
    }
    case Note: row.note = text; break;
    default: return false;
    }
    if (row == *current)
        return true;
    return m_controller->saveSoftware(row).isOk();
}

} // namespace sdx
