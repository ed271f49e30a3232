#include "ImportPlanner.h"

#include "InventoryFieldCodec.h"
#include "InventoryValidator.h"
#include "TextKey.h"

#include <QCoreApplication>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::ImportPlanner)
};

QString softwareKey(SoftwareGroup group, const QString &name)
{
    return SoftwareCodes::groupCode(group) + QLatin1Char('|') + TextKey::nameKey(name);
}

QString equipmentKey(const QString &roomKey, const EquipmentItem &item)
{
    return roomKey + QLatin1Char('|') + item.category + QLatin1Char('|') + TextKey::nameKey(item.description)
           + QLatin1Char('|') + QString::number(item.yearAcquired);
}

/// Parses an integer cell into `target`; a problem names the column when it is not a number.
void readInt(const QHash<QString, QString> &values, const QString &field, const QString &label, int *target,
             QStringList *problems)
{
    if (!values.contains(field))
        return;
    const std::optional<int> parsed = InventoryFieldCodec::parseInt(values.value(field));
    if (parsed)
        *target = *parsed;
    else
        problems->append(Text::tr("%1 “%2” không phải số nguyên.").arg(label, values.value(field)));
}

} // namespace

ImportPlanner::ImportPlanner(const InventoryCatalog &catalog, const InventorySnapshot &existing)
    : m_catalog(catalog)
    , m_existing(existing)
{
    for (const Room &room : existing.rooms)
        m_existingRooms.insert(TextKey::nameKey(room.name), &room);
}

ImportPlan ImportPlanner::run(const ImportPreview &preview)
{
    m_plan = ImportPlan();
    m_spreadsheet = preview.spreadsheet;
    m_plan.issues = preview.issues;
    QList<const ImportSheet *> usable;
    for (const ImportSheet &sheet : preview.sheets) {
        if (checkSheet(sheet, preview.spreadsheet))
            usable.append(&sheet);
    }
    if (usable.isEmpty() && !m_plan.hasErrors())
        m_plan.issues.append({QString(), 0, Text::tr("Tệp không có bảng kiểm kê nào SchoolDX nhận ra: cần một dòng tiêu đề "
                                               "có ít nhất hai cột như “Tên phòng”, “Loại phòng” hoặc “Tên ứng dụng”, "
                                               "“Trạng thái” hoặc “Phòng”, “Loại thiết bị”, “Số lượng”."), true});
    for (InventoryKind kind : {InventoryKind::Rooms, InventoryKind::Software, InventoryKind::Equipment}) {
        for (const ImportSheet *sheet : std::as_const(usable)) {
            if (sheet->kind != kind)
                continue;
            switch (kind) {
            case InventoryKind::Rooms: planRooms(*sheet); break;
            case InventoryKind::Software: planSoftware(*sheet); break;
            case InventoryKind::Equipment: planEquipment(*sheet); break;
            }
        }
    }
    if (m_plan.rowsRead == 0 && !usable.isEmpty() && !m_plan.hasErrors())
        m_plan.issues.append({QString(), 0, Text::tr("Bảng không có dòng dữ liệu nào."), true});
    return m_plan;
}

QString ImportPlanner::sheetLabel(const ImportSheet &sheet) const
{
    return m_spreadsheet ? sheet.name : QString();
}

void ImportPlanner::report(const ImportSheet &sheet, int line, const QStringList &problems)
{
    for (const QString &problem : problems)
        m_plan.issues.append({sheetLabel(sheet), line, problem, true});
}

