#pragma once

#include "ExchangeDocument.h"
#include "common/Status.h"

#include <QJsonObject>

namespace sdx::ExchangeJson {

/// The document as the JSON object written to the file, without "checksum" (it is computed over this).
QJsonObject toJson(const ExchangeDocument &document);

/**
 * Reads a document whose "format" and "formatVersion" were already accepted. Every problem found is
 * listed in one message (in Vietnamese, naming the field), so a user fixes them all at once.
 * Members this version does not know are ignored (they still count in the checksum).
 */
Expected<ExchangeDocument> fromJson(const QJsonObject &object);

/// Facts as the JSON object of the file: item id → {"value", "source", "provenance", …}.
QJsonObject factsToJson(const QMap<QString, ExchangeFact> &facts);
/// The bare values ({"1.4": 25, …}), as the scoring reads them.
QJsonObject factValues(const QMap<QString, ExchangeFact> &facts);

} // namespace sdx::ExchangeJson
