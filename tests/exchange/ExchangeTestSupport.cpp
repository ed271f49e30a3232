#include "ExchangeTestSupport.h"

#include "exchange/ExchangeServices.h"

#include <QJsonArray>

#include <zlib.h>

namespace sdx::test {
const ExchangeScorer &testScorer()
{
    return ExchangeServices::scorer();
}

QJsonObject seedFacts()
{
    return QJsonObject{
        {QStringLiteral("1.1"), true},      {QStringLiteral("1.2"), true},     {QStringLiteral("1.3.1"), true},
        {QStringLiteral("1.3.2"), false},   {QStringLiteral("1.4"), 0},        {QStringLiteral("1.5.1"), false},
        {QStringLiteral("1.5.2"), false},
        {QStringLiteral("1.6.1"), QJsonObject{{QStringLiteral("count"), 15}, {QStringLiteral("of"), 15}}},
        {QStringLiteral("1.6.2"), QJsonObject{{QStringLiteral("count"), 15}, {QStringLiteral("of"), 15}}},
        {QStringLiteral("1.6.3"), QJsonObject{{QStringLiteral("count"), 1}, {QStringLiteral("of"), 10}}},
        {QStringLiteral("1.7.1"), QJsonObject{{QStringLiteral("count"), 11}, {QStringLiteral("of"), 21}}},
        {QStringLiteral("1.7.2"), 2},       {QStringLiteral("1.7.3"), false},  {QStringLiteral("2.1"), true},
        {QStringLiteral("2.2"), true},      {QStringLiteral("2.3.1"), true},   {QStringLiteral("2.3.2"), true},
        {QStringLiteral("2.3.3"), false},   {QStringLiteral("2.3.4"), true},   {QStringLiteral("2.3.5"), true},
        {QStringLiteral("2.3.6"), true},    {QStringLiteral("2.3.7"), true},   {QStringLiteral("2.3.8"), true},
        {QStringLiteral("2.4.1"), true},    {QStringLiteral("2.4.2"), false},  {QStringLiteral("2.4.3"), false},
    };
}

QJsonObject variedFacts(int n)
{
    QJsonObject facts = seedFacts();
    const QStringList yesNo{QStringLiteral("1.1"),   QStringLiteral("1.2"),   QStringLiteral("1.3.1"),
                            QStringLiteral("1.3.2"), QStringLiteral("1.3.3.1"), QStringLiteral("1.3.3.2"),
                            QStringLiteral("1.3.3.3"), QStringLiteral("1.3.3.4"), QStringLiteral("1.5.1"),
                            QStringLiteral("1.5.2"), QStringLiteral("1.7.3"), QStringLiteral("2.1"),
                            QStringLiteral("2.2"),   QStringLiteral("2.3.1"), QStringLiteral("2.3.2"),
                            QStringLiteral("2.3.3"), QStringLiteral("2.3.4"), QStringLiteral("2.3.5"),
                            QStringLiteral("2.3.6"), QStringLiteral("2.3.7"), QStringLiteral("2.3.8"),
                            QStringLiteral("2.4.1"), QStringLiteral("2.4.2"), QStringLiteral("2.4.3")};
    // A cheap deterministic mix, so every school differs and every level occurs.
    quint32 state = quint32(n) * 2654435761u + 12345u;
    auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (const QString &id : yesNo)
        facts.insert(id, int(next() % 100) < 35 + (n % 50));
    facts.insert(QStringLiteral("1.4"), int(next() % 60));
    for (const QString &id : {QStringLiteral("1.6.1"), QStringLiteral("1.6.2"), QStringLiteral("1.6.3"),
                              QStringLiteral("1.7.1")}) {
        const int of = 10 + int(next() % 40);
        facts.insert(id, QJsonObject{{QStringLiteral("count"), int(next() % (of + 1))}, {QStringLiteral("of"), of}});
    }
    facts.insert(QStringLiteral("1.7.2"), 1 + int(next() % 3));
    return facts;
}

ExchangeDocument makeDocument(const ExchangeScorer &scorer, const QString &code, const QString &name,
                              const QJsonObject &factValues, int revision, const QString &year)
{
    ExchangeDocument document;
    document.indexId = QStringLiteral("4725/QĐ-BGDĐT");
    document.indexVersion = 1;
    document.school.name = name;
    document.school.code = code;
    document.school.level = QStringLiteral("tieu-hoc");
    document.school.authority = QStringLiteral("UBND XÃ ĐỨC AN");
    document.school.place = QStringLiteral("Đức An");
    document.school.principalName = QStringLiteral("Nguyễn Thị Hoa");
    document.school.principalTitle = QStringLiteral("Hiệu trưởng");
    document.school.itStaff.append({QStringLiteral("Trần Văn Bình"), QStringLiteral("Giáo viên Tin học"),
                                    QStringLiteral("0912 345 678"), QStringLiteral("binh@example.edu.vn")});
    document.recipient = {QStringLiteral("UBND xã Đức An"), RecipientKind::CommuneCommittee};
    document.schoolYear = year;
    document.revision = revision;
    document.finalisedAt = QDateTime(QDate(2025, 5, 20), QTime(8, revision % 60), Qt::UTC);
    document.finalisedBy = QStringLiteral("Nguyễn Thị Hoa");
    document.softwareVersion = QStringLiteral("0.1.0");
    for (auto it = factValues.constBegin(); it != factValues.constEnd(); ++it) {
        ExchangeFact fact;
        fact.value = it.value();
        fact.provenance = QStringLiteral("nhập tay");
        document.assessment.facts.insert(it.key(), fact);
    }
    document.assessment.evidence.insert(
        QStringLiteral("1.1"), {ExchangeEvidence{QStringLiteral("Kế hoạch dạy học trực tuyến"), QStringLiteral("document"),
                                                 QStringLiteral("Kế hoạch số 12/KH-THCVA ngày 05/9/2024"), QString(),
                                                 QString(), QDate(), QString()}});
    document.indicators.values.insert(QStringLiteral("computersTotal"), 20 + code.size());
    document.indicators.values.insert(QStringLiteral("computersWithAntiMalware"), 15);
    const Expected<Rescore> scored = scorer.rescore(document);
    if (scored)
        document.score = scored->score;
    return document;
}

QByteArray gzipOfZeros(qint64 declaredBytes)
{
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(1024 * 1024, '\0');
    QByteArray out;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 remaining = declaredBytes;
    while (true) {
        const qint64 take = qMin<qint64>(remaining, zeros.size());
        remaining -= take;
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        stream.avail_in = uInt(take);
        const int flush = remaining > 0 ? Z_NO_FLUSH : Z_FINISH;
        int result = Z_OK;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(buffer.data());
            stream.avail_out = uInt(buffer.size());
            result = deflate(&stream, flush);
            out.append(buffer.constData(), buffer.size() - qsizetype(stream.avail_out));
        } while (stream.avail_out == 0);
        if (flush == Z_FINISH && result == Z_STREAM_END)
            break;
    }
    deflateEnd(&stream);
    return out;
}

} // namespace sdx::test
