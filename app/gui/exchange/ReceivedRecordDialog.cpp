#include "ReceivedRecordDialog.h"

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sdx::gui {
namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString valueText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? ReceivedRecordDialog::tr("có") : ReceivedRecordDialog::tr("không");
    if (value.isObject()) {
        const QJsonObject share = value.toObject();
        return ReceivedRecordDialog::tr("%1/%2").arg(share.value(QLatin1String("count")).toInt()).arg(share.value(QLatin1String("of")).toInt());
    }
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 6);
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QJsonObject byId(const QJsonArray &array, const QString &id)
{
    for (const QJsonValue &value : array) {
        if (value.toObject().value(QLatin1String("id")).toString() == id)
            return value.toObject();
    }
    return {};
}

QString mandatoryText(const QJsonObject &criterion)
{
    const bool met = criterion.value(QLatin1String("met")).toBool();
    return met ? ReceivedRecordDialog::tr("Đạt (bắt buộc)") : ReceivedRecordDialog::tr("<font color=#b00020>Không đạt (bắt buộc)</font>");
}

QString resultsHtml(const ExchangeDocument &document, const IndexOutline &outline)
{
    QString html = ReceivedRecordDialog::tr("<h3>Kết quả tự đánh giá</h3><table border=1 cellspacing=0 cellpadding=3>"
                               "<tr><th>Tiêu chí</th><th>Nội dung</th><th>Điểm</th><th>Tối đa</th><th>Mức</th></tr>");
    const QJsonArray groups = document.score.value(QLatin1String("groups")).toArray();
    for (const IndexOutline::Group &group : outline.groups) {
        const QJsonObject scored = byId(groups, group.id);
        const int level = scored.value(QLatin1String("level")).toInt();
        const int uncapped = scored.value(QLatin1String("uncappedLevel")).toInt(level);
        const QString levelText = scored.value(QLatin1String("mandatoryMet")).toBool(true)
                                      ? QString::number(level)
                                      : ReceivedRecordDialog::tr("%1 (chưa đạt điều kiện bắt buộc; theo điểm: %2)").arg(level).arg(uncapped);
        html += QStringLiteral("<tr><td><b>%1</b></td><td><b>%2</b></td><td><b>%3</b></td><td>%4</td><td><b>%5</b></td></tr>")
                    .arg(esc(group.id), esc(group.title))
                    .arg(scored.value(QLatin1String("points")).toDouble())
                    .arg(group.max)
                    .arg(levelText);
        for (const IndexOutline::Criterion &criterion : group.criteria) {
            const QJsonObject cell = byId(scored.value(QLatin1String("criteria")).toArray(), criterion.id);
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(esc(criterion.id), esc(criterion.title))
                        .arg(cell.value(QLatin1String("points")).toDouble())
                        .arg(criterion.max)
                        .arg(criterion.mandatory ? mandatoryText(cell)
                                                 : QString::number(cell.value(QLatin1String("level")).toInt()));
        }
    }
    return html + QStringLiteral("</table>");
}

QString factsHtml(const ExchangeDocument &document)
{
    QString html = ReceivedRecordDialog::tr("<h3>Dữ kiện và minh chứng</h3><table border=1 cellspacing=0 cellpadding=3>"
                               "<tr><th>Mục</th><th>Giá trị</th><th>Nguồn</th><th>Minh chứng</th></tr>");
    for (auto it = document.assessment.facts.constBegin(); it != document.assessment.facts.constEnd(); ++it) {
        QStringList evidence;
        for (const ExchangeEvidence &entry : document.assessment.evidence.value(it.key()))
            evidence << esc(entry.title) + (entry.location.isEmpty() ? QString() : QStringLiteral(": ") + esc(entry.location));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(it.key()), esc(valueText(it->value)),
                         esc(it->provenance.isEmpty() ? it->source : it->provenance), evidence.join(QStringLiteral("<br>")));
    }
    return html + QStringLiteral("</table>");
}

QString indicatorsHtml(const ExchangeDocument &document)
{
    if (document.indicators.isEmpty())
        return QString();
    QString html = ReceivedRecordDialog::tr("<h3>Chỉ số báo cáo cơ quan quản lý</h3><table border=1 cellspacing=0 cellpadding=3>");
    for (auto it = document.indicators.values.constBegin(); it != document.indicators.values.constEnd(); ++it)
        html += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>").arg(esc(ExchangeIndicators::label(it.key()))).arg(*it);
    return html + QStringLiteral("</table>");
}

} // namespace

QString receivedRecordHtml(const ExchangeDocument &document, const IndexOutline &outline)
{
    const ExchangeSchool &school = document.school;
    QString html = ReceivedRecordDialog::tr("<h2>%1</h2><p>Mã trường: <b>%2</b> · Năm học %3 · Lần chốt %4 (%5) · Gửi: %6</p>"
                               "<p>Hiệu trưởng: %7 · Cơ quan chủ quản: %8 · Bộ chỉ số %9 phiên bản %10</p>")
                       .arg(esc(school.name), esc(school.code), esc(document.schoolYear))
                       .arg(document.revision)
                       .arg(document.finalisedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")),
                            esc(document.recipient.name), esc(school.principalName), esc(school.authority),
                            esc(document.indexId))
                       .arg(document.indexVersion);
    return html + resultsHtml(document, outline) + factsHtml(document) + indicatorsHtml(document);
}

ReceivedRecordDialog::ReceivedRecordDialog(const ExchangeDocument &document, const IndexOutline &outline, QWidget *parent)
    : QDialog(parent)
    , m_html(receivedRecordHtml(document, outline))
{
    setWindowTitle(tr("Hồ sơ đã nhận: %1 (chỉ xem)").arg(document.school.name));
    setObjectName(QStringLiteral("receivedRecordDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("recordBrowser"));
    browser->setOpenExternalLinks(false);
    browser->setHtml(m_html);
    layout->addWidget(browser);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Đóng"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 650);
}

} // namespace sdx::gui
