#include "DocumentDump.h"

#include "TableGrid.h"

#include <QStringList>

namespace sdx::DocumentDump {

using namespace doc;

namespace {

QString number(qreal value)
{
    return QString::number(value, 'g', 4);
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Body: return QStringLiteral("body");
    case Role::Basis: return QStringLiteral("basis");
    case Role::Heading1: return QStringLiteral("h1");
    case Role::Heading2: return QStringLiteral("h2");
    case Role::Heading3: return QStringLiteral("h3");
    case Role::Heading4: return QStringLiteral("h4");
    case Role::ListItem: return QStringLiteral("item");
    case Role::Title: return QStringLiteral("title");
    case Role::Subject: return QStringLiteral("subject");
    case Role::TableHead: return QStringLiteral("th");
    case Role::TableText: return QStringLiteral("td");
    case Role::Frame: return QStringLiteral("frame");
    }
    return QStringLiteral("?");
}

QString alignName(Align align)
{
    switch (align) {
    case Align::Left: return QStringLiteral("left");
    case Align::Center: return QStringLiteral("center");
    case Align::Right: return QStringLiteral("right");
    case Align::Justify: return QStringLiteral("justify");
    }
    return QStringLiteral("?");
}

QString runText(const Run &run)
{
    QString marks;
    if (run.bold)
        marks += QLatin1Char('b');
    if (run.italic)
        marks += QLatin1Char('i');
    if (run.sizePt > 0)
        marks += QLatin1Char('s') + number(run.sizePt);
    return (marks.isEmpty() ? QString() : QLatin1Char('[') + marks + QLatin1Char(']')) + run.text;
}

QString paragraphLine(const Paragraph &paragraph)
{
    QStringList fields = {QStringLiteral("P"), roleName(paragraph.role), alignName(paragraph.align), number(paragraph.sizePt)};
    if (paragraph.firstLineIndentMm != 0)
        fields << QStringLiteral("indent=") + number(paragraph.firstLineIndentMm);
    if (paragraph.spaceBeforePt != 0 || paragraph.spaceAfterPt != 0)
        fields << QStringLiteral("space=%1/%2").arg(number(paragraph.spaceBeforePt), number(paragraph.spaceAfterPt));
    if (paragraph.lineSpacing != 1.0)
        fields << QStringLiteral("line=") + number(paragraph.lineSpacing);
    if (paragraph.keepWithNext)
        fields << QStringLiteral("keep");
    if (paragraph.ruleBelow > 0)
        fields << QStringLiteral("rule=") + number(paragraph.ruleBelow);
    QStringList runs;
    for (const Run &run : paragraph.runs)
        runs << runText(run);
    return fields.join(QLatin1Char(' ')) + QStringLiteral(": ") + runs.join(QStringLiteral(" | "));
}

QString widths(const QList<qreal> &values)
{
    QStringList texts;
    for (qreal value : values)
        texts << number(value);
    return texts.join(QLatin1Char('|'));
}

void dumpTable(const Table &table, QStringList &lines, const QString &indent)
{
    const TableGrid grid(table);
    lines << indent + QStringLiteral("TABLE %1 cols=%2 header=%3 %4 padding=%5")
                          .arg(table.name, widths(table.columnWidthsMm))
                          .arg(table.headerRows)
                          .arg(table.borders ? QStringLiteral("borders") : QStringLiteral("borderless"), number(table.paddingMm));
    if (grid.overflowCount() > 0)
        lines << indent + QStringLiteral("  OVERFLOW %1 cells").arg(grid.overflowCount());
    int currentRow = -1;
    for (const TableGrid::Placed &placed : grid.cells()) {
        if (placed.row != currentRow) {
            currentRow = placed.row;
            lines << indent + QStringLiteral("  ROW %1").arg(currentRow + 1);
        }
        QString cell = indent + QStringLiteral("    CELL c%1").arg(placed.column + 1);
        if (placed.rowSpan > 1 || placed.colSpan > 1)
            cell += QStringLiteral(" span=%1x%2").arg(placed.rowSpan).arg(placed.colSpan);
        if (placed.cell->verticalCenter)
            cell += QStringLiteral(" middle");
        lines << cell;
        for (const Paragraph &paragraph : placed.cell->paragraphs)
            lines << indent + QStringLiteral("      ") + paragraphLine(paragraph);
    }
}

} // namespace

QString toText(const Document &document)
{
    const PageSetup &page = document.page;
    QStringList lines;
    lines << QStringLiteral("DOCUMENT %1 font=\"%2\" page=%3x%4mm margins=%5/%6/%7/%8 numbered-from=%9 number-size=%10")
                 .arg(document.kindCode, document.fontFamily, number(page.widthMm), number(page.heightMm),
                      number(page.topMm), number(page.bottomMm), number(page.leftMm), number(page.rightMm))
                 .arg(page.firstNumberedPage)
                 .arg(number(page.pageNumberSizePt));
    lines << QStringLiteral("TITLE ") + document.title;
    for (const Block &block : document.blocks) {
        if (const auto *paragraph = std::get_if<Paragraph>(&block)) {
            lines << paragraphLine(*paragraph);
        } else if (const auto *table = std::get_if<Table>(&block)) {
            dumpTable(*table, lines, QString());
        } else if (const auto *header = std::get_if<HeaderBlock>(&block)) {
            lines << QStringLiteral("HEADER widths=%1|%2").arg(number(header->leftWidthMm), number(header->rightWidthMm));
            lines << QStringLiteral("  authority: ") + header->authorityLine;
            lines << QStringLiteral("  agency: ") + header->agencyLine;
            lines << QStringLiteral("  number: ") + header->numberLine;
            lines << QStringLiteral("  place-date: ") + header->placeDateLine;
            dumpTable(lowerHeader(*header), lines, QStringLiteral("  "));
        } else if (const auto *signature = std::get_if<SignatureBlock>(&block)) {
            lines << QStringLiteral("SIGNATURE widths=%1|%2").arg(number(signature->leftWidthMm), number(signature->rightWidthMm));
            for (const QString &recipient : signature->recipients)
                lines << QStringLiteral("  recipient: ") + recipient;
            for (const QString &title : signature->titleLines)
                lines << QStringLiteral("  title: ") + title;
            lines << QStringLiteral("  signer: ") + signature->signerName;
            dumpTable(lowerSignature(*signature), lines, QStringLiteral("  "));
        } else if (std::holds_alternative<PageBreak>(block)) {
            lines << QStringLiteral("PAGEBREAK");
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace sdx::DocumentDump
