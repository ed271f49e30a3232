#include "EvidenceChecker.h"

#include "ItemRules.h"
#include "Points.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace sdx::EvidenceChecker {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::EvidenceChecker)
};

QString entryName(const EvidenceEntry &entry, int entryIndex)
{
    const QString title = entry.title.trimmed().isEmpty() ? entry.location.trimmed() : entry.title.trimmed();
    return Text::tr("Mục %1, minh chứng %2 \"%3\"").arg(entry.itemId).arg(entryIndex + 1).arg(title);
}

EvidenceIssue issue(const EvidenceEntry &entry, int entryIndex, EvidenceProblem problem, EvidenceSeverity severity,
                    const QString &reason)
{
    return {entry.itemId, entryIndex, problem, severity, Text::tr("%1: %2").arg(entryName(entry, entryIndex), reason)};
}

std::optional<EvidenceIssue> urlProblem(const EvidenceEntry &entry, int entryIndex)
{
    const QString text = entry.location.trimmed();
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty() && !text.contains(QLatin1Char(' ')) && text.contains(QLatin1Char('.')))
        return issue(entry, entryIndex, EvidenceProblem::InvalidUrl, EvidenceSeverity::Error,
                     Text::tr("đường link thiếu \"https://\" hoặc \"http://\" ở đầu (%1).").arg(text));
    if (!url.isValid() || text.contains(QLatin1Char(' ')))
        return issue(entry, entryIndex, EvidenceProblem::InvalidUrl, EvidenceSeverity::Error,
                     Text::tr("đường link không hợp lệ (%1).").arg(text));
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return issue(entry, entryIndex, EvidenceProblem::InvalidUrl, EvidenceSeverity::Error,
                     Text::tr("đường link phải bắt đầu bằng http:// hoặc https:// (%1).").arg(text));
    const QString host = url.host();
    static const QRegularExpression hostPattern(QStringLiteral("^[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+$"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    if (host.isEmpty() || (host != QLatin1String("localhost") && !hostPattern.match(host).hasMatch()))
        return issue(entry, entryIndex, EvidenceProblem::InvalidUrl, EvidenceSeverity::Error,
                     Text::tr("đường link không có tên miền hợp lệ (%1).").arg(text));
    return std::nullopt;
}

QList<EvidenceIssue> referenceProblems(const EvidenceEntry &entry, int entryIndex, const EvidenceCheckOptions &options)
{
    const std::optional<DocumentReference> reference = DocumentReference::parse(entry.location);
    if (!reference)
        return {issue(entry, entryIndex, EvidenceProblem::BadReference, EvidenceSeverity::Error,
                      Text::tr("số hiệu văn bản không đúng dạng \"Quyết định số 11/QĐ-CVA ngày 15/02/2023\" (%1).")
                          .arg(entry.location.trimmed()))};
    if (!reference->hasDate)
        return {issue(entry, entryIndex, EvidenceProblem::MissingDate, EvidenceSeverity::Warning,
                      Text::tr("văn bản chưa ghi ngày ban hành (… ngày dd/mm/yyyy)."))};
    if (!reference->date.isValid())
        return {issue(entry, entryIndex, EvidenceProblem::InvalidDate, EvidenceSeverity::Error,
                      Text::tr("ngày ban hành không có thật (%1).").arg(entry.location.trimmed()))};
    if (options.today.isValid() && reference->date > options.today)
        return {issue(entry, entryIndex, EvidenceProblem::FutureDate, EvidenceSeverity::Error,
                      Text::tr("ngày ban hành %1 ở sau ngày hôm nay.")
                          .arg(reference->date.toString(QStringLiteral("dd/MM/yyyy"))))};
    return {};
}

/// The same evidence written two ways must still count as the same.
QString normalizedLocation(const EvidenceEntry &entry)
{
    const QString text = entry.location.trimmed();
    switch (entry.kind) {
    case EvidenceKind::Link: {
        // Scheme and host are case-blind; "https://a.vn/" and "https://a.vn" are the same page.
        const QUrl url = QUrl(text).adjusted(QUrl::NormalizePathSegments);
        QString path = url.path(QUrl::FullyEncoded);
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        return QStringLiteral("link:%1://%2:%3%4?%5")
            .arg(url.scheme().toLower(), url.host().toLower())
            .arg(url.port())
            .arg(path, url.query(QUrl::FullyEncoded));
    }
    case EvidenceKind::Document:
        return QStringLiteral("doc:") + text.simplified().toLower();
    case EvidenceKind::File:
        return QStringLiteral("file:") + QDir::cleanPath(QFileInfo(text).absoluteFilePath());
    }
    return text;
}

void duplicateIssues(const EvidenceMap &evidence, QList<EvidenceIssue> &issues)
{
    QHash<QString, QStringList> itemsByLocation;
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        QHash<QString, int> seenInItem;
        for (int i = 0; i < it->size(); ++i) {
            const EvidenceEntry &entry = it->at(i);
            if (entry.location.trimmed().isEmpty())
                continue;
            const QString key = normalizedLocation(entry);
            if (seenInItem.contains(key))
                issues << issue(entry, i, EvidenceProblem::DuplicateInItem, EvidenceSeverity::Warning,
                                Text::tr("trùng với minh chứng %1 của cùng mục.").arg(seenInItem.value(key) + 1));
            else
                seenInItem.insert(key, i);
            QStringList &items = itemsByLocation[key];
            if (!items.contains(entry.itemId))
                items << entry.itemId;
        }
    }
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            const EvidenceEntry &entry = it->at(i);
            if (entry.location.trimmed().isEmpty())
                continue;
            const QStringList items = itemsByLocation.value(normalizedLocation(entry));
            if (items.size() > 1 && items.constFirst() != entry.itemId)
                issues << issue(entry, i, EvidenceProblem::DuplicateAcrossItems, EvidenceSeverity::Warning,
                                Text::tr("cũng là minh chứng của mục %1; kiểm tra xem có đúng cho cả hai mục không.")
                                    .arg(items.constFirst()));
        }
    }
}

