#pragma once

#include "LegalBasis.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/**
 * The plain values the document builders read. They know nothing of the inventory or the
 * scoring engine: adapters fill them from the real domain types, tests from DocumentSamples.
 * Texts are final Vietnamese display texts; the builders only place them.
 */
namespace sdx {

struct StaffMember
{
    QString name;   ///< "Vũ Thị Minh Thảo"
    QString title;  ///< "giáo viên Tin học"
};

/// The school as its documents name it.
struct SchoolIdentity
{
    QString name;            ///< "Trường Tiểu học Chu Văn An"
    QString levelCode;       ///< "tieu-hoc", "thcs", … (chooses the school charter among the căn cứ)
    QString authorityLine;   ///< cơ quan chủ quản as printed, IN HOA: "PHÒNG GD&ĐT HUYỆN ĐĂK SONG", "UBND XÃ …"
    QString authorityName;   ///< the same in a sentence: "Phòng Giáo dục và Đào tạo huyện Đắk Song"
    QString placeName;       ///< địa danh of the date line: "Đức An"
    QString docSign;         ///< ký hiệu: "THCVA"
    QString principalName;
    QString principalTitle = QStringLiteral("Hiệu trưởng");
    QList<StaffMember> itStaff;
};

/// What is decided per document: number, date, signer, recipients.
struct DocumentMeta
{
    int number = 0;            ///< 0: left blank for the văn thư to fill in
    QDate date;                ///< null: left blank for a hand-written date
    QString signingAuthority;  ///< "", "KT.", "TM.", "Q.", "TL.", "TUQ."
    QString headTitle;         ///< the head whose authority is used ("Hiệu trưởng"); empty: the principal's title
    QString signerTitle;       ///< chức vụ of the signer ("Phó Hiệu trưởng"); empty: the head's title
    QString signerName;        ///< empty: the principal
    QStringList recipients;    ///< nơi nhận without the dashes; empty: the document's default list
};

struct DocumentSoftwareRow
{
    QString name;      ///< "Ứng dụng quản lý tài sản"
    bool inUse = false;
    QString usedText;  ///< what the "Có" column says when in use ("1", "100%", "có"); empty: "x"
    QString link;      ///< address or account, as the school writes it
};

struct DocumentSoftwareGroup
{
    QString title;     ///< "Nhóm ứng dụng CNTT phục vụ quản lý, điều hành"
    QList<DocumentSoftwareRow> rows;
};

struct DocumentEquipmentRow
{
    QString name;      ///< "Máy chiếu"
    QString haveText;  ///< "02", "01 phòng/21 máy"; empty when missing
    bool missing = false;
};

struct DocumentInventoryTotals
{
    int softwareInUse = 0;
    int softwareMissing = 0;
    int equipmentHave = 0;
    int equipmentMissing = 0;
};

struct DocumentInventorySummary
{
    QList<DocumentSoftwareGroup> software;   ///< a), b), … in order
    QList<DocumentEquipmentRow> equipment;
    DocumentInventoryTotals totals;

    bool isEmpty() const { return software.isEmpty() && equipment.isEmpty(); }
};

enum class ScoreRowKind { Group, Criterion, Item };

/// One line of the self-assessment table, as the scoring engine explains it.
struct ScoreRow
{
    ScoreRowKind kind = ScoreRowKind::Item;
    QString id;              ///< "1", "1.3", "" for items printed without a number
    QString wording;         ///< official wording
    QString maxPoints;       ///< "100", "30", "" (mandatory conditions have none)
    QString tierText;        ///< "Tối đa 6 điểm", "< 30%: tối đa 2 điểm; …"
    QString thresholdsText;  ///< "Mức độ 1: dưới 10 điểm; Mức độ 2: từ 10 - 20 điểm; Mức độ 3: trên 20 điểm"
    QString points;          ///< the school's points ("6", "0") or "có"/"không" for conditions
    QString levelText;       ///< "Đạt mức độ 1", "Đạt", "Không đạt"
    QString evidence;        ///< minh chứng, links, notes
    bool mandatory = false;  ///< "Điều kiện bắt buộc"
    bool mandatoryMet = false;
};

/// One of the two groups of the index (Quyết định 4725/QĐ-BGDĐT).
struct GroupResult
{
    QString id;             ///< "1"
    QString name;           ///< "Chuyển đổi số trong dạy, học"
    double points = 0;
    double maxPoints = 100;
    int level = 0;          ///< 1–3; 0 when not assessed
    QString levelName;      ///< "mức đáp ứng cơ bản"; empty: the standard name of `level`
    int targetLevel = 0;    ///< the level the plan aims at; 0: no target for this group
};

struct AssessmentSummary
{
    /// How the documents name the index: "Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 …"
    QString indexCitation;
    QList<ScoreRow> rows;
    QList<GroupResult> groups;
    QStringList improvements;   ///< further targets, one sentence each (from the improvement suggestions)

    bool isEmpty() const { return rows.isEmpty() && groups.isEmpty(); }
};

/// A count out of a total; count < 0 when unknown.
struct Indicator
{
    int count = -1;
    int total = -1;

    bool isKnown() const { return count >= 0; }
};

/// The managing authority's indicators (seed 003, Phụ lục, rows 3–8).
struct AuthorityIndicators
{
    Indicator itStaff;             ///< viên chức chuyên trách, kiêm nhiệm về chuyển đổi số / tổng số viên chức
    Indicator trainedStaff;        ///< viên chức được bồi dưỡng, tập huấn về chuyển đổi số / tổng số
    Indicator protectedComputers;  ///< máy tính có phần mềm phòng, chống mã độc / tổng số máy tính
    Indicator equippedTeachers;    ///< giáo viên đủ điều kiện dạy trực tuyến / tổng số giáo viên
    Indicator equippedStudents;    ///< học sinh đủ điều kiện học trực tuyến / tổng số học sinh
    Indicator platformStudents;    ///< học sinh sử dụng nền tảng học trực tuyến / tổng số học sinh
};

/// Everything the four builders read; each uses the parts its document needs.
struct DocumentInput
{
    SchoolIdentity school;
    QString yearName;                 ///< "2022 - 2023"
    DocumentMeta meta;
    QList<LegalBasis> bases;          ///< căn cứ, in the order printed
    QList<LegalBasis> directives;     ///< documents the plan asks staff to study; empty: the catalogue's list
    QMap<QString, QString> narratives; ///< section key → edited text; missing keys take the default text
    DocumentInventorySummary inventory;
    AssessmentSummary assessment;
    AuthorityIndicators indicators;

    /// The first calendar year of `yearName`, or 0.
    int startYear() const;
};

} // namespace sdx
