#include "InventoryAnnexBuilder.h"

#include "DocumentComposer.h"
#include "DocumentKind.h"
#include "DocumentSentences.h"
#include "DocumentTables.h"
#include "DocumentText.h"

namespace sdx {

using namespace doc;

namespace {

constexpr DocumentKind kKind = DocumentKind::InventoryAnnex;
constexpr qreal kCellSize = 12;

TableCell cell(const QString &text, Align align = Align::Left)
{
    TableCell result;
    result.paragraphs = DocumentTables::cellParagraphs(text, align, kCellSize);
    return result;
}

TableRow headRow(const QStringList &titles)
{
    TableRow row;
    for (const QString &title : titles) {
        TableCell head;
        head.paragraphs = {DocumentComposer::headCell(title, kCellSize)};
        head.verticalCenter = true;
        row.cells << head;
    }
    return row;
}

Table bordered(const QString &name, const QList<qreal> &widths)
{
    Table table;
    table.name = name;
    table.columnWidthsMm = widths;
    table.headerRows = 1;
    table.paddingMm = 1.2;
    return table;
}

/// 165 mm: the text width of a portrait A4 page in the layout of Nghị định 30/2020.
Table roomTable(const QList<InventoryAnnexRoom> &rooms)
{
    Table table = bordered(QStringLiteral("annex-rooms"), {12, 29, 26, 18, 80});
    table.rows << headRow({QStringLiteral("STT"), QStringLiteral("Tên phòng"), QStringLiteral("Loại phòng"),
                           QStringLiteral("Internet"), QStringLiteral("Trang thiết bị CNTT")});
    for (int i = 0; i < rooms.size(); ++i) {
        const InventoryAnnexRoom &room = rooms.at(i);
        table.rows << TableRow{{cell(QString::number(i + 1), Align::Center), cell(room.name), cell(room.kindLabel),
                                cell(room.internet ? QStringLiteral("Có") : QStringLiteral("Không"), Align::Center),
                                cell(room.equipment.isEmpty() ? QStringLiteral("Không có")
                                                              : room.equipment.join(QLatin1Char('\n')))}};
    }
    return table;
}

QString protectedText(const InventoryAnnexCategory &category)
{
    return category.protectedCount >= 0 ? QString::number(category.protectedCount) : QStringLiteral("–");
}

Table categoryTable(const QList<InventoryAnnexCategory> &categories)
{
    Table table = bordered(QStringLiteral("annex-categories"), {12, 53, 22, 26, 20, 32});
    table.rows << headRow({QStringLiteral("STT"), QStringLiteral("Loại trang thiết bị"), QStringLiteral("Tổng số"),
                           QStringLiteral("Đang hoạt động"), QStringLiteral("Hỏng"),
                           QStringLiteral("Có phần mềm phòng, chống mã độc")});
    for (int i = 0; i < categories.size(); ++i) {
        const InventoryAnnexCategory &category = categories.at(i);
        table.rows << TableRow{{cell(QString::number(i + 1), Align::Center), cell(category.label),
                                cell(QString::number(category.total), Align::Center),
                                cell(QString::number(category.working), Align::Center),
                                cell(QString::number(category.broken), Align::Center),
                                cell(protectedText(category), Align::Center)}};
    }
    return table;
}

/// The composer's header and signature read a DocumentInput.
DocumentInput frame(const InventoryAnnexInput &in)
{
    DocumentInput input;
    input.school = in.school;
    input.yearName = in.yearName;
    input.meta = in.meta;
    return input;
}

int roomsWithInternet(const QList<InventoryAnnexRoom> &rooms)
{
    int count = 0;
    for (const InventoryAnnexRoom &room : rooms)
        count += room.internet ? 1 : 0;
    return count;
}

} // namespace

InventoryAnnexBuilder::InventoryAnnexBuilder(InventoryAnnexInput input)
    : m_input(std::move(input))
{
}

QString InventoryAnnexBuilder::subject(const QString &yearName)
{
    return QStringLiteral("Danh mục phòng và trang thiết bị công nghệ thông tin năm học %1").arg(yearName);
}

Document InventoryAnnexBuilder::build() const
{
    Document document;
    document.kindCode = DocumentKinds::code(kKind);
    document.title = QStringLiteral("Phụ lục ") + DocumentText::lowerFirst(subject(m_input.yearName));
    DocumentComposer composer(document);
    const DocumentInput input = frame(m_input);
    composer.header(input, kKind);
    composer.title(kKind, subject(m_input.yearName));

    composer.part(QStringLiteral("Danh mục phòng"));
    if (m_input.rooms.isEmpty()) {
        composer.body(QStringLiteral("Nhà trường chưa cập nhật danh mục phòng."));
    } else {
        composer.body(QStringLiteral("Tổng số phòng: %1, trong đó %2 phòng có kết nối Internet.")
                          .arg(DocumentText::twoDigits(int(m_input.rooms.size())),
                               DocumentText::twoDigits(roomsWithInternet(m_input.rooms))));
        composer.table(roomTable(m_input.rooms));
    }

    composer.part(QStringLiteral("Trang thiết bị công nghệ thông tin theo loại"));
    if (m_input.categories.isEmpty())
        composer.body(QStringLiteral("Nhà trường chưa cập nhật số liệu trang thiết bị CNTT."));
    else
        composer.table(categoryTable(m_input.categories));

    // The school's totals, as seed 002 prints them under its tables.
    composer.part(QStringLiteral("Tổng hợp"));
    const QStringList totals = DocumentSentences::totals(m_input.totals);
    for (int i = 0; i + 1 < totals.size(); ++i)
        composer.body(totals.at(i));
    if (!totals.isEmpty())
        composer.closing(totals.last());
    composer.signature(input, m_input.meta.recipients);
    return document;
}

} // namespace sdx