bool earnsSomething(const ItemScore &score)
{
    return score.answered
           && (ItemRules::isYes(score.fact.value) || Points::compare(score.points, 0) > 0);
}

} // namespace

bool isPlaceholder(const QString &text)
{
    const QString value = text.trimmed().toLower();
    static const QStringList exact = {QStringLiteral("http://"), QStringLiteral("https://"), QStringLiteral("http"),
                                      QStringLiteral("https"), QStringLiteral("www"), QStringLiteral("link"),
                                      QStringLiteral("đường link"), QStringLiteral("đường dẫn"), QStringLiteral("url"),
                                      QStringLiteral("-"), QStringLiteral("#"), QStringLiteral("x"),
                                      QStringLiteral("n/a"), QStringLiteral("chưa có"), QStringLiteral("không")};
    if (exact.contains(value) || exact.contains(value.chopped(value.endsWith(QLatin1Char(':')) ? 1 : 0)))
        return true;
    static const QRegularExpression dotsOnly(QStringLiteral("^(https?://)?[.…\\s]+/?$"));
    if (dotsOnly.match(value).hasMatch())
        return true;
    return value.contains(QStringLiteral("đang cập nhật")) || value.contains(QStringLiteral("xxx"))
           || value.contains(QStringLiteral("..."));
}

QList<EvidenceIssue> checkEntry(const EvidenceEntry &entry, int entryIndex, const EvidenceCheckOptions &options)
{
    const QString location = entry.location.trimmed();
    if (location.isEmpty())
        return {issue(entry, entryIndex, EvidenceProblem::EmptyLocation, EvidenceSeverity::Error,
                      entry.kind == EvidenceKind::Link       ? Text::tr("chưa ghi đường link.")
                      : entry.kind == EvidenceKind::Document ? Text::tr("chưa ghi số hiệu văn bản.")
                                                             : Text::tr("chưa chọn tệp."))};
    if (isPlaceholder(location))
        return {issue(entry, entryIndex, EvidenceProblem::Placeholder, EvidenceSeverity::Error,
                      Text::tr("\"%1\" là chỗ trống chờ điền, chưa phải minh chứng.").arg(location))};
    switch (entry.kind) {
    case EvidenceKind::Link:
        if (const std::optional<EvidenceIssue> problem = urlProblem(entry, entryIndex))
            return {*problem};
        return {};
    case EvidenceKind::Document:
        return referenceProblems(entry, entryIndex, options);
    case EvidenceKind::File:
        if (options.checkFiles && !QFileInfo(location).isFile())
            return {issue(entry, entryIndex, EvidenceProblem::MissingFile, EvidenceSeverity::Error,
                          Text::tr("không tìm thấy tệp %1 trên máy này.").arg(QDir::toNativeSeparators(location)))};
        return {};
    }
    return {};
}

QList<EvidenceIssue> check(const IndexDefinition &index, const ScoreReport &report, const EvidenceMap &evidence,
                           const EvidenceCheckOptions &options)
{
    QList<EvidenceIssue> issues;
    for (const IndexItem *item : index.items()) {
        const QList<EvidenceEntry> entries = evidence.value(item->id);
        const ItemScore *score = report.item(item->id);
        if (entries.isEmpty() && score && earnsSomething(*score))
            issues << EvidenceIssue{item->id, -1, EvidenceProblem::MissingEvidence, EvidenceSeverity::Warning,
                                    Text::tr("Mục %1 được trả lời \"có\" hoặc có điểm nhưng chưa có minh chứng (%2).")
                                        .arg(item->id, item->evidenceHint.isEmpty() ? Text::tr("cần ít nhất một minh chứng")
                                                                                   : item->evidenceHint)};
        for (int i = 0; i < entries.size(); ++i)
            issues << checkEntry(entries.at(i), i, options);
    }
    for (auto it = evidence.cbegin(); it != evidence.cend(); ++it) {
        if (!index.item(it.key()))
            issues << EvidenceIssue{it.key(), -1, EvidenceProblem::UnknownItem, EvidenceSeverity::Error,
                                    Text::tr("Minh chứng gắn với mục \"%1\" không có trong bộ chỉ số.").arg(it.key())};
    }
    duplicateIssues(evidence, issues);
    return issues;
}

} // namespace sdx::EvidenceChecker
