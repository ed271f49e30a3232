#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace sdx {

/// What a piece of evidence (minh chứng) points at.
enum class EvidenceKind {
    Link,      ///< a web address: http(s)://…
    Document,  ///< an official document: "Quyết định số 11/QĐ-CVA ngày 15/02/2023"
    File,      ///< a file on this computer
};

namespace EvidenceKinds {
QString code(EvidenceKind kind);  ///< "link", "document", "file" (stored in the database)
std::optional<EvidenceKind> fromCode(const QString &code);
QString displayName(EvidenceKind kind);  ///< "Đường link", "Văn bản", "Tệp"
} // namespace EvidenceKinds

/// One piece of evidence for one item of the index.
struct EvidenceEntry
{
    qint64 id = 0;          ///< database id; 0 before it is saved
    QString itemId;
    QString title;          ///< "Hệ thống quản trị fbot"
    EvidenceKind kind = EvidenceKind::Link;
    QString location;       ///< the URL, the document reference or the file path
    QString issuer;         ///< documents: who issued it ("Trường Tiểu học Chu Văn An")
    QString notes;
    QDate lastChecked;      ///< when the link was last tried
    QString lastResult;     ///< what that try said

    bool operator==(const EvidenceEntry &other) const;
};

/// Evidence by item id, each list in the user's order.
using EvidenceMap = QMap<QString, QList<EvidenceEntry>>;

/// "Quyết định số 11/QĐ-CVA ngày 15/02/2023", read into its parts.
struct DocumentReference
{
    QString type;     ///< "Quyết định"
    QString number;   ///< "11"
    QString symbol;   ///< "QĐ-CVA"
    QDate date;       ///< invalid when the text has none
    bool hasDate = false;  ///< a "ngày …" part was written (even if not a real date)

    /// "Quyết định số 11/QĐ-CVA ngày 15/02/2023"
    QString text() const;
    /// Reads a reference; nothing when it does not have the "<loại> số <số>/<ký hiệu>" shape.
    static std::optional<DocumentReference> parse(const QString &text);
};

} // namespace sdx
