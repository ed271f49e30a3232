#include "InventoryKind.h"

#include <QCoreApplication>

namespace sdx::InventoryKinds {

QList<InventoryKind> all()
{
    return {InventoryKind::Software, InventoryKind::Rooms, InventoryKind::Equipment};
}

QString code(InventoryKind kind)
{
    switch (kind) {
    case InventoryKind::Software: return QStringLiteral("software");
    case InventoryKind::Rooms: return QStringLiteral("rooms");
    case InventoryKind::Equipment: return QStringLiteral("equipment");
    }
    return QString();
}

bool fromCode(const QString &text, InventoryKind *kind)
{
    for (InventoryKind candidate : all()) {
        if (code(candidate) == text) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString displayName(InventoryKind kind)
{
    switch (kind) {
    case InventoryKind::Software: return QCoreApplication::translate("sdx::Inventory", "Phần mềm và dịch vụ");
    case InventoryKind::Rooms: return QCoreApplication::translate("sdx::Inventory", "Phòng");
    case InventoryKind::Equipment: return QCoreApplication::translate("sdx::Inventory", "Thiết bị");
    }
    return QString();
}

QString sheetName(InventoryKind kind)
{
    switch (kind) {
    case InventoryKind::Software: return QCoreApplication::translate("sdx::Inventory", "Phần mềm");
    case InventoryKind::Rooms: return QCoreApplication::translate("sdx::Inventory", "Phòng");
    case InventoryKind::Equipment: return QCoreApplication::translate("sdx::Inventory", "Thiết bị");
    }
    return QString();
}

} // namespace sdx::InventoryKinds
