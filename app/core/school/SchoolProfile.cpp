#include "SchoolProfile.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::SchoolProfile)
};

struct LevelInfo
{
    SchoolLevel level;
    const char *code;
    const char *name;
    const char *prefix;
};

// QT_TRANSLATE_NOOP keeps the names in the .ts files while the table stays constant data.
const LevelInfo kLevels[] = {
    {SchoolLevel::TieuHoc, "tieu-hoc", QT_TRANSLATE_NOOP("sdx::SchoolProfile", "Tiểu học"),
     QT_TRANSLATE_NOOP("sdx::SchoolProfile", "Trường Tiểu học")},
    {SchoolLevel::Thcs, "thcs", QT_TRANSLATE_NOOP("sdx::SchoolProfile", "Trung học cơ sở"),
     QT_TRANSLATE_NOOP("sdx::SchoolProfile", "Trường THCS")},
    {SchoolLevel::Thpt, "thpt", QT_TRANSLATE_NOOP("sdx::SchoolProfile", "Trung học phổ thông"),
     QT_TRANSLATE_NOOP("sdx::SchoolProfile", "Trường THPT")},
    {SchoolLevel::LienCap, "lien-cap", QT_TRANSLATE_NOOP("sdx::SchoolProfile", "Liên cấp"),
     QT_TRANSLATE_NOOP("sdx::SchoolProfile", "Trường")},
    {SchoolLevel::Gdtx, "gdtx", QT_TRANSLATE_NOOP("sdx::SchoolProfile", "Giáo dục thường xuyên"),
     QT_TRANSLATE_NOOP("sdx::SchoolProfile", "Trung tâm GDNN-GDTX")},
};

const LevelInfo &info(SchoolLevel level)
{
    for (const LevelInfo &entry : kLevels) {
        if (entry.level == level)
            return entry;
    }
    return kLevels[0];
}

bool looksLikeEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text).hasMatch();
}

} // namespace

namespace SchoolLevels {

QList<SchoolLevel> all()
{
    QList<SchoolLevel> result;
    for (const LevelInfo &entry : kLevels)
        result.append(entry.level);
    return result;
}

QString code(SchoolLevel level)
{
    return QString::fromLatin1(info(level).code);
}

SchoolLevel fromCode(const QString &code, bool *ok)
{
    for (const LevelInfo &entry : kLevels) {
        if (code == QLatin1String(entry.code)) {
            if (ok)
                *ok = true;
            return entry.level;
        }
    }
    if (ok)
        *ok = false;
    return SchoolLevel::TieuHoc;
}

QString displayName(SchoolLevel level)
{
    return Text::tr(info(level).name);
}

QString schoolPrefix(SchoolLevel level)
{
    return Text::tr(info(level).prefix);
}

} // namespace SchoolLevels

bool StaffContact::operator==(const StaffContact &other) const
{
    return name == other.name && title == other.title && phone == other.phone && email == other.email;
}

bool SchoolProfile::operator==(const SchoolProfile &other) const
{
    return name == other.name && code == other.code && level == other.level && authority == other.authority
           && placeName == other.placeName && docSign == other.docSign && principalName == other.principalName
           && principalTitle == other.principalTitle && itStaff == other.itStaff && address == other.address
           && phone == other.phone && email == other.email && website == other.website;
}

QStringList SchoolProfile::validate() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << Text::tr("Chưa nhập tên trường.");
    if (authority.trimmed().isEmpty())
        problems << Text::tr("Chưa nhập cơ quan chủ quản (ví dụ: UBND XÃ …, SỞ GD&ĐT …).");
    if (placeName.trimmed().isEmpty())
        problems << Text::tr("Chưa nhập địa danh dùng ở dòng ngày tháng của văn bản.");
    static const QRegularExpression signPattern(QStringLiteral("^[A-ZĐ0-9&]{1,15}$"));
    if (!docSign.isEmpty() && !signPattern.match(docSign).hasMatch())
        problems << Text::tr("Ký hiệu văn bản \"%1\" chỉ gồm chữ in hoa và số, không dấu cách (ví dụ: THCVA).").arg(docSign);
    if (!email.isEmpty() && !looksLikeEmail(email))
        problems << Text::tr("Địa chỉ thư điện tử \"%1\" không hợp lệ.").arg(email);
    for (const StaffContact &staff : itStaff) {
        if (staff.name.trimmed().isEmpty())
            problems << Text::tr("Có cán bộ phụ trách CNTT chưa có họ tên.");
        else if (!staff.email.isEmpty() && !looksLikeEmail(staff.email))
            problems << Text::tr("Thư điện tử của %1 (\"%2\") không hợp lệ.").arg(staff.name, staff.email);
    }
    return problems;
}

} // namespace sdx
