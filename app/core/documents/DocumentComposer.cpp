#include "DocumentComposer.h"

#include "DocumentInput.h"
#include "DocumentText.h"
#include "LegalBasis.h"

#include <QRegularExpression>

#include <algorithm>

namespace sdx {

using namespace doc;

namespace {

bool endsWithPunctuation(const QString &text)
{
    static const QString marks = QStringLiteral(".;:!?,");
    return !text.isEmpty() && marks.contains(text.back());
}

/// "- Phòng GD&ĐT (để b/c);" → "Phòng GD&ĐT (để b/c)"
QString bareRecipient(QString line)
{
    line = line.trimmed();
    while (line.startsWith(QLatin1Char('-')) || line.startsWith(QLatin1Char('+')))
        line = line.mid(1).trimmed();
    while (line.endsWith(QLatin1Char(';')) || line.endsWith(QLatin1Char('.')))
        line.chop(1);
    return line.trimmed();
}

QStringList recipientLines(const QStringList &recipients)
{
    QStringList bare;
    for (const QString &line : recipients) {
        const QString text = bareRecipient(line);
        if (!text.isEmpty())
            bare << text;
    }
    // Nghị định 30/2020: the last line is where the original is kept.
    if (bare.isEmpty() || !bare.last().startsWith(QStringLiteral("Lưu")))
        bare << QStringLiteral("Lưu: VT");
    QStringList lines;
    for (int i = 0; i < bare.size(); ++i)
        lines << QStringLiteral("- ") + bare.at(i) + (i + 1 == bare.size() ? QStringLiteral(".") : QStringLiteral(";"));
    return lines;
}

QStringList signerTitleLines(const DocumentInput &input)
{
    const DocumentMeta &meta = input.meta;
    QString head = meta.headTitle.trimmed();
    if (head.isEmpty())
        head = input.school.principalTitle.trimmed();
    if (head.isEmpty())
        head = QStringLiteral("Hiệu trưởng");
    const QString signer = meta.signerTitle.trimmed().isEmpty() ? head : meta.signerTitle.trimmed();
    const QString authority = meta.signingAuthority.trimmed();
    if (authority.isEmpty())
        return {DocumentText::upper(signer)};
    QStringList lines = {authority + QLatin1Char(' ') + DocumentText::upper(head)};
    if (signer.compare(head, Qt::CaseInsensitive) != 0)
        lines << DocumentText::upper(signer);
    return lines;
}

} // namespace

DocumentComposer::DocumentComposer(Document &document)
    : m_document(document)
{
}

Paragraph DocumentComposer::bodyParagraph(Role role) const
{
    Paragraph paragraph;
    paragraph.role = role;
    paragraph.align = Align::Justify;
    paragraph.sizePt = BodySizePt;
    paragraph.firstLineIndentMm = FirstLineIndentMm;
    paragraph.spaceAfterPt = ParagraphSpacePt;
    return paragraph;
}

namespace {

/// The calendar year a blank date is left in: a plan opens the school year (September), the
/// reports come in its second calendar year (sơ kết in January, tự đánh giá and tổng kết in May).
int issueYear(const DocumentInput &input, DocumentKind kind)
{
    const int start = input.startYear();
    if (start <= 0)
        return 0;
    // The inventory annex goes with the plan.
    return kind == DocumentKind::Plan || kind == DocumentKind::InventoryAnnex ? start : start + 1;
}

} // namespace

void DocumentComposer::header(const DocumentInput &input, DocumentKind kind)
{
    HeaderBlock header;
    header.authorityLine = DocumentText::upper(input.school.authorityLine.trimmed());
    header.agencyLine = DocumentText::upper(input.school.name.trimmed());
    header.numberLine = DocumentText::numberLine(input.meta.number, DocumentKinds::typeAbbreviation(kind),
                                                 input.school.docSign);
    header.placeDateLine = DocumentText::placeDateLine(input.school.placeName, input.meta.date,
                                                       input.meta.date.isValid() ? 0 : issueYear(input, kind));
    m_document.blocks << header;
}

void DocumentComposer::title(DocumentKind kind, const QString &subject)
{
    Paragraph type;
    type.role = Role::Title;
    type.align = Align::Center;
    type.sizePt = BodySizePt;
    type.spaceBeforePt = 24;
    type.runs = {Run{DocumentKinds::typeTitle(kind), true, false, 0}};
    type.keepWithNext = true;
    append(type);

    Paragraph summary = type;
    summary.role = Role::Subject;
    summary.spaceBeforePt = 0;
    summary.spaceAfterPt = 18;
    summary.ruleBelow = 1.0 / 3.0;
    summary.runs = {Run{subject, true, false, 0}};
    append(summary);
}

void DocumentComposer::bases(const QList<LegalBasis> &bases)
{
    for (int i = 0; i < bases.size(); ++i) {
        Paragraph line = bodyParagraph(Role::Basis);
        const QString ending = i + 1 == bases.size() ? QStringLiteral(".") : QStringLiteral(";");
        line.runs = {Run{QStringLiteral("Căn cứ ") + bases.at(i).citation() + ending, false, true, 0}};
        append(line);
    }
}

void DocumentComposer::part(const QString &title)
{
    Paragraph heading = bodyParagraph(Role::Heading1);
    heading.spaceBeforePt = ParagraphSpacePt;
    heading.keepWithNext = true;
    heading.runs = {Run{DocumentText::roman(++m_partCount) + QStringLiteral(". ") + DocumentText::upper(title),
                        true, false, 0}};
    append(heading);
}

void DocumentComposer::heading(int level, const QString &number, const QString &title)
{
    const Role role = level <= 2 ? Role::Heading2 : level == 3 ? Role::Heading3 : Role::Heading4;
    Paragraph heading = bodyParagraph(role);
    heading.keepWithNext = true;
    const bool bold = role != Role::Heading4;
    const bool italic = role != Role::Heading2;
    const QString text = number.isEmpty() ? title : number + QLatin1Char(' ') + title;
    heading.runs = {Run{text, bold, italic, 0}};
    append(heading);
}

void DocumentComposer::body(const QString &text)
{
    body(QList<Run>{Run{text, false, false, 0}});
}

void DocumentComposer::body(const QList<Run> &runs)
{
    Paragraph paragraph = bodyParagraph(Role::Body);
    paragraph.runs = runs;
    append(paragraph);
}

void DocumentComposer::list(const QStringList &items, const QString &lastEnding)
{
    for (int i = 0; i < items.size(); ++i) {
        QString text = items.at(i).trimmed();
        while (endsWithPunctuation(text))
            text.chop(1);
        Paragraph paragraph = bodyParagraph(Role::ListItem);
        paragraph.runs = {Run{QStringLiteral("- ") + text + (i + 1 == items.size() ? lastEnding : QStringLiteral(";")),
                              false, false, 0}};
        append(paragraph);
    }
}

void DocumentComposer::narrative(const QString &text)
{
    // "1." → khoản, "1.1" → level 3, "1.1.1" or "a)" → điểm; only lines without final punctuation
    // are headings, so "1. Về thống kê giáo dục: Tiếp tục …." stays a paragraph.
    static const QRegularExpression numbered(
        QStringLiteral("^(?:(\\d{1,2}(?:\\.\\d{1,2})*\\.?)|([a-zđ]\\)))\\s+(\\S.*)$"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("- ")) || line.startsWith(QLatin1String("+ "))) {
            Paragraph item = bodyParagraph(Role::ListItem);
            item.runs = {Run{line, false, false, 0}};
            append(item);
            continue;
        }
        const QRegularExpressionMatch match = numbered.match(line);
        if (match.hasMatch() && !endsWithPunctuation(line)) {
            if (!match.captured(2).isEmpty()) {
                heading(4, match.captured(2), match.captured(3));
            } else {
                QString number = match.captured(1);
                const int depth = int(number.count(QLatin1Char('.'))) - (number.endsWith(QLatin1Char('.')) ? 1 : 0);
                heading(depth + 2, number, match.captured(3));
            }
            continue;
        }
        body(line);
    }
}

