#include "ChecklistItemPanel.h"

#include "EvidencePanel.h"
#include "index/IndexReadings.h"
#include "index/ItemRules.h"
#include "index/Points.h"
#include "index/ScoringEngine.h"
#include "ui_checklistitempanel.h"

#include <QJsonObject>
#include <QLocale>

namespace sdx {
namespace {

enum EditorPage { EmptyPage, YesNoPage, CountPage, SharePage, LevelPage };

EditorPage pageFor(InputType input)
{
    switch (input) {
    case InputType::YesNo:
        return YesNoPage;
    case InputType::Count:
        return CountPage;
    case InputType::Share:
        return SharePage;
    case InputType::Level:
        return LevelPage;
    }
    return EmptyPage;
}

} // namespace

ChecklistItemPanel::ChecklistItemPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChecklistItemPanel>())
    , m_evidence(new EvidencePanel(this))
{
    m_ui->setupUi(this);
    m_ui->evidenceHostLayout->addWidget(m_evidence);
    m_ui->mandatoryLabel->setStyleSheet(QStringLiteral("color: #a01c1c; font-weight: bold;"));
    m_ui->unverifiedLabel->setStyleSheet(
        QStringLiteral("background: #fff6d6; border: 1px solid #e0c060; padding: 4px; color: #5a4500;"));
    m_ui->explanationLabel->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_ui->provenanceLabel->setStyleSheet(QStringLiteral("color: #1a5f9e;"));
    m_ui->adjustMaxLabel->setStyleSheet(QStringLiteral("color: #555555;"));
    // Points are written "5,5" everywhere else.
    m_ui->adjustPointsSpin->setLocale(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    connect(m_ui->adjustToggle, &QToolButton::toggled, this, [this](bool open) {
        // Most items are never lowered: the editor stays folded until asked for.
        m_ui->adjustToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_ui->adjustForm->setVisible(open);
    });
    m_ui->adjustForm->hide();
    connect(m_ui->adjustSaveButton, &QPushButton::clicked, this, &ChecklistItemPanel::requestAdjustment);
    connect(m_ui->adjustReasonEdit, &QLineEdit::returnPressed, this, &ChecklistItemPanel::requestAdjustment);
    connect(m_ui->adjustClearButton, &QPushButton::clicked, this, [this]() {
        if (!m_itemId.isEmpty())
            emit adjustmentCleared(m_itemId);
    });
    connect(m_ui->yesCheck, &QCheckBox::toggled, this, &ChecklistItemPanel::emitAnswer);
    connect(m_ui->countSpin, qOverload<int>(&QSpinBox::valueChanged), this, &ChecklistItemPanel::emitAnswer);
    connect(m_ui->shareCountSpin, qOverload<int>(&QSpinBox::valueChanged), this, &ChecklistItemPanel::emitAnswer);
    connect(m_ui->shareOfSpin, qOverload<int>(&QSpinBox::valueChanged), this, [this](int of) {
        // n cannot exceed m: keep the pair valid while typing.
        m_ui->shareCountSpin->setMaximum(of);
        emitAnswer();
    });
    connect(m_ui->levelCombo, qOverload<int>(&QComboBox::currentIndexChanged), this, &ChecklistItemPanel::emitAnswer);
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this]() {
        if (!m_itemId.isEmpty())
            emit answerChanged(m_itemId, QJsonValue(QJsonValue::Null));
    });
    connect(m_ui->useDerivedButton, &QPushButton::clicked, m_ui->clearButton, &QPushButton::click);
    showNode(AssessmentSnapshot(), QString(), false);
}

ChecklistItemPanel::~ChecklistItemPanel() = default;

void ChecklistItemPanel::setUserName(const QString &name)
{
    m_userName = name;
    if (m_ui->adjustByEdit->text().isEmpty())
        m_ui->adjustByEdit->setText(name);
}

void ChecklistItemPanel::showAdjustmentMessage(const QString &message, bool error)
{
    m_ui->adjustMessageLabel->setText(message);
    m_ui->adjustMessageLabel->setStyleSheet(error ? QStringLiteral("color: #a01c1c;") : QStringLiteral("color: #2e6b2e;"));
    m_ui->adjustMessageLabel->setVisible(!message.isEmpty());
}

void ChecklistItemPanel::reloadAnswer(const AssessmentSnapshot &snapshot)
{
    const IndexItem *item = snapshot.index ? snapshot.index->item(m_itemId) : nullptr;
    if (!item)
        return;
    const ItemScore *score = snapshot.report.item(m_itemId);
    loadEditor(*item, score && score->answered ? score->fact.value : QJsonValue(QJsonValue::Null));
    updateSharePercent();
}