bool ImportPlanner::checkSheet(const ImportSheet &sheet, bool spreadsheet)
{
    for (const ImportIssue &issue : sheet.issues)
        m_plan.issues.append(issue);
    if (sheet.skipped)
        return false;
    if (!sheet.recognised) {
        if (spreadsheet && !sheet.rows.isEmpty())
            m_plan.issues.append({sheet.name, 0, Text::tr("không nhận ra bảng kiểm kê nào, trang này được bỏ qua."), false});
        return false;
    }
    bool usable = true;
    for (const MergedRange &merge : sheet.merges) {
        if (merge.lastRow < sheet.headerLine)
            continue;   // a title above the table
        if (merge.firstRow <= sheet.headerLine) {
            report(sheet, sheet.headerLine, {Text::tr("ô tiêu đề %1 được gộp (merge): hãy bỏ gộp ô để mỗi cột có một tiêu đề riêng.")
                                                 .arg(merge.reference)});
        } else {
            report(sheet, merge.firstRow, {Text::tr("ô %1 được gộp qua các dòng %2–%3: hãy bỏ gộp và ghi giá trị vào từng dòng.")
                                               .arg(merge.reference).arg(merge.firstRow).arg(merge.lastRow)});
        }
        usable = false;
    }
    QStringList seen;
    for (int column = 0; column < sheet.mapping.size(); ++column) {
        const QString &field = sheet.mapping.at(column);
        if (field.isEmpty())
            continue;
        if (seen.contains(field)) {
            report(sheet, sheet.headerLine, {Text::tr("hai cột cùng được gán là “%1”.").arg(sheet.headers.value(column))});
            usable = false;
        }
        seen.append(field);
    }
    for (const ImportColumn &column : m_catalog.columns(sheet.kind)) {
        if (column.required && !seen.contains(column.key)) {
            report(sheet, 0, {Text::tr("thiếu cột “%1” (bảng %2).").arg(column.header, InventoryKinds::displayName(sheet.kind).toLower())});
            usable = false;
        }
    }
    return usable;
}

ImportPlanner::Values ImportPlanner::values(const ImportSheet &sheet, const SheetRow &row) const
{
    Values result;
    for (int column = 0; column < sheet.mapping.size(); ++column) {
        const QString &field = sheet.mapping.at(column);
        const QString text = row.cells.value(column).trimmed();
        if (!field.isEmpty() && !text.isEmpty())
            result.insert(field, text);
    }
    return result;
}

void ImportPlanner::planRooms(const ImportSheet &sheet)
{
    QHash<QString, int> lines;
    for (const SheetRow &row : sheet.rows) {
        const Values v = values(sheet, row);
        if (v.isEmpty())
            continue;
        ++m_plan.rowsRead;
        QStringList problems;
        const QString name = v.value(QStringLiteral("name"));
        if (name.isEmpty()) {
            report(sheet, row.number, {Text::tr("thiếu tên phòng.")});
            continue;
        }
        const QString key = TextKey::nameKey(name);
        const Room *existing = m_existingRooms.value(key);
        Room room = existing ? *existing : Room();
        room.equipment.clear();
        room.name = name;
        if (v.contains(QStringLiteral("kind"))) {
            room.kind = m_catalog.matchRoomKind(v.value(QStringLiteral("kind")));
            if (room.kind.isEmpty())
                problems.append(Text::tr("loại phòng “%1” không có trong danh mục (ví dụ: Phòng học, Phòng tin học, Phòng đa năng, "
                                   "Phòng studio, Văn phòng, Thư viện).").arg(v.value(QStringLiteral("kind"))));
        } else if (!existing) {
            problems.append(Text::tr("thiếu loại phòng của phòng mới “%1”.").arg(name));
        }
        if (v.contains(QStringLiteral("internet"))) {
            const std::optional<bool> internet = InventoryFieldCodec::parseBool(v.value(QStringLiteral("internet")));
            if (internet)
                room.hasInternet = *internet;
            else
                problems.append(Text::tr("cột Kết nối Internet ghi “%1”: hãy ghi Có hoặc Không.").arg(v.value(QStringLiteral("internet"))));
        }
        if (v.contains(QStringLiteral("note")))
            room.note = v.value(QStringLiteral("note"));
        if (lines.contains(key))
            problems.append(Text::tr("phòng “%1” trùng với dòng %2.").arg(name).arg(lines.value(key)));
        if (problems.isEmpty())
            problems = InventoryValidator::checkRoom(room, m_catalog);
        if (!problems.isEmpty()) {
            report(sheet, row.number, problems);
            continue;
        }
        lines.insert(key, row.number);
        m_plannedRooms.insert(key);
        m_plan.rooms.append(room);
    }
}

