#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <variant>

/**
 * The one document model every output is rendered from (PDF, printer, DOCX, ODT): what is
 * printed, saved and sent is the same content. It holds explicit formatting (sizes in points,
 * lengths in millimetres) so that each renderer only translates, never decides.
 */
namespace sdx::doc {

enum class Align { Left, Center, Right, Justify };

/// What a paragraph is, for the dump and for the style names of DOCX/ODT; the look is explicit.
enum class Role {
    Body,       ///< justified body text, first-line indent
    Basis,      ///< a "Căn cứ …;" line, italic
    Heading1,   ///< "I. MỤC ĐÍCH, YÊU CẦU" (Phần/Mục)
    Heading2,   ///< "1. Mục đích" (khoản)
    Heading3,   ///< "1.1 …"
    Heading4,   ///< "a) …" (điểm)
    ListItem,   ///< "- …" lines
    Title,      ///< tên loại văn bản: KẾ HOẠCH, BÁO CÁO
    Subject,    ///< trích yếu under the title
    TableHead,  ///< a header cell of a bordered table
    TableText,  ///< a body cell of a bordered table
    Frame       ///< the texts of the header and signature blocks
};

struct Run
{
    QString text;
    bool bold = false;
    bool italic = false;
    qreal sizePt = 0; ///< 0: the paragraph's size

    bool operator==(const Run &other) const;
};

struct Paragraph
{
    Role role = Role::Body;
    QList<Run> runs;
    Align align = Align::Justify;
    qreal sizePt = 14;
    qreal firstLineIndentMm = 0;
    qreal spaceBeforePt = 0;
    qreal spaceAfterPt = 0;
    qreal lineSpacing = 1.0;   ///< proportional: 1.0 single, 1.5 one and a half
    bool keepWithNext = false;
    /// > 0: a solid line is drawn centred under the text, this fraction of its longest line
    /// (1.0 under Tiêu ngữ, 1/3–1/2 under tên cơ quan and trích yếu, Nghị định 30/2020).
    qreal ruleBelow = 0;

    QString plainText() const;
    bool operator==(const Paragraph &other) const;
};

struct TableCell
{
    QList<Paragraph> paragraphs;
    int rowSpan = 1;
    int colSpan = 1;
    bool verticalCenter = false;

    bool operator==(const TableCell &other) const;
};

/// Cells are placed left to right into the next column not covered by a cell spanning from above.
struct TableRow
{
    QList<TableCell> cells;

    bool operator==(const TableRow &other) const;
};

struct Table
{
    QString name;                  ///< stable name for the dump: "scoring", "software-a", "header"
    QList<qreal> columnWidthsMm;   ///< they add up to the text width (or less, then centred)
    QList<TableRow> rows;
    int headerRows = 0;            ///< repeated at the top of every page the table runs onto
    bool borders = true;
    qreal paddingMm = 1.0;         ///< left/right cell padding

    qreal widthMm() const;
    bool operator==(const Table &other) const;
};

/// The two-column header of Nghị định 30/2020 (ô 1–4): agency names and Số on the left,
/// Quốc hiệu, Tiêu ngữ and the place and date on the right.
struct HeaderBlock
{
    QString authorityLine;  ///< cơ quan chủ quản, IN HOA, not bold ("PHÒNG GD&ĐT HUYỆN ĐĂK SONG"); may be empty
    QString agencyLine;     ///< tên cơ quan ban hành, IN HOA, bold ("TRƯỜNG TIỂU HỌC CHU VĂN AN")
    QString numberLine;     ///< "Số: 18/KH-THCVA"
    QString placeDateLine;  ///< "Đức An, ngày 16 tháng 02 năm 2023"
    qreal leftWidthMm = 72;
    qreal rightWidthMm = 93;

    bool operator==(const HeaderBlock &other) const;
};

/// Nơi nhận at the bottom left, level with the signer on the right (ô 7, 9b).
struct SignatureBlock
{
    QStringList recipients;   ///< complete lines: "- Phòng GD&ĐT (để b/c);" … "- Lưu: VT."
    QStringList titleLines;   ///< quyền hạn and chức vụ, IN HOA: {"HIỆU TRƯỞNG"} or {"KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"}
    QString signerName;       ///< họ tên, bold
    qreal spaceBeforePt = 12; ///< between the last paragraph and the block
    qreal leftWidthMm = 80;
    qreal rightWidthMm = 85;

    bool operator==(const SignatureBlock &other) const;
};

struct PageBreak
{
    bool operator==(const PageBreak &) const { return true; }
};

using Block = std::variant<Paragraph, Table, HeaderBlock, SignatureBlock, PageBreak>;

/// A4 portrait with the margins of Nghị định 30/2020 (top/bottom 20–25, left 30–35, right 15–20 mm).
struct PageSetup
{
    qreal widthMm = 210;
    qreal heightMm = 297;
    qreal topMm = 20;
    qreal bottomMm = 20;
    qreal leftMm = 30;
    qreal rightMm = 15;
    int firstNumberedPage = 2;   ///< page 1 carries no number
    qreal pageNumberSizePt = 13;

    qreal textWidthMm() const { return widthMm - leftMm - rightMm; }
    qreal textHeightMm() const { return heightMm - topMm - bottomMm; }
    bool operator==(const PageSetup &other) const;
};

struct Document
{
    QString kindCode;   ///< "ke-hoach", "bao-cao-tu-danh-gia", …
    QString title;      ///< for file metadata: "Kế hoạch … năm học 2022 - 2023"
    QString fontFamily = QStringLiteral("Times New Roman"); ///< what DOCX/ODT declare; PDF resolves it
    PageSetup page;
    QList<Block> blocks;

    bool operator==(const Document &other) const;
};

/// The header and signature blocks as the borderless tables every renderer draws them as.
Table lowerHeader(const HeaderBlock &header);
Table lowerSignature(const SignatureBlock &signature);

/// All the text of a document, one paragraph a line, in reading order (for checks and search).
QString plainText(const Document &document);

} // namespace sdx::doc