void DocumentComposer::table(const Table &table)
{
    m_document.blocks << table;
    m_afterTable = true;
}

void DocumentComposer::append(Paragraph paragraph)
{
    if (m_afterTable)
        paragraph.spaceBeforePt = std::max(paragraph.spaceBeforePt, ParagraphSpacePt);
    m_afterTable = false;
    m_document.blocks << paragraph;
}

void DocumentComposer::closing(const QString &text)
{
    QString last = text.trimmed();
    if (!last.endsWith(QLatin1String("./."))) {
        while (endsWithPunctuation(last))
            last.chop(1);
        last += QStringLiteral("./.");
    }
    Paragraph paragraph = bodyParagraph(Role::Body);
    paragraph.keepWithNext = true; // never leave the signature alone on a page
    paragraph.runs = {Run{last, false, false, 0}};
    append(paragraph);
}

void DocumentComposer::signature(const DocumentInput &input, const QStringList &recipients)
{
    SignatureBlock block;
    block.spaceBeforePt = 12;
    block.recipients = recipientLines(recipients);
    block.titleLines = signerTitleLines(input);
    block.signerName = input.meta.signerName.trimmed().isEmpty() ? input.school.principalName.trimmed()
                                                                 : input.meta.signerName.trimmed();
    m_document.blocks << block;
}

Paragraph DocumentComposer::cellText(const QString &text, Align align, qreal sizePt, bool bold, bool italic)
{
    Paragraph paragraph;
    paragraph.role = Role::TableText;
    paragraph.align = align;
    paragraph.sizePt = sizePt;
    paragraph.spaceBeforePt = 1;
    paragraph.spaceAfterPt = 1;
    paragraph.runs = {Run{text, bold, italic, 0}};
    return paragraph;
}

Paragraph DocumentComposer::headCell(const QString &text, qreal sizePt)
{
    Paragraph paragraph = cellText(text, Align::Center, sizePt, true);
    paragraph.role = Role::TableHead;
    return paragraph;
}

} // namespace sdx