void ChecklistItemPanel::loadAdjustment(const AssessmentSnapshot &snapshot)
{
    const IndexItem *item = snapshot.index ? snapshot.index->item(m_itemId) : nullptr;
    const ItemScore *score = snapshot.report.item(m_itemId);
    if (item && score)
        showAdjustment(*item, *score, snapshot.report, true);
}

void ChecklistItemPanel::requestAdjustment()
{
    if (m_itemId.isEmpty())
        return;
    // The core refuses a blank reason too; saying it here keeps the user's typing in place.
    if (m_ui->adjustReasonEdit->text().trimmed().isEmpty()) {
        showAdjustmentMessage(tr("Cần ghi lý do chấm thấp hơn mức tối đa."), true);
        m_ui->adjustReasonEdit->setFocus();
        return;
    }
    emit adjustmentRequested(m_itemId, m_ui->adjustPointsSpin->value(), m_ui->adjustReasonEdit->text().trimmed(),
                             m_ui->adjustByEdit->text().trimmed());
}

void ChecklistItemPanel::showAdjustment(const IndexItem &item, const ItemScore &score, const ScoreReport &report,
                                        bool loadFields)
{
    m_ui->adjustBox->setVisible(!item.mandatory);
    if (item.mandatory)
        return;
    const bool adjustable = score.answered && score.counted && !score.invalid && score.rulePoints > 0;
    m_ui->adjustPointsSpin->setMaximum(score.rulePoints);
    m_ui->adjustMaxLabel->setText(tr("/ %1 điểm (mức tối đa của bậc đạt được)").arg(Points::format(score.rulePoints)));
    for (QWidget *field : {static_cast<QWidget *>(m_ui->adjustPointsSpin), static_cast<QWidget *>(m_ui->adjustReasonEdit),
                           static_cast<QWidget *>(m_ui->adjustByEdit), static_cast<QWidget *>(m_ui->adjustSaveButton)})
        field->setEnabled(adjustable);
    QString refused;
    for (const InputError &error : report.errors) {
        if (error.itemId == item.id && score.answered)
            refused = error.message;
    }
    m_ui->adjustToggle->setEnabled(adjustable || score.adjusted || !refused.isEmpty());
    m_ui->adjustStateLabel->setVisible(score.adjusted);
    if (score.adjusted) {
        m_ui->adjustStateLabel->setText(
            tr("<i>Đã điều chỉnh:</i> %1 → <b>%2</b> điểm. Lý do: %3 (người điều chỉnh: %4).")
                .arg(Points::format(score.rulePoints), Points::format(score.points),
                     score.adjustment.reason.trimmed().toHtmlEscaped(),
                     (score.adjustment.by.trimmed().isEmpty() ? tr("không ghi") : score.adjustment.by.trimmed())
                         .toHtmlEscaped()));
    }
    m_ui->adjustHintLabel->setText(
        adjustable ? tr("Quy tắc cho %1 điểm (\"tối đa\"). Có thể chấm thấp hơn nếu ghi rõ lý do.")
                         .arg(Points::format(score.rulePoints))
                   : tr("Chỉ điều chỉnh được khi mục đã có điểm theo quy tắc."));
    m_ui->adjustClearButton->setVisible(score.adjusted || !refused.isEmpty());
    if (!refused.isEmpty())
        showAdjustmentMessage(refused, true);
    if (!loadFields)
        return;
    m_ui->adjustToggle->setChecked(score.adjusted || !refused.isEmpty());
    m_ui->adjustPointsSpin->setValue(score.adjusted ? score.points : score.rulePoints);
    m_ui->adjustReasonEdit->setText(score.adjusted ? score.adjustment.reason : QString());
    m_ui->adjustByEdit->setText(score.adjusted && !score.adjustment.by.isEmpty() ? score.adjustment.by : m_userName);
    if (refused.isEmpty())
        showAdjustmentMessage(QString(), false);
}

void ChecklistItemPanel::showItem(const AssessmentSnapshot &snapshot, const QString &itemId)
{
    const IndexItem *item = snapshot.index ? snapshot.index->item(itemId) : nullptr;
    if (!item) {
        showNode(snapshot, QString(), false);
        return;
    }
    m_itemId = itemId;
    m_input = item->input;
    m_ui->idLabel->setText(tr("<b>Mục %1</b>").arg(item->id));
    m_ui->textLabel->setText(item->lead.isEmpty() ? item->text : item->lead + QLatin1Char(' ') + item->text);
    m_ui->mandatoryLabel->setVisible(item->mandatory);
    m_ui->answerBox->setEnabled(true);
    const ItemScore *score = snapshot.report.item(itemId);
    loadEditor(*item, score && score->answered ? score->fact.value : QJsonValue(QJsonValue::Null));
    showGuidance(*item, snapshot.index->criterion(item->criterionId));
    refresh(snapshot);
    if (score)
        showAdjustment(*item, *score, snapshot.report, true);
    m_evidence->showItem(itemId, snapshot.evidence.value(itemId));
}

