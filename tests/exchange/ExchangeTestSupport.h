#pragma once

// Builders shared by the exchange tests: varied, valid documents and bad files made on the fly.

#include "exchange/ExchangeDocument.h"
#include "exchange/ExchangeScorer.h"

#include <QByteArray>
#include <QString>

namespace sdx::test {

/// A school's finalised year with the given facts and a score made by `scorer` (so it is consistent).
ExchangeDocument makeDocument(const ExchangeScorer &scorer, const QString &code, const QString &name,
                              const QJsonObject &factValues, int revision = 1,
                              const QString &year = QStringLiteral("2024-2025"));

/// The seed school's facts (seed 002): 32/100 in group 1 and 58/100 in group 2.
QJsonObject seedFacts();

/// Facts that vary with `n`, all within range.
QJsonObject variedFacts(int n);

/// A single gzip stream of `declaredBytes` zero bytes, built chunk by chunk (never held whole).
QByteArray gzipOfZeros(qint64 declaredBytes);

/// The scorer of the tests: the real engine and index registry.
const ExchangeScorer &testScorer();

} // namespace sdx::test
