#include "DocumentTables.h"

#include "DocumentComposer.h"
#include "DocumentInput.h"
#include "DocumentSentences.h"
#include "DocumentText.h"

namespace sdx::DocumentTables {

using namespace doc;

namespace {

constexpr qreal kTableSize = 12;
constexpr qreal kScoringSize = 11;

TableCell cell(const QString &text, Align align = Align::Left, qreal size = kTableSize, bool bold = false,
               bool italic = false)
{
    TableCell result;
    result.paragraphs = cellParagraphs(text, align, size, bold, italic);
    return result;
}

TableCell headCell(const QString &text, qreal size = kTableSize, int rowSpan = 1, int colSpan = 1)
{
    TableCell result;
    result.paragraphs = {DocumentComposer::headCell(text, size)};
    result.rowSpan = rowSpan;
    result.colSpan = colSpan;
    result.verticalCenter = true;
    return result;
}

TableRow headRow(const QStringList &titles, qreal size = kTableSize)
{
    TableRow row;
    for (const QString &title : titles)
        row.cells << headCell(title, size);
    return row;
}

Table bordered(const QString &name, const QList<qreal> &widths)
{
    Table table;
    table.name = name;
    table.columnWidthsMm = widths;
    table.borders = true;
    table.paddingMm = 1.2;
    return table;
}

QString indicatorRatio(const Indicator &indicator)
{
    if (!indicator.isKnown())
        return QStringLiteral("Chưa có số liệu");
    return DocumentText::percent(indicator.count, indicator.total);
}

QString countText(int value)
{
    return value >= 0 ? QString::number(value) : QString();
}

} // namespace

QList<Paragraph> cellParagraphs(const QString &text, Align align, qreal sizePt, bool bold, bool italic)
{
    QList<Paragraph> paragraphs;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        paragraphs << DocumentComposer::cellText(line.trimmed(), align, sizePt, bold, italic);
    return paragraphs;
}

Table software(const DocumentSoftwareGroup &group, const QString &name)
{
    Table table = bordered(name, {68, 16, 16, 65});
    table.headerRows = 1;
    table.rows << headRow({QStringLiteral("Tên ứng dụng"), QStringLiteral("Có"), QStringLiteral("Không"),
                           QStringLiteral("Đường link (tên miền)")});
    for (const DocumentSoftwareRow &row : group.rows) {
        const QString used = row.inUse ? (row.usedText.trimmed().isEmpty() ? QStringLiteral("x") : row.usedText.trimmed())
                                       : QString();
        table.rows << TableRow{{cell(row.name), cell(used, Align::Center), cell(row.inUse ? QString() : QStringLiteral("x"), Align::Center),
                                cell(row.link, Align::Left, 11)}};
    }
    return table;
}

Table equipment(const QList<DocumentEquipmentRow> &rows)
{
    Table table = bordered(QStringLiteral("equipment"), {90, 45, 30});
    table.headerRows = 1;
    table.rows << headRow({QStringLiteral("Trang thiết bị CNTT và hạ tầng mạng"), QStringLiteral("Có"),
                           QStringLiteral("Không")});
    for (const DocumentEquipmentRow &row : rows) {
        table.rows << TableRow{{cell(row.name), cell(row.missing ? QString() : row.haveText, Align::Center),
                                cell(row.missing ? QStringLiteral("x") : QString(), Align::Center)}};
    }
    return table;
}

namespace {

/// A criterion and the item rows under it share the merged cells.
int itemsFollowing(const QList<ScoreRow> &rows, int index)
{
    int count = 0;
    for (int i = index + 1; i < rows.size() && rows.at(i).kind == ScoreRowKind::Item; ++i)
        ++count;
    return count;
}

QString evidenceText(const ScoreRow &row)
{
    QStringList parts;
    if (row.mandatory)
        parts << QStringLiteral("Điều kiện bắt buộc");
    if (!row.evidence.trimmed().isEmpty())
        parts << row.evidence.trimmed();
    return parts.join(QLatin1Char('\n'));
}

TableRow groupRow(const ScoreRow &row)
{
    const qreal s = kScoringSize;
    return TableRow{{cell(row.id.isEmpty() ? QString() : row.id + QLatin1Char('.'), Align::Center, s, true),
                     cell(row.wording, Align::Left, s, true), cell(row.maxPoints, Align::Center, s, true),
                     cell({}, Align::Left, s), cell({}, Align::Left, s),
                     cell(row.points, Align::Center, s, true), cell(row.levelText, Align::Center, s, true),
                     cell(evidenceText(row), Align::Left, s)}};
}

TableRow criterionRow(const ScoreRow &row, int span)
{
    const qreal s = kScoringSize;
    TableCell maximum = cell(row.maxPoints, Align::Center, s);
    TableCell thresholds = cell(row.thresholdsText, Align::Left, s);
    TableCell level = cell(row.levelText, Align::Center, s);
    TableCell evidence = cell(evidenceText(row), Align::Left, s);
    for (TableCell *merged : {&maximum, &thresholds, &level, &evidence})
        merged->rowSpan = span;
    return TableRow{{cell(row.id.isEmpty() ? QString() : row.id + QLatin1Char('.'), Align::Center, s),
                     cell(row.wording, Align::Left, s), maximum, cell(row.tierText, Align::Left, s, false, true),
                     thresholds, cell(row.points, Align::Center, s), level, evidence}};
}

TableRow itemRow(const ScoreRow &row)
{
    const qreal s = kScoringSize;
    return TableRow{{cell(row.id, Align::Center, s), cell(row.wording, Align::Left, s),
                     cell(row.tierText, Align::Left, s, false, true), cell(row.points, Align::Center, s)}};
}

} // namespace

Table scoring(const QList<ScoreRow> &rows)
{
    Table table = bordered(QStringLiteral("scoring"), {11, 41, 13, 25, 23, 12, 15, 25}); // "STT", "Điểm" whole at 11 pt bold
    table.paddingMm = 1.0;
    table.headerRows = 2;
    const qreal s = kScoringSize;
    table.rows << TableRow{{headCell(QStringLiteral("STT"), s, 2), headCell(QStringLiteral("Tiêu chí"), s, 2),
                            headCell(QStringLiteral("Điểm tối đa"), s, 2), headCell(QStringLiteral("Điểm thành phần"), s, 2),
                            headCell(QStringLiteral("Mức độ"), s, 2),
                            headCell(QStringLiteral("Đơn vị tự đánh giá, chấm điểm"), s, 1, 2),
                            headCell(QStringLiteral("Ghi chú, minh chứng"), s, 2)}};
    table.rows << TableRow{{headCell(QStringLiteral("Điểm"), s), headCell(QStringLiteral("Mức độ"), s)}};

    bool underCriterion = false;
    for (int i = 0; i < rows.size(); ++i) {
        const ScoreRow &row = rows.at(i);
        if (row.kind == ScoreRowKind::Group) {
            table.rows << groupRow(row);
            underCriterion = false;
        } else if (row.kind == ScoreRowKind::Criterion) {
            table.rows << criterionRow(row, 1 + itemsFollowing(rows, i));
            underCriterion = true;
        } else if (underCriterion) {
            table.rows << itemRow(row);
        } else {
            // An item with no criterion above it has no merged cells to sit under.
            table.rows << criterionRow(row, 1);
        }
    }
    return table;
}

Table groups(const QList<GroupResult> &groups)
{
    Table table = bordered(QStringLiteral("groups"), {12, 93, 25, 35});
    table.headerRows = 1;
    table.rows << headRow({QStringLiteral("STT"), QStringLiteral("Nhóm tiêu chí"), QStringLiteral("Điểm đạt"),
                           QStringLiteral("Mức độ")});
    for (const GroupResult &group : groups) {
        const QString level = group.level > 0 ? QStringLiteral("Mức độ %1").arg(group.level) : QString();
        table.rows << TableRow{{cell(group.id, Align::Center), cell(group.name),
                                cell(DocumentText::pointsOf(group.points, group.maxPoints), Align::Center),
                                cell(level, Align::Center)}};
    }
    return table;
}

Table mandatory(const QList<ScoreRow> &rows)
{
    Table table = bordered(QStringLiteral("mandatory"), {12, 88, 25, 40});
    table.headerRows = 1;
    table.rows << headRow({QStringLiteral("STT"), QStringLiteral("Điều kiện bắt buộc"), QStringLiteral("Kết quả"),
                           QStringLiteral("Minh chứng")});
    for (const ScoreRow &row : rows) {
        if (!row.mandatory)
            continue;
        table.rows << TableRow{{cell(row.id, Align::Center), cell(row.wording),
                                cell(row.mandatoryMet ? QStringLiteral("Đạt") : QStringLiteral("Chưa đạt"), Align::Center),
                                cell(row.evidence, Align::Left, 11)}};
    }
    return table;
}

Table indicators(const AuthorityIndicators &values)
{
    Table table = bordered(QStringLiteral("indicators"), {10, 85, 22, 22, 26});
    table.headerRows = 1;
    table.rows << headRow({QStringLiteral("TT"), QStringLiteral("Chỉ số"), QStringLiteral("Số lượng"),
                           QStringLiteral("Tổng số"), QStringLiteral("Tỷ lệ")});
    const QList<std::pair<QString, Indicator>> lines = {
        {QStringLiteral("Viên chức chuyên trách, kiêm nhiệm về chuyển đổi số"), values.itStaff},
        {QStringLiteral("Viên chức được bồi dưỡng, tập huấn về chuyển đổi số"), values.trainedStaff},
        {QStringLiteral("Máy tính được cài đặt phần mềm phòng, chống mã độc"), values.protectedComputers},
        {QStringLiteral("Giáo viên có đủ điều kiện (phương tiện, đường truyền, phần mềm) tham gia có hiệu quả "
                        "các hoạt động dạy trực tuyến"), values.equippedTeachers},
        {QStringLiteral("Học sinh có đủ điều kiện (phương tiện, đường truyền, phần mềm) tham gia có hiệu quả "
                        "các hoạt động học trực tuyến"), values.equippedStudents},
        {QStringLiteral("Học sinh sử dụng nền tảng học trực tuyến"), values.platformStudents},
    };
    for (int i = 0; i < lines.size(); ++i) {
        const Indicator &value = lines.at(i).second;
        table.rows << TableRow{{cell(QString::number(i + 1), Align::Center), cell(lines.at(i).first),
                                cell(value.isKnown() ? countText(value.count) : QString(), Align::Center),
                                cell(value.isKnown() ? countText(value.total) : QString(), Align::Center),
                                cell(indicatorRatio(value), Align::Center)}};
    }
    return table;
}

} // namespace sdx::DocumentTables
