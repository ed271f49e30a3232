#include "DocumentModel.h"

#include <numeric>

namespace sdx::doc {

bool Run::operator==(const Run &other) const
{
    return text == other.text && bold == other.bold && italic == other.italic && sizePt == other.sizePt;
}

QString Paragraph::plainText() const
{
    QString text;
    for (const Run &run : runs)
        text += run.text;
    return text;
}

bool Paragraph::operator==(const Paragraph &other) const
{
    return role == other.role && runs == other.runs && align == other.align && sizePt == other.sizePt
        && firstLineIndentMm == other.firstLineIndentMm && spaceBeforePt == other.spaceBeforePt
        && spaceAfterPt == other.spaceAfterPt && lineSpacing == other.lineSpacing
        && keepWithNext == other.keepWithNext && ruleBelow == other.ruleBelow;
}

bool TableCell::operator==(const TableCell &other) const
{
    return paragraphs == other.paragraphs && rowSpan == other.rowSpan && colSpan == other.colSpan
        && verticalCenter == other.verticalCenter;
}

bool TableRow::operator==(const TableRow &other) const
{
    return cells == other.cells;
}

qreal Table::widthMm() const
{
    return std::accumulate(columnWidthsMm.cbegin(), columnWidthsMm.cend(), qreal(0));
}

bool Table::operator==(const Table &other) const
{
    return name == other.name && columnWidthsMm == other.columnWidthsMm && rows == other.rows
        && headerRows == other.headerRows && borders == other.borders && paddingMm == other.paddingMm;
}

bool HeaderBlock::operator==(const HeaderBlock &other) const
{
    return authorityLine == other.authorityLine && agencyLine == other.agencyLine
        && numberLine == other.numberLine && placeDateLine == other.placeDateLine
        && leftWidthMm == other.leftWidthMm && rightWidthMm == other.rightWidthMm;
}

bool SignatureBlock::operator==(const SignatureBlock &other) const
{
    return recipients == other.recipients && titleLines == other.titleLines
        && spaceBeforePt == other.spaceBeforePt && signerName == other.signerName && leftWidthMm == other.leftWidthMm
        && rightWidthMm == other.rightWidthMm;
}

bool PageSetup::operator==(const PageSetup &other) const
{
    return widthMm == other.widthMm && heightMm == other.heightMm && topMm == other.topMm
        && bottomMm == other.bottomMm && leftMm == other.leftMm && rightMm == other.rightMm
        && firstNumberedPage == other.firstNumberedPage && pageNumberSizePt == other.pageNumberSizePt;
}

bool Document::operator==(const Document &other) const
{
    return kindCode == other.kindCode && title == other.title && fontFamily == other.fontFamily
        && page == other.page && blocks == other.blocks;
}

namespace {

Paragraph frameLine(const QString &text, qreal sizePt, bool bold, bool italic = false)
{
    Paragraph paragraph;
    paragraph.role = Role::Frame;
    paragraph.align = Align::Center;
    paragraph.sizePt = sizePt;
    paragraph.runs = {Run{text, bold, italic, 0}};
    return paragraph;
}

Paragraph leftLine(const QString &text, qreal sizePt, bool bold, bool italic)
{
    Paragraph paragraph = frameLine(text, sizePt, bold, italic);
    paragraph.align = Align::Left;
    return paragraph;
}

TableCell cellOf(QList<Paragraph> paragraphs)
{
    TableCell cell;
    cell.paragraphs = std::move(paragraphs);
    return cell;
}

} // namespace

Table lowerHeader(const HeaderBlock &header)
{
    Table table;
    table.name = QStringLiteral("header");
    table.borders = false;
    table.paddingMm = 0;
    table.columnWidthsMm = {header.leftWidthMm, header.rightWidthMm};

    QList<Paragraph> agency;
    if (!header.authorityLine.isEmpty())
        agency << frameLine(header.authorityLine, 12, false);
    Paragraph name = frameLine(header.agencyLine, 12, true);
    name.ruleBelow = 0.4; // 1/3–1/2 of the name
    agency << name;

    Paragraph motto = frameLine(QStringLiteral("Độc lập - Tự do - Hạnh phúc"), 13, true);
    motto.ruleBelow = 1.0; // as long as the text
    const QList<Paragraph> nation = {frameLine(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), 12, true),
                                     motto};

    Paragraph number = frameLine(header.numberLine, 13, false);
    number.spaceBeforePt = 6;
    Paragraph date = frameLine(header.placeDateLine, 14, false, true);
    date.spaceBeforePt = 6;

    table.rows = {TableRow{{cellOf(agency), cellOf(nation)}},
                  TableRow{{cellOf({number}), cellOf({date})}}};
    return table;
}

Table lowerSignature(const SignatureBlock &signature)
{
    Table table;
    table.name = QStringLiteral("signature");
    table.borders = false;
    table.paddingMm = 0;
    table.columnWidthsMm = {signature.leftWidthMm, signature.rightWidthMm};

    Paragraph heading = leftLine(QStringLiteral("Nơi nhận:"), 12, true, true);
    heading.spaceBeforePt = signature.spaceBeforePt;
    QList<Paragraph> left = {heading};
    for (const QString &line : signature.recipients)
        left << leftLine(line, 11, false, false);

    QList<Paragraph> right;
    for (const QString &line : signature.titleLines)
        right << frameLine(line, 14, true);
    if (!right.isEmpty())
        right.first().spaceBeforePt = signature.spaceBeforePt;
    Paragraph name = frameLine(signature.signerName, 14, true);
    name.spaceBeforePt = 72; // room for the signature and the seal
    right << name;

    table.rows = {TableRow{{cellOf(left), cellOf(right)}}};
    return table;
}

namespace {

void appendTableText(const Table &table, QStringList &lines)
{
    for (const TableRow &row : table.rows) {
        QStringList cells;
        for (const TableCell &cell : row.cells) {
            QStringList texts;
            for (const Paragraph &paragraph : cell.paragraphs)
                texts << paragraph.plainText();
            cells << texts.join(QLatin1Char(' '));
        }
        lines << cells.join(QLatin1Char('\t'));
    }
}

} // namespace

QString plainText(const Document &document)
{
    QStringList lines;
    for (const Block &block : document.blocks) {
        if (const auto *paragraph = std::get_if<Paragraph>(&block))
            lines << paragraph->plainText();
        else if (const auto *table = std::get_if<Table>(&block))
            appendTableText(*table, lines);
        else if (const auto *header = std::get_if<HeaderBlock>(&block))
            appendTableText(lowerHeader(*header), lines);
        else if (const auto *signature = std::get_if<SignatureBlock>(&block))
            appendTableText(lowerSignature(*signature), lines);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace sdx::doc