bool ImportPlanner::parseSoftware(const Values &v, SoftwareRow *row, QStringList *problems) const
{
    const qsizetype before = problems->size();
    if (v.contains(QStringLiteral("status"))) {
        const std::optional<SoftwareStatus> status = InventoryFieldCodec::parseStatus(v.value(QStringLiteral("status")));
        if (status)
            row->status = *status;
        else
            problems->append(Text::tr("trạng thái “%1” không rõ: hãy ghi Đang dùng, Còn thiếu hoặc Không cần.").arg(v.value(QStringLiteral("status"))));
    }
    if (v.contains(QStringLiteral("acquisition"))) {
        const std::optional<Acquisition> acquisition = InventoryFieldCodec::parseAcquisition(v.value(QStringLiteral("acquisition")));
        if (acquisition)
            row->acquisition = *acquisition;
        else
            problems->append(Text::tr("hình thức “%1” không rõ: hãy ghi Tự xây dựng, Mua, Thuê hoặc Miễn phí.").arg(v.value(QStringLiteral("acquisition"))));
    }
    readInt(v, QStringLiteral("quantity"), Text::tr("Số lượng"), &row->quantity, problems);
    const QList<QPair<QString, QStringList *>> lists = {{QStringLiteral("modules"), &row->modules},
                                                         {QStringLiteral("functions"), &row->functions}};
    for (const auto &[field, target] : lists) {
        if (!v.contains(field))
            continue;
        target->clear();
        const bool modules = field == QLatin1String("modules");
        auto exact = [this, modules](const QString &item) {
            return !(modules ? m_catalog.matchModule(item, true) : m_catalog.matchFunction(item, true)).isEmpty();
        };
        for (const QString &item : InventoryFieldCodec::splitList(v.value(field), exact)) {
            const QString key = modules ? m_catalog.matchModule(item) : m_catalog.matchFunction(item);
            if (key.isEmpty())
                problems->append(modules ? Text::tr("phân hệ “%1” không có trong danh mục.").arg(item)
                                                                    : Text::tr("chức năng LMS “%1” không có trong danh mục.").arg(item));
            else if (!target->contains(key))
                target->append(key);
        }
    }
    if (v.contains(QStringLiteral("exchange"))) {
        const std::optional<bool> exchange = InventoryFieldCodec::parseBool(v.value(QStringLiteral("exchange")));
        if (exchange)
            row->exchangesResults = *exchange;
        else
            problems->append(Text::tr("cột Trao đổi kết quả ghi “%1”: hãy ghi Có hoặc Không.").arg(v.value(QStringLiteral("exchange"))));
    }
    const QList<QPair<QString, QString *>> texts = {{QStringLiteral("product"), &row->product},
                                                     {QStringLiteral("provider"), &row->provider},
                                                     {QStringLiteral("link"), &row->link},
                                                     {QStringLiteral("note"), &row->note}};
    for (const auto &[field, target] : texts) {
        if (v.contains(field))
            *target = v.value(field);
    }
    return problems->size() == before;
}

