#pragma once

#include <QDate>
#include <QString>

namespace sdx {

/// A document cited in "Căn cứ …" lines: a national one from the catalogue or the school's own entry.
struct LegalBasis
{
    QString key;      ///< catalogue id ("qd-4725-2022") or "own:<id>" for the school's entries
    QString kind;     ///< "Thông tư", "Công văn", "Quyết định", "Nghị định", "Kế hoạch", "Hướng dẫn", …
    QString number;   ///< "28/2020/TT-BGDĐT"
    QDate date;
    QString issuer;   ///< "Bộ trưởng Bộ Giáo dục và Đào tạo"
    QString subject;  ///< what follows the issuer: "ban hành Điều lệ Trường tiểu học"

    /// "Thông tư số 28/2020/TT-BGDĐT ngày 04 tháng 9 năm 2020 của Bộ trưởng Bộ Giáo dục và Đào tạo
    /// ban hành Điều lệ Trường tiểu học" (no "Căn cứ", no final punctuation).
    QString citation() const;
    /// "Thông tư số 28/2020/TT-BGDĐT" for lists and pickers.
    QString shortName() const;
    bool isOwn() const { return key.startsWith(QLatin1String("own:")); }

    bool operator==(const LegalBasis &other) const;
};

} // namespace sdx
