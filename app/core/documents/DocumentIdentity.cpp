#include "DocumentIdentity.h"

#include "DocumentText.h"
#include "exchange/ExchangeDocument.h"
#include "school/SchoolProfile.h"

#include <QLocale>
#include <algorithm>
#include <QRegularExpression>

namespace sdx::DocumentIdentity {
namespace {

const QLocale kVietnamese(QLocale::Vietnamese, QLocale::Vietnam);

/// Abbreviations of the agency names, written out as a sentence names them.
const QList<std::pair<QString, QString>> &abbreviations()
{
    static const QList<std::pair<QString, QString>> list = {
        {QStringLiteral("gd&đt"), QStringLiteral("Giáo dục và Đào tạo")},
        {QStringLiteral("gdđt"), QStringLiteral("Giáo dục và Đào tạo")},
        {QStringLiteral("gd-đt"), QStringLiteral("Giáo dục và Đào tạo")},
        {QStringLiteral("ubnd"), QStringLiteral("Ủy ban nhân dân")},
    };
    return list;
}

/// Words naming an administrative unit stay lower-case; the place name after them is capitalised.
bool isUnitWord(const QString &word)
{
    static const QStringList units = {QStringLiteral("tỉnh"), QStringLiteral("thành"), QStringLiteral("phố"),
                                      QStringLiteral("huyện"), QStringLiteral("quận"), QStringLiteral("thị"),
                                      QStringLiteral("xã"), QStringLiteral("phường"), QStringLiteral("trấn")};
    return units.contains(word);
}

QString capitalised(const QString &word)
{
    return word.isEmpty() ? word : kVietnamese.toUpper(word.left(1)) + word.mid(1);
}

bool isAllCapitals(const QString &text)
{
    return text == kVietnamese.toUpper(text);
}

} // namespace

QString authorityLine(const QString &authority)
{
    return DocumentText::upper(authority.simplified());
}

QString authorityInSentence(const QString &authorityLine)
{
    const QString line = authorityLine.simplified();
    if (line.isEmpty() || !isAllCapitals(line))
        return line;
    const QStringList words = kVietnamese.toLower(line).split(QLatin1Char(' '));
    QStringList result;
    bool inPlaceName = false;
    for (const QString &word : words) {
        const auto expanded = std::find_if(abbreviations().cbegin(), abbreviations().cend(),
                                           [&word](const auto &pair) { return pair.first == word; });
        if (expanded != abbreviations().cend()) {
            result << expanded->second;
            inPlaceName = false;
        } else if (isUnitWord(word)) {
            result << word;
            inPlaceName = true;
        } else {
            result << (inPlaceName || result.isEmpty() ? capitalised(word) : word);
        }
    }
    QString sentence = result.join(QLatin1Char(' '));
    // Names written out in the line keep their capitals in a sentence.
    sentence.replace(QStringLiteral("giáo dục và đào tạo"), QStringLiteral("Giáo dục và Đào tạo"));
    sentence.replace(QStringLiteral("ủy ban nhân dân"), QStringLiteral("Ủy ban nhân dân"));
    sentence.replace(QStringLiteral("uỷ ban nhân dân"), QStringLiteral("Ủy ban nhân dân"));
    return capitalised(sentence);
}

SchoolIdentity fromProfile(const SchoolProfile &profile)
{
    SchoolIdentity identity;
    identity.name = profile.name.simplified();
    identity.levelCode = SchoolLevels::code(profile.level);
    identity.authorityLine = authorityLine(profile.authority);
    identity.authorityName = authorityInSentence(profile.authority);
    identity.placeName = profile.placeName.simplified();
    identity.docSign = profile.docSign.simplified();
    identity.principalName = profile.principalName.simplified();
    if (!profile.principalTitle.trimmed().isEmpty())
        identity.principalTitle = profile.principalTitle.simplified();
    for (const StaffContact &contact : profile.itStaff)
        identity.itStaff << StaffMember{contact.name.simplified(), DocumentText::lowerFirst(contact.title.simplified())};
    return identity;
}

SchoolIdentity fromExchange(const ExchangeSchool &school)
{
    SchoolIdentity identity;
    identity.name = school.name.simplified();
    identity.levelCode = school.level;
    identity.authorityLine = authorityLine(school.authority);
    identity.authorityName = authorityInSentence(school.authority);
    identity.placeName = school.place.simplified();
    identity.docSign = school.sign.simplified();
    identity.principalName = school.principalName.simplified();
    if (!school.principalTitle.trimmed().isEmpty())
        identity.principalTitle = school.principalTitle.simplified();
    for (const ExchangeSchool::Contact &contact : school.itStaff)
        identity.itStaff << StaffMember{contact.name.simplified(), DocumentText::lowerFirst(contact.title.simplified())};
    return identity;
}

} // namespace sdx::DocumentIdentity
