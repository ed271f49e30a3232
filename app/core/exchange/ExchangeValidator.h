#pragma once

#include "ExchangeReader.h"
#include "common/Status.h"

#include <QJsonObject>
#include <QStringList>

namespace sdx {

class ExchangeScorer;

/**
 * The checks a receiving office needs beyond the file's form: the index version is known here, the
 * facts are within range, and the score the file states is the score its facts give here.
 */
namespace ExchangeValidator {

/// Success, or a Vietnamese refusal naming the file and every problem found.
Status check(const ExchangeFile &file, const ExchangeScorer &scorer);

/**
 * Where two score JSONs disagree on points, maxima or levels (explanations are wording and are not
 * compared): "nhóm 1: tệp ghi 40 điểm, tính lại được 32".
 */
QStringList differences(const QJsonObject &stated, const QJsonObject &recomputed);

} // namespace ExchangeValidator
} // namespace sdx
