#pragma once

#include "SoftwareRow.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sdx::InventoryFieldCodec {

/**
 * How the values of the inventory tables are written to files and read back. Reading accepts
 * what people type in Vietnamese spreadsheets, with or without diacritics ("Có", "x", "co",
 * "Còn thiếu", "thieu", "03"); writing uses the labels, so an export reads back as it was.
 */
QString formatBool(bool value);
std::optional<bool> parseBool(const QString &text);
/// "03" → 3, "21" → 21, "21.0" (a number cell of Excel) → 21; nothing for "01 phòng/21 máy".
std::optional<int> parseInt(const QString &text);
/// "1,5" or "1.5" → 1.5.
std::optional<double> parseNumber(const QString &text);
QString formatNumber(double value);
std::optional<SoftwareStatus> parseStatus(const QString &text);
std::optional<SoftwareGroup> parseGroup(const QString &text);
std::optional<Acquisition> parseAcquisition(const QString &text);
/// Items separated by ';' or line breaks, and by ',' inside a piece that `isItem` does not
/// recognise whole (labels such as "Tổ chức kiểm tra, đánh giá thường xuyên" hold commas).
QStringList splitList(const QString &text, const std::function<bool(const QString &)> &isItem);

} // namespace sdx::InventoryFieldCodec