void ChecklistItemPanel::showNode(const AssessmentSnapshot &snapshot, const QString &nodeId, bool isGroup)
{
    m_itemId.clear();
    m_ui->editorStack->setCurrentIndex(EmptyPage);
    m_ui->answerBox->setEnabled(false);
    m_ui->clearButton->hide();
    m_ui->useDerivedButton->hide();
    m_ui->provenanceLabel->clear();
    m_ui->mandatoryLabel->hide();
    m_ui->unverifiedLabel->hide();
    m_ui->adjustBox->hide();
    m_ui->evidenceHintLabel->clear();
    m_ui->guidanceLabel->clear();
    m_evidence->showItem(QString(), {});
    m_ui->idLabel->clear();
    m_ui->textLabel->clear();
    m_ui->tiersLabel->clear();
    m_ui->explanationLabel->clear();
    if (!snapshot.index || nodeId.isEmpty())
        return;
    if (isGroup) {
        const Group *group = snapshot.index->group(nodeId);
        const GroupScore *score = snapshot.report.group(nodeId);
        m_ui->idLabel->setText(tr("<b>Nhóm tiêu chí %1</b>").arg(nodeId));
        m_ui->textLabel->setText(group ? group->title : QString());
        m_ui->tiersLabel->setText(group ? tr("Mức độ: %1").arg(group->levelText) : QString());
        m_ui->explanationLabel->setText(score ? score->explanation : QString());
        return;
    }
    const Criterion *criterion = snapshot.index->criterion(nodeId);
    const CriterionScore *score = snapshot.report.criterion(nodeId);
    m_ui->idLabel->setText(tr("<b>Tiêu chí %1</b>").arg(nodeId));
    m_ui->textLabel->setText(criterion ? criterion->text : QString());
    if (criterion && !criterion->levelText.isEmpty())
        m_ui->tiersLabel->setText(tr("Mức độ: %1").arg(criterion->levelText));
    if (criterion && !criterion->evidence.isEmpty())
        m_ui->evidenceHintLabel->setText(tr("<b>Ghi chú, minh chứng:</b> %1").arg(criterion->evidence.toHtmlEscaped()));
    m_ui->explanationLabel->setText(score ? score->explanation : QString());
}

void ChecklistItemPanel::refresh(const AssessmentSnapshot &snapshot)
{
    if (m_itemId.isEmpty() || !snapshot.index)
        return;
    const IndexItem *item = snapshot.index->item(m_itemId);
    const ItemScore *score = snapshot.report.item(m_itemId);
    if (!item || !score)
        return;
    m_ui->explanationLabel->setText(score->explanation);
    m_ui->clearButton->setVisible(score->answered && score->fact.source == FactSource::Entered);
    showProvenance(snapshot, *item);
    showReadings(snapshot, *item);
    showAdjustment(*item, *score, snapshot.report, false);
    updateSharePercent();
}

void ChecklistItemPanel::loadEditor(const IndexItem &item, const QJsonValue &value)
{
    m_loading = true;
    m_ui->editorStack->setCurrentIndex(pageFor(item.input));
    switch (item.input) {
    case InputType::YesNo:
        m_ui->yesCheck->setText(tr("Có %1").arg(item.shortLabel));
        m_ui->yesCheck->setChecked(ItemRules::isYes(value));
        break;
    case InputType::Count:
        m_ui->countUnitLabel->setText(item.unit);
        m_ui->countSpin->setValue(value.isDouble() ? int(value.toDouble()) : 0);
        break;
    case InputType::Share: {
        m_ui->shareCountLabel->setText(item.countLabel.isEmpty() ? tr("Số lượng") : item.countLabel);
        m_ui->shareOfLabel->setText(item.ofLabel.isEmpty() ? tr("Tổng số") : item.ofLabel);
        const ShareValue share = value.isObject() ? ItemRules::share(value) : ShareValue{0, 1};
        m_ui->shareOfSpin->setValue(int(qMax<qint64>(1, share.of)));
        m_ui->shareCountSpin->setMaximum(m_ui->shareOfSpin->value());
        m_ui->shareCountSpin->setValue(int(share.count));
        break;
    }
    case InputType::Level:
        m_ui->levelCombo->clear();
        m_ui->levelCombo->addItem(tr("Chưa chọn mức"), 0);
        for (const Tier &tier : item.tiers)
            m_ui->levelCombo->addItem(tier.label, int(tier.from));
        m_ui->levelCombo->setCurrentIndex(qMax(0, m_ui->levelCombo->findData(value.isDouble() ? value.toInt() : 0)));
        break;
    }
    m_loading = false;
}