/// Finds the row this line updates (same group and name), or prepares a new one with its group
/// and role: given in the file, or else the role guessed from the name and that role's group.
bool ImportPlanner::resolveSoftware(const Values &v, SoftwareRow *row, QStringList *problems) const
{
    const QString name = v.value(QStringLiteral("name"));
    std::optional<SoftwareGroup> group;
    if (v.contains(QStringLiteral("group"))) {
        group = InventoryFieldCodec::parseGroup(v.value(QStringLiteral("group")));
        if (!group) {
            problems->append(Text::tr("nhóm “%1” không rõ: hãy ghi “Quản lý, điều hành” hoặc “Dạy học, kiểm tra đánh giá”.")
                                 .arg(v.value(QStringLiteral("group"))));
            return false;
        }
    }
    QString role;
    if (v.contains(QStringLiteral("role"))) {
        role = v.value(QStringLiteral("role"));
        if (!m_catalog.role(role)) {
            problems->append(Text::tr("vai trò “%1” không có trong danh mục.").arg(role));
            return false;
        }
    }
    const SoftwareRow *existing = nullptr;
    for (const SoftwareRow &candidate : m_existing.software) {
        if (TextKey::nameKey(candidate.name) == TextKey::nameKey(name) && (!group || candidate.group == *group)) {
            if (existing) {
                problems->append(Text::tr("“%1” có trong cả hai nhóm: hãy ghi cột Nhóm.").arg(name));
                return false;
            }
            existing = &candidate;
        }
    }
    if (existing) {
        *row = *existing;
    } else {
        *row = SoftwareRow();
        row->role = role.isEmpty() ? m_catalog.guessRole(name) : role;
        const SoftwareRole *catalogRole = m_catalog.role(row->role);
        if (!group && !catalogRole) {
            problems->append(Text::tr("thiếu nhóm của ứng dụng mới “%1”: hãy ghi cột Nhóm.").arg(name));
            return false;
        }
        row->group = group ? *group : catalogRole->group;
    }
    if (!role.isEmpty())
        row->role = role;
    row->name = name;
    return true;
}

void ImportPlanner::planSoftware(const ImportSheet &sheet)
{
    QHash<QString, int> lines;
    for (const SheetRow &line : sheet.rows) {
        const Values v = values(sheet, line);
        if (v.isEmpty())
            continue;
        ++m_plan.rowsRead;
        if (v.value(QStringLiteral("name")).isEmpty()) {
            report(sheet, line.number, {Text::tr("thiếu tên ứng dụng.")});
            continue;
        }
        SoftwareRow row;
        QStringList problems;
        if (!resolveSoftware(v, &row, &problems) || !parseSoftware(v, &row, &problems)) {
            report(sheet, line.number, problems);
            continue;
        }
        const QString key = softwareKey(row.group, row.name);
        if (lines.contains(key))
            problems.append(Text::tr("ứng dụng “%1” trùng với dòng %2.").arg(row.name).arg(lines.value(key)));
        problems += InventoryValidator::checkSoftware(row, m_catalog);
        if (!problems.isEmpty()) {
            report(sheet, line.number, problems);
            continue;
        }
        lines.insert(key, line.number);
        m_plan.software.append(row);
    }
}

QString ImportPlanner::categoryHint() const
{
    QStringList labels;
    for (const EquipmentCategory &category : m_catalog.categories())
        labels.append(category.label);
    return labels.mid(0, 8).join(QStringLiteral(", "));
}

const EquipmentItem *ImportPlanner::existingItem(const QString &roomKey, const EquipmentItem &key) const
{
    const Room *room = m_existingRooms.value(roomKey);
    if (!room)
        return nullptr;
    const QString wanted = equipmentKey(roomKey, key);
    for (const EquipmentItem &item : room->equipment) {
        if (equipmentKey(roomKey, item) == wanted)
            return &item;
    }
    return nullptr;
}

