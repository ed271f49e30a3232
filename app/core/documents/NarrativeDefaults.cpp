#include "NarrativeDefaults.h"

#include "DocumentInput.h"
#include "DocumentText.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::NarrativeDefaults)
};

QString staffList(const QList<StaffMember> &staff)
{
    QStringList names;
    for (const StaffMember &member : staff) {
        if (!member.name.trimmed().isEmpty())
            names << QStringLiteral("đồng chí ") + member.name.trimmed();
    }
    if (names.isEmpty())
        return QStringLiteral("cán bộ, giáo viên có chuyên môn phù hợp");
    if (names.size() == 1)
        return names.first();
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" và ") + last;
}

void finishSection(QList<NarrativeSection> &sections, NarrativeSection &current, QStringList &lines)
{
    if (current.key.isEmpty())
        return;
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    while (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    current.text = lines.join(QLatin1Char('\n'));
    sections << current;
    lines.clear();
}

} // namespace

const NarrativeDefaults &NarrativeDefaults::builtIn()
{
    static const NarrativeDefaults defaults = [] {
        NarrativeDefaults loaded;
        for (DocumentKind kind : DocumentKinds::all()) {
            QFile file(QStringLiteral(":/documents/narratives/%1.txt").arg(DocumentKinds::code(kind)));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            // The files are part of the build and checked by tests; a missing one leaves blanks.
            auto sections = parse(QString::fromUtf8(file.readAll()), file.fileName());
            if (sections)
                loaded.m_sections.insert(kind, sections.value());
        }
        return loaded;
    }();
    return defaults;
}

Expected<QList<NarrativeSection>> NarrativeDefaults::parse(const QString &text, const QString &sourceName)
{
    static const QRegularExpression header(QStringLiteral("^===\\s*([a-z0-9_]+)\\s*\\|\\s*(.+?)\\s*$"));
    QList<NarrativeSection> sections;
    NarrativeSection current;
    QStringList lines;
    const QStringList all = text.split(QLatin1Char('\n'));
    for (int i = 0; i < all.size(); ++i) {
        const QString line = all.at(i);
        if (line.startsWith(QLatin1String("==="))) {
            const QRegularExpressionMatch match = header.match(line);
            if (!match.hasMatch())
                return Status::failure(Text::tr("%1, dòng %2: tiêu đề phần phải có dạng \"=== khoá | tên\"")
                                           .arg(sourceName).arg(i + 1));
            finishSection(sections, current, lines);
            current = NarrativeSection{match.captured(1), match.captured(2), {}};
            for (const NarrativeSection &seen : std::as_const(sections)) {
                if (seen.key == current.key)
                    return Status::failure(Text::tr("%1, dòng %2: khoá \"%3\" bị lặp")
                                               .arg(sourceName).arg(i + 1).arg(current.key));
            }
            continue;
        }
        if (current.key.isEmpty())
            continue; // comments before the first section
        lines << line;
    }
    finishSection(sections, current, lines);
    return sections;
}

QList<NarrativeSection> NarrativeDefaults::sections(DocumentKind kind) const
{
    return m_sections.value(kind);
}

QString NarrativeDefaults::rawText(DocumentKind kind, const QString &key) const
{
    const QList<NarrativeSection> list = m_sections.value(kind);
    for (const NarrativeSection &section : list) {
        if (section.key == key)
            return section.text;
    }
    return {};
}

QString NarrativeDefaults::text(DocumentKind kind, const QString &key, const DocumentInput &input) const
{
    return substitute(rawText(kind, key), placeholders(input));
}

QString NarrativeDefaults::effective(DocumentKind kind, const QString &key, const DocumentInput &input) const
{
    const auto edited = input.narratives.constFind(key);
    if (edited != input.narratives.constEnd())
        return edited.value();
    return text(kind, key, input);
}

QMap<QString, QString> NarrativeDefaults::placeholders(const DocumentInput &input)
{
    const QString school = input.school.name.trimmed().isEmpty() ? QStringLiteral("Nhà trường")
                                                                 : input.school.name.trimmed();
    const QString authority = input.school.authorityName.trimmed().isEmpty()
        ? QStringLiteral("cơ quan quản lý cấp trên")
        : input.school.authorityName.trimmed();
    return {
        {QStringLiteral("Truong"), school},
        {QStringLiteral("truong"), DocumentText::lowerFirst(school)},
        {QStringLiteral("nam_hoc"), input.yearName.trimmed()},
        {QStringLiteral("cap_tren"), authority},
        {QStringLiteral("nhan_su_cntt"), staffList(input.school.itStaff)},
        {QStringLiteral("hieu_truong"), input.school.principalName.trimmed()},
    };
}

QString NarrativeDefaults::substitute(const QString &text, const QMap<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_]+)\\}"));
    QString result;
    qsizetype last = 0;
    auto matches = placeholder.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += text.mid(last, match.capturedStart() - last);
        const auto value = values.constFind(match.captured(1));
        result += value != values.constEnd() ? value.value() : match.captured(0);
        last = match.capturedEnd();
    }
    result += text.mid(last);
    return result;
}

} // namespace sdx
