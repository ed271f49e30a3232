#pragma once

#include "index/Facts.h"
#include "index/IndexDefinition.h"

#include <QJsonObject>
#include <QString>

#include <functional>

/// Shared by the index tests: the built-in index, facts from JSON, the seed school's facts.
namespace IndexTestSupport {

const sdx::IndexDefinition &builtIn();
/// {"1.1": true, "1.4": 25, …} → entered facts.
sdx::Facts facts(const QJsonObject &values);
/// Parses a JSON object literal written in a test table.
QJsonObject object(const char *json);
/// {"1.4": {"points": 4, "reason": "…"}} → adjustments.
sdx::Adjustments adjustments(const QJsonObject &values);
/// The seed school's facts (tests/index/data/seed-002-facts.json).
sdx::Facts seedFacts();
/// Every mandatory condition of the index answered "có", plus `values`.
sdx::Facts withMandatory(const QJsonObject &values);

/// The built-in index file as JSON, to derive broken variants from.
QJsonObject builtInJson();
/// Calls `edit` on the item / criterion / group with that id inside `root`.
void editItem(QJsonObject &root, const QString &itemId, const std::function<void(QJsonObject &)> &edit);
void editCriterion(QJsonObject &root, const QString &criterionId, const std::function<void(QJsonObject &)> &edit);
void editGroup(QJsonObject &root, const QString &groupId, const std::function<void(QJsonObject &)> &edit);

} // namespace IndexTestSupport