void ImportPlanner::parseEquipmentNumbers(const Values &v, const EquipmentItem &base, bool isNew, EquipmentItem *item,
                                          QStringList *problems) const
{
    const bool hasQuantity = v.contains(QStringLiteral("quantity"));
    const bool hasWorking = v.contains(QStringLiteral("working"));
    const bool hasBroken = v.contains(QStringLiteral("broken"));
    int working = base.working;
    int broken = base.broken();
    readInt(v, QStringLiteral("quantity"), Text::tr("Số lượng"), &item->quantity, problems);
    readInt(v, QStringLiteral("working"), Text::tr("Số đang hoạt động"), &working, problems);
    readInt(v, QStringLiteral("broken"), Text::tr("Số hỏng"), &broken, problems);
    readInt(v, QStringLiteral("protected"), Text::tr("Số máy có phần mềm phòng chống mã độc"), &item->protectedCount, problems);
    if (v.contains(QStringLiteral("speed"))) {
        const std::optional<double> speed = InventoryFieldCodec::parseNumber(v.value(QStringLiteral("speed")));
        if (speed)
            item->speedMbps = *speed;
        else
            problems->append(Text::tr("Tốc độ “%1” không phải số.").arg(v.value(QStringLiteral("speed"))));
    }
    if (isNew && !hasQuantity)
        problems->append(Text::tr("thiếu số lượng."));
    if (!problems->isEmpty())
        return;
    if (hasWorking && hasBroken) {
        if (working + broken != item->quantity)
            problems->append(Text::tr("đang hoạt động (%1) cộng hỏng (%2) khác số lượng (%3).").arg(working).arg(broken).arg(item->quantity));
        item->working = working;
    } else if (hasBroken) {
        if (broken > item->quantity || broken < 0)
            problems->append(Text::tr("số hỏng (%1) phải từ 0 đến số lượng (%2).").arg(broken).arg(item->quantity));
        item->working = item->quantity - broken;
    } else if (hasWorking) {
        item->working = working;
    } else if (isNew) {
        item->working = item->quantity;     // a new entry with no condition given is taken as working
    } else {
        item->working = qMin(base.working, item->quantity);
    }
}

void ImportPlanner::planEquipment(const ImportSheet &sheet)
{
    QHash<QString, int> lines;
    for (const SheetRow &line : sheet.rows) {
        const Values v = values(sheet, line);
        if (v.isEmpty())
            continue;
        ++m_plan.rowsRead;
        QStringList problems;
        const QString roomName = v.value(QStringLiteral("room"));
        const QString roomKey = TextKey::nameKey(roomName);
        if (roomName.isEmpty())
            problems.append(Text::tr("thiếu tên phòng."));
        else if (!m_existingRooms.contains(roomKey) && !m_plannedRooms.contains(roomKey))
            problems.append(Text::tr("phòng “%1” chưa có trong danh sách phòng: hãy thêm phòng (hoặc nhập bảng phòng) trước.").arg(roomName));
        EquipmentItem key;
        const QString categoryText = v.value(QStringLiteral("category"));
        key.category = m_catalog.matchCategory(categoryText);
        if (categoryText.isEmpty())
            problems.append(Text::tr("thiếu loại thiết bị."));
        else if (key.category.isEmpty())
            problems.append(Text::tr("loại thiết bị “%1” không có trong danh mục (ví dụ: %2…).").arg(categoryText, categoryHint()));
        key.description = v.value(QStringLiteral("description"));
        readInt(v, QStringLiteral("year"), Text::tr("Năm trang bị"), &key.yearAcquired, &problems);
        if (!problems.isEmpty()) {
            report(sheet, line.number, problems);
            continue;
        }
        const EquipmentItem *existing = existingItem(roomKey, key);
        EquipmentItem item = existing ? *existing : key;
        item.repairs.clear();
        parseEquipmentNumbers(v, existing ? *existing : key, existing == nullptr, &item, &problems);
        if (v.contains(QStringLiteral("provider")))
            item.provider = v.value(QStringLiteral("provider"));
        if (v.contains(QStringLiteral("note")))
            item.note = v.value(QStringLiteral("note"));
        const QString fullKey = equipmentKey(roomKey, item);
        if (lines.contains(fullKey))
            problems.append(Text::tr("trùng với dòng %1 (cùng phòng, loại, mô tả và năm trang bị).").arg(lines.value(fullKey)));
        if (problems.isEmpty())
            problems = InventoryValidator::checkEquipment(item, m_catalog);
        if (!problems.isEmpty()) {
            report(sheet, line.number, problems);
            continue;
        }
        lines.insert(fullKey, line.number);
        m_plan.equipment.append({roomKey, item});
    }
}

} // namespace sdx
