#include "DocumentSentences.h"

#include "DocumentInput.h"
#include "DocumentText.h"

#include <algorithm>

namespace sdx::DocumentSentences {

QString levelName(int level)
{
    switch (level) {
    case 1: return QStringLiteral("mức chưa đáp ứng");
    case 2: return QStringLiteral("mức đáp ứng cơ bản");
    case 3: return QStringLiteral("mức đáp ứng tốt");
    default: return {};
    }
}

int suggestedTargetLevel(int level)
{
    return level >= 1 && level < 2 ? 2 : 0;
}

namespace {

QString groupLevelName(const GroupResult &group, int level)
{
    if (level == group.level && !group.levelName.trimmed().isEmpty())
        return group.levelName.trimmed();
    return levelName(level);
}

} // namespace

QString groupResult(const GroupResult &group)
{
    const QString head = QStringLiteral("Nhóm tiêu chí “%1” đạt %2 điểm")
                             .arg(group.name, DocumentText::pointsOf(group.points, group.maxPoints));
    if (group.level <= 0)
        return head + QLatin1Char('.');
    return head + QStringLiteral(", mức độ %1 – %2 để thực hiện chuyển đổi số theo quy định.")
                      .arg(group.level)
                      .arg(groupLevelName(group, group.level));
}

QString groupTarget(const GroupResult &group)
{
    if (group.targetLevel <= 0)
        return {};
    return QStringLiteral("Đưa nhóm tiêu chí “%1” đạt mức %2 – %3 để thực hiện chuyển đổi số theo quy định.")
        .arg(group.name)
        .arg(group.targetLevel)
        .arg(levelName(group.targetLevel));
}

int inventoryCommitment(int missing)
{
    return missing <= 0 ? 0 : std::max(1, missing / 2);
}

QString inventoryTarget(const DocumentInventoryTotals &totals)
{
    QStringList parts;
    if (totals.softwareMissing > 0)
        parts << QStringLiteral("%1/%2 phần mềm và ứng dụng cần được trang bị nhưng còn thiếu")
                     .arg(DocumentText::twoDigits(inventoryCommitment(totals.softwareMissing)),
                          DocumentText::twoDigits(totals.softwareMissing));
    if (totals.equipmentMissing > 0)
        parts << QStringLiteral("%1/%2 trang thiết bị CNTT và hạ tầng còn thiếu cần bổ sung")
                     .arg(DocumentText::twoDigits(inventoryCommitment(totals.equipmentMissing)),
                          DocumentText::twoDigits(totals.equipmentMissing));
    if (parts.isEmpty())
        return {};
    return QStringLiteral("Bổ sung ít nhất ") + parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

QStringList totals(const DocumentInventoryTotals &totals)
{
    return {
        QStringLiteral("Tổng số phần mềm và ứng dụng đang sử dụng: %1").arg(DocumentText::twoDigits(totals.softwareInUse)),
        QStringLiteral("Tổng số phần mềm và ứng dụng cần được trang bị nhưng còn thiếu: %1")
            .arg(DocumentText::twoDigits(totals.softwareMissing)),
        QStringLiteral("Tổng số trang thiết bị CNTT và hạ tầng đã có: %1").arg(DocumentText::twoDigits(totals.equipmentHave)),
        QStringLiteral("Tổng số trang thiết bị CNTT và hạ tầng còn thiếu cần bổ sung: %1")
            .arg(DocumentText::twoDigits(totals.equipmentMissing)),
    };
}

QStringList targets(const DocumentInput &input)
{
    QStringList list;
    for (const GroupResult &group : input.assessment.groups) {
        const QString target = groupTarget(group);
        if (!target.isEmpty())
            list << target;
    }
    const QString inventory = inventoryTarget(input.inventory.totals);
    if (!inventory.isEmpty())
        list << inventory;
    for (const QString &improvement : input.assessment.improvements) {
        if (!improvement.trimmed().isEmpty())
            list << improvement.trimmed();
    }
    return list;
}

QString indexCitation(const DocumentInput &input)
{
    const QString given = input.assessment.indexCitation.trimmed();
    if (!given.isEmpty())
        return given;
    return QStringLiteral("Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo");
}

} // namespace sdx::DocumentSentences
