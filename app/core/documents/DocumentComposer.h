#pragma once

#include "DocumentKind.h"
#include "DocumentModel.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sdx {

struct DocumentInput;
struct LegalBasis;

/**
 * The house style of Nghị định 30/2020 in one place: the builders say "a heading", "a căn cứ line",
 * "a narrative section" and this class gives each its size, weight, indent and spacing, and numbers
 * the parts I, II, III, … itself.
 */
class DocumentComposer final
{
public:
    static constexpr qreal BodySizePt = 14;
    static constexpr qreal FirstLineIndentMm = 10;
    static constexpr qreal ParagraphSpacePt = 6;

    explicit DocumentComposer(doc::Document &document);

    /// The two-column header (agency, Số, Quốc hiệu, Tiêu ngữ, place and date).
    void header(const DocumentInput &input, DocumentKind kind);
    /// Tên loại ("KẾ HOẠCH") and the trích yếu with its short line.
    void title(DocumentKind kind, const QString &subject);
    /// "Căn cứ …;" lines, the last ending with ".".
    void bases(const QList<LegalBasis> &bases);
    /// "I. MỤC ĐÍCH, YÊU CẦU": numbered here, written in capitals.
    void part(const QString &title);
    /// "1. Mục đích", "1.1 …", "a) …" (the number is given, as the levels below parts vary).
    void heading(int level, const QString &number, const QString &title);
    void body(const QString &text);
    void body(const QList<doc::Run> &runs);
    /// "- …" lines; each ends with ";" and the last with `lastEnding` (";" or ".").
    void list(const QStringList &items, const QString &lastEnding);
    /// A text the school can edit: headings, "- " items and paragraphs (see NarrativeDefaults.h).
    void narrative(const QString &text);
    void table(const doc::Table &table);
    /// The last paragraph of the body: "./." is attached to its end if it lacks it.
    void closing(const QString &text);
    void signature(const DocumentInput &input, const QStringList &recipients);

    /// A bordered table cell paragraph (size 12 unless told), centred or left.
    static doc::Paragraph cellText(const QString &text, doc::Align align, qreal sizePt = 12,
                                   bool bold = false, bool italic = false);
    static doc::Paragraph headCell(const QString &text, qreal sizePt = 12);

private:
    doc::Paragraph bodyParagraph(doc::Role role) const;
    /// Every paragraph goes through here: one after a table gets some room above it.
    void append(doc::Paragraph paragraph);

    doc::Document &m_document;
    int m_partCount = 0;
    bool m_afterTable = false;
};

} // namespace sdx
