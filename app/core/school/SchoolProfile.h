#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sdx {

/// Cấp học: the kinds of school the index applies to.
enum class SchoolLevel { TieuHoc, Thcs, Thpt, LienCap, Gdtx };

namespace SchoolLevels {
QList<SchoolLevel> all();
QString code(SchoolLevel level);            ///< stable code stored in files: "tieu-hoc", "thcs", …
SchoolLevel fromCode(const QString &code, bool *ok = nullptr);
QString displayName(SchoolLevel level);     ///< "Tiểu học", "THCS", …
QString schoolPrefix(SchoolLevel level);    ///< "Trường Tiểu học", "Trường THCS", …
} // namespace SchoolLevels

/// A member of the staff in charge of IT and digital transformation (seed 002 names three).
struct StaffContact
{
    QString name;
    QString title;
    QString phone;
    QString email;

    bool operator==(const StaffContact &other) const;
};

/// The school as its documents and exchange files name it.
struct SchoolProfile
{
    QString name;            ///< "Trường Tiểu học Chu Văn An"
    QString code;            ///< mã trường in CSDL ngành
    SchoolLevel level = SchoolLevel::TieuHoc;
    QString authority;       ///< cơ quan chủ quản: "PHÒNG GD&ĐT HUYỆN ĐĂK SONG", "UBND XÃ …", "SỞ GD&ĐT …"
    QString placeName;       ///< địa danh for the date line: "Đức An"
    QString docSign;         ///< ký hiệu in document numbers: "THCVA"
    QString principalName;
    QString principalTitle;  ///< "Hiệu trưởng"
    QList<StaffContact> itStaff;
    QString address;
    QString phone;
    QString email;
    QString website;

    bool operator==(const SchoolProfile &other) const;

    /// Problems a user must fix before saving, each a full Vietnamese sentence; empty when valid.
    QStringList validate() const;
};

} // namespace sdx