QJsonValue ChecklistItemPanel::editorValue() const
{
    switch (m_input) {
    case InputType::YesNo:
        return m_ui->yesCheck->isChecked();
    case InputType::Count:
        return m_ui->countSpin->value();
    case InputType::Share:
        return QJsonObject{{QStringLiteral("count"), m_ui->shareCountSpin->value()},
                           {QStringLiteral("of"), m_ui->shareOfSpin->value()}};
    case InputType::Level: {
        const int level = m_ui->levelCombo->currentData().toInt();
        return level > 0 ? QJsonValue(level) : QJsonValue(QJsonValue::Null);
    }
    }
    return QJsonValue();
}

void ChecklistItemPanel::emitAnswer()
{
    updateSharePercent();
    if (m_loading || m_itemId.isEmpty())
        return;
    emit answerChanged(m_itemId, editorValue());
}

void ChecklistItemPanel::updateSharePercent()
{
    if (m_input != InputType::Share)
        return;
    const ShareValue share{m_ui->shareCountSpin->value(), m_ui->shareOfSpin->value()};
    m_ui->sharePercentLabel->setText(tr("Tỷ lệ: %1").arg(ItemRules::percentText(share)));
}

void ChecklistItemPanel::showGuidance(const IndexItem &item, const Criterion *criterion)
{
    m_ui->tiersLabel->setText(item.tierText.isEmpty() ? QString()
                                                      : tr("<b>Thang điểm:</b> %1").arg(item.tierText.toHtmlEscaped()));
    QStringList evidence;
    if (criterion && !criterion->evidence.isEmpty())
        evidence << tr("<b>Ghi chú, minh chứng (Quyết định):</b> %1").arg(criterion->evidence.toHtmlEscaped());
    if (!item.evidenceHint.isEmpty())
        evidence << tr("<b>Minh chứng nên lưu:</b> %1").arg(item.evidenceHint.toHtmlEscaped());
    m_ui->evidenceHintLabel->setText(evidence.join(QStringLiteral("<br>")));
    m_ui->guidanceLabel->setText(item.guidance.isEmpty() ? QString()
                                                         : tr("<b>Cách đạt điểm:</b> %1").arg(item.guidance.toHtmlEscaped()));
}

void ChecklistItemPanel::showReadings(const AssessmentSnapshot &snapshot, const IndexItem &item)
{
    const QList<IndexReading> readings = readingsForItem(*snapshot.index, snapshot.report, item.id);
    QStringList lines;
    for (const IndexReading &reading : readings) {
        QString line = tr("• <b>%1</b>: %2").arg(reading.subject.toHtmlEscaped(), reading.note.toHtmlEscaped());
        if (reading.applies)
            line += tr(" <i>(câu trả lời hiện tại thuộc trường hợp này)</i>");
        lines << line;
    }
    m_ui->unverifiedLabel->setVisible(!lines.isEmpty());
    m_ui->unverifiedLabel->setText(tr("<b>Cách hiểu của SchoolDX</b> (chưa đối chiếu được với văn bản gốc):<br>%1")
                                       .arg(lines.join(QStringLiteral("<br>"))));
}

void ChecklistItemPanel::showProvenance(const AssessmentSnapshot &snapshot, const IndexItem &item)
{
    const ItemScore *score = snapshot.report.item(item.id);
    const DerivedFact *derived = snapshot.derivedFact(item.id);
    m_ui->useDerivedButton->setVisible(derived && score && score->fact.source == FactSource::Overridden);
    if (!score || !score->answered) {
        m_ui->provenanceLabel->setText(derived ? tr("Số liệu kiểm kê: %1").arg(derived->provenance) : QString());
        return;
    }
    QString text = tr("Nguồn: %1").arg(score->fact.provenance);
    if (score->fact.source == FactSource::Overridden && derived)
        text += tr("\nGiá trị từ kiểm kê (đang bị ghi đè): %1 — %2")
                    .arg(ItemRules::describe(item, derived->value), derived->provenance);
    m_ui->provenanceLabel->setText(text);
}

} // namespace sdx
