#include "SummaryReportSupport.h"

#include "ExchangeTestSupport.h"

namespace sdx::test {
namespace {

QJsonObject with(QJsonObject facts, const QJsonObject &changes)
{
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        facts.insert(it.key(), it.value());
    return facts;
}

} // namespace

QJsonObject strongFacts()
{
    QJsonObject facts = seedFacts();
    for (auto it = facts.begin(); it != facts.end(); ++it) {
        if (it.value().isBool())
            it.value() = true;
    }
    const QJsonObject all{{QStringLiteral("count"), 20}, {QStringLiteral("of"), 20}};
    return with(facts, {{QStringLiteral("1.3.3.1"), true}, {QStringLiteral("1.3.3.2"), true},
                        {QStringLiteral("1.3.3.3"), true}, {QStringLiteral("1.3.3.4"), true},
                        {QStringLiteral("1.4"), 45}, {QStringLiteral("1.5.1"), false}, {QStringLiteral("1.5.2"), false},
                        {QStringLiteral("1.6.3"), all}, {QStringLiteral("1.7.1"), all}, {QStringLiteral("1.7.2"), 3}});
}

QList<SummaryBuilder::Input> fourSchools()
{
    const ExchangeScorer &scorer = testScorer();
    QList<SummaryBuilder::Input> inputs;
    inputs.append({1, makeDocument(scorer, QStringLiteral("S1"), QStringLiteral("Trường TH Một"), seedFacts())});
    inputs.append({2, makeDocument(scorer, QStringLiteral("S2"), QStringLiteral("Trường TH Hai"), strongFacts())});
    inputs.append({3, makeDocument(scorer, QStringLiteral("S3"), QStringLiteral("Trường TH Ba"),
                                   with(seedFacts(), {{QStringLiteral("1.1"), false}}))});
    inputs.append({4, makeDocument(scorer, QStringLiteral("S4"), QStringLiteral("Trường TH Bốn"),
                                   with(seedFacts(), {{QStringLiteral("2.2"), false}}))});
    inputs[3].document.indicators.values.remove(QStringLiteral("computersTotal"));
    return inputs;
}

AuthorityProfile communeProfile()
{
    AuthorityProfile profile;
    profile.parentLine = QStringLiteral("UBND TỈNH ĐẮK NÔNG");
    profile.name = QStringLiteral("UBND XÃ ĐỨC AN");
    profile.nameInSentence = QStringLiteral("Ủy ban nhân dân xã Đức An");
    profile.placeName = QStringLiteral("Đức An");
    profile.docSign = QStringLiteral("UBND");
    profile.signingAuthority = QStringLiteral("KT.");
    profile.headTitle = QStringLiteral("Chủ tịch");
    profile.signerTitle = QStringLiteral("Phó Chủ tịch");
    profile.signerName = QStringLiteral("Nguyễn Văn Bình");
    profile.recipients = {QStringLiteral("Sở Giáo dục và Đào tạo (để b/c)"), QStringLiteral("Các trường trên địa bàn")};
    return profile;
}

} // namespace sdx::test
