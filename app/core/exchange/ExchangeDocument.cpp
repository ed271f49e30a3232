#include "ExchangeDocument.h"

#include <QCoreApplication>

namespace sdx {
namespace {

struct RecipientInfo
{
    RecipientKind kind;
    const char *code;
    const char *name;
};

const RecipientInfo kRecipients[] = {
    {RecipientKind::CommuneCommittee, "ubnd-xa", QT_TRANSLATE_NOOP("sdx::Exchange", "UBND xã/phường")},
    {RecipientKind::Department, "so-gddt", QT_TRANSLATE_NOOP("sdx::Exchange", "Sở Giáo dục và Đào tạo")},
    {RecipientKind::DistrictOffice, "phong-gddt", QT_TRANSLATE_NOOP("sdx::Exchange", "Phòng Giáo dục và Đào tạo")},
    {RecipientKind::Other, "khac", QT_TRANSLATE_NOOP("sdx::Exchange", "Cơ quan khác")},
};

struct IndicatorInfo
{
    const char *key;
    const char *label;
    const char *denominator;
};

// Seed 003's appendix, rows 3 to 8, with the totals a ratio needs beside each count.
const IndicatorInfo kIndicators[] = {
    {"staffTotal", QT_TRANSLATE_NOOP("sdx::Exchange", "Tổng số cán bộ, giáo viên, nhân viên"), ""},
    {"staffInChargeOfIt", QT_TRANSLATE_NOOP("sdx::Exchange", "Viên chức chuyên trách, kiêm nhiệm về chuyển đổi số"), "staffTotal"},
    {"staffTrained", QT_TRANSLATE_NOOP("sdx::Exchange", "Viên chức được bồi dưỡng, tập huấn về chuyển đổi số"), "staffTotal"},
    {"computersTotal", QT_TRANSLATE_NOOP("sdx::Exchange", "Tổng số máy tính đang sử dụng"), ""},
    {"computersWithAntiMalware", QT_TRANSLATE_NOOP("sdx::Exchange", "Máy tính được cài phần mềm phòng, chống mã độc"), "computersTotal"},
    {"teachersTotal", QT_TRANSLATE_NOOP("sdx::Exchange", "Tổng số giáo viên"), ""},
    {"teachersEquippedOnline", QT_TRANSLATE_NOOP("sdx::Exchange", "Giáo viên đủ điều kiện dạy trực tuyến"), "teachersTotal"},
    {"studentsTotal", QT_TRANSLATE_NOOP("sdx::Exchange", "Tổng số học sinh"), ""},
    {"studentsEquippedOnline", QT_TRANSLATE_NOOP("sdx::Exchange", "Học sinh đủ điều kiện học trực tuyến"), "studentsTotal"},
    {"studentsUsingOnlinePlatform", QT_TRANSLATE_NOOP("sdx::Exchange", "Học sinh sử dụng nền tảng học trực tuyến"), "studentsTotal"},
};

} // namespace

namespace RecipientKinds {

QString code(RecipientKind kind)
{
    for (const RecipientInfo &info : kRecipients) {
        if (info.kind == kind)
            return QString::fromLatin1(info.code);
    }
    return QStringLiteral("khac");
}

std::optional<RecipientKind> fromCode(const QString &code)
{
    for (const RecipientInfo &info : kRecipients) {
        if (code == QLatin1String(info.code))
            return info.kind;
    }
    return std::nullopt;
}

QString displayName(RecipientKind kind)
{
    for (const RecipientInfo &info : kRecipients) {
        if (info.kind == kind)
            return QCoreApplication::translate("sdx::Exchange", info.name);
    }
    return QString();
}

RecipientKind guess(const QString &authorityName)
{
    const QString upper = authorityName.toUpper();
    if (upper.contains(QStringLiteral("SỞ")))
        return RecipientKind::Department;
    if (upper.contains(QStringLiteral("PHÒNG")) && !upper.contains(QStringLiteral("VĂN HÓA")))
        return RecipientKind::DistrictOffice;
    if (upper.contains(QStringLiteral("UBND")) || upper.contains(QStringLiteral("ỦY BAN"))
        || upper.contains(QStringLiteral("UỶ BAN")))
        return RecipientKind::CommuneCommittee;
    return RecipientKind::Other;
}

} // namespace RecipientKinds

bool ExchangeFact::operator==(const ExchangeFact &other) const
{
    return value == other.value && source == other.source && provenance == other.provenance && by == other.by
           && derivedValue == other.derivedValue && derivedProvenance == other.derivedProvenance;
}

bool ExchangeAdjustment::operator==(const ExchangeAdjustment &other) const
{
    return qFuzzyCompare(points + 1, other.points + 1) && reason == other.reason && by == other.by;
}

bool ExchangeEvidence::operator==(const ExchangeEvidence &other) const
{
    return title == other.title && kind == other.kind && location == other.location && issuer == other.issuer
           && notes == other.notes && checkedOn == other.checkedOn && checkResult == other.checkResult;
}

const QList<QString> &ExchangeIndicators::keys()
{
    static const QList<QString> list = [] {
        QList<QString> result;
        for (const IndicatorInfo &info : kIndicators)
            result.append(QString::fromLatin1(info.key));
        return result;
    }();
    return list;
}

QString ExchangeIndicators::label(const QString &key)
{
    for (const IndicatorInfo &info : kIndicators) {
        if (key == QLatin1String(info.key))
            return QCoreApplication::translate("sdx::Exchange", info.label);
    }
    return key;
}

QString ExchangeIndicators::denominatorOf(const QString &key)
{
    for (const IndicatorInfo &info : kIndicators) {
        if (key == QLatin1String(info.key))
            return QString::fromLatin1(info.denominator);
    }
    return QString();
}

std::optional<qint64> ExchangeIndicators::value(const QString &key) const
{
    const auto it = values.constFind(key);
    if (it == values.constEnd())
        return std::nullopt;
    return *it;
}

int ExchangeAssessment::evidenceCount() const
{
    int count = 0;
    for (const QList<ExchangeEvidence> &list : evidence)
        count += int(list.size());
    return count;
}

} // namespace sdx
