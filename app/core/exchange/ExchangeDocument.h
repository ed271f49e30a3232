#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sdx {

/// The school as the exchange file names it (a copy of its profile when the year was finalised).
struct ExchangeSchool
{
    struct Contact
    {
        QString name;
        QString title;
        QString phone;
        QString email;
    };

    QString name;
    QString code;           ///< mã trường: required, the key of a school on the receiving side
    QString level;          ///< SchoolLevels::code: "tieu-hoc", "thcs", …
    QString authority;      ///< cơ quan chủ quản as printed in the school's documents
    QString place;          ///< địa danh
    QString sign;           ///< ký hiệu văn bản
    QString principalName;
    QString principalTitle;
    QList<Contact> itStaff;
    QString address;
    QString phone;
    QString email;
    QString website;
};

/// Kinds of managing authority a school reports to; data, never assumed from the school level.
enum class RecipientKind {
    CommuneCommittee,  ///< UBND xã/phường (primary and lower-secondary schools since 1 July 2025)
    Department,        ///< Sở GDĐT (upper-secondary schools; any school for some tasks)
    DistrictOffice,    ///< Phòng GDĐT (before 1 July 2025)
    Other,
};

namespace RecipientKinds {
QString code(RecipientKind kind);  ///< "ubnd-xa", "so-gddt", "phong-gddt", "khac"
std::optional<RecipientKind> fromCode(const QString &code);
QString displayName(RecipientKind kind);
/// A best guess from an authority's name ("UBND XÃ ĐỨC AN" → commune), for defaults only.
RecipientKind guess(const QString &authorityName);
} // namespace RecipientKinds

/// Who the file is addressed to.
struct ExchangeRecipient
{
    QString name;  ///< "UBND xã Đức An", "Sở Giáo dục và Đào tạo tỉnh Đắk Nông"
    RecipientKind kind = RecipientKind::Other;
};

/// A fact of the index with where it came from ("entered", "derived", "overridden").
struct ExchangeFact
{
    QJsonValue value;
    QString source = QStringLiteral("entered");
    QString provenance;
    QString by;
    QJsonValue derivedValue;     ///< overridden: the inventory's value that was replaced
    QString derivedProvenance;

    bool operator==(const ExchangeFact &other) const;
};

struct ExchangeAdjustment
{
    double points = 0;
    QString reason;
    QString by;

    bool operator==(const ExchangeAdjustment &other) const;
};

/// One piece of evidence of an item: a link, an official document or a file kept at the school.
struct ExchangeEvidence
{
    QString title;
    QString kind = QStringLiteral("link");  ///< "link", "document", "file"
    QString location;                       ///< URL, document reference or file name
    QString issuer;
    QString notes;
    QDate checkedOn;
    QString checkResult;

    bool operator==(const ExchangeEvidence &other) const;
};

/**
 * The managing authority's indicators (seed 003's appendix), each optional: a school that did not
 * count something leaves it out rather than writing 0, so sums say how many schools reported.
 */
struct ExchangeIndicators
{
    /// Stable keys, in the order of the appendix; also the JSON keys.
    static const QList<QString> &keys();
    static QString label(const QString &key);  ///< Vietnamese row label
    /// The total a count is a share of ("computersWithAntiMalware" → "computersTotal"); empty for totals.
    static QString denominatorOf(const QString &key);

    QMap<QString, qint64> values;  ///< key → non-negative count

    std::optional<qint64> value(const QString &key) const;
    bool isEmpty() const { return values.isEmpty(); }
    bool operator==(const ExchangeIndicators &other) const { return values == other.values; }
};

/// The content of a school's year as the school side stores it (answers, adjustments, evidence).
struct ExchangeAssessment
{
    QMap<QString, ExchangeFact> facts;               ///< by item id
    QMap<QString, ExchangeAdjustment> adjustments;   ///< by item id
    QMap<QString, QList<ExchangeEvidence>> evidence; ///< by item id, in the user's order

    int evidenceCount() const;
};

/**
 * One exchange file (.sdx): a school's finalised year, self-contained, as sent to its managing
 * authority. See docs/exchange-format.md for the JSON form.
 */
struct ExchangeDocument
{
    int formatVersion = 1;
    QString indexId;
    int indexVersion = 0;
    ExchangeSchool school;
    ExchangeRecipient recipient;
    QString schoolYear;          ///< "2022-2023"
    int revision = 1;            ///< lần chốt số liệu: 1 at the first finalisation, +1 after each reopen
    QDateTime finalisedAt;       ///< UTC
    QString finalisedBy;
    QString softwareName = QStringLiteral("SchoolDX");
    QString softwareVersion;
    ExchangeAssessment assessment;
    QJsonObject inventory;       ///< open object: {"summary": {...}, "derivedFacts": {...}}
    ExchangeIndicators indicators;
    QJsonObject score;           ///< the score JSON of `schooldx-cli score --json`
    QString checksum;            ///< hex SHA-256 of the canonical content (see ExchangeChecksum)
};

} // namespace sdx
