#pragma once

#include <QDate>
#include <QString>

namespace sdx {

/**
 * How numbers, dates and document numbers are written in Vietnamese administrative documents
 * (Nghị định 30/2020/NĐ-CP, Phụ lục I): days below 10 and the months 1 and 2 take a leading zero,
 * numbers below 10 in "Số" do too, decimals use a comma.
 */
namespace DocumentText {

/// "05" for 5, "18" for 18, "123" for 123.
QString twoDigits(int number);

/// "Số: 18/KH-THCVA", "Số: 05/BC-THCVA"; without a type (công văn) "Số: 25/THCVA".
/// A number of 0 leaves the blank that is filled in by hand at registration: "Số:      /KH-THCVA".
QString numberLine(int number, const QString &typeAbbreviation, const QString &sign);

/// "ngày 05 tháng 01 năm 2024", "ngày 30 tháng 9 năm 2022".
QString longDate(const QDate &date);

/// "Đức An, ngày 16 tháng 02 năm 2023". A null date leaves blanks for a hand-written date,
/// keeping `year` if it is known: "Đức An, ngày      tháng      năm 2023".
QString placeDateLine(const QString &placeName, const QDate &date, int year = 0);

/// "58", "7,5", "0".
QString points(double value);

/// "58/100".
QString pointsOf(double value, double maximum);

/// "53,3%", or an empty string when the total is not positive.
QString percent(int count, int total);

/// "I", "II", … "XX".
QString roman(int number);

/// Upper case as Vietnamese writes it ("Độc lập" → "ĐỘC LẬP").
QString upper(const QString &text);

/// The same text with its first letter in lower case ("Trường Tiểu học" → "trường Tiểu học"),
/// for names that continue a sentence.
QString lowerFirst(const QString &text);

} // namespace DocumentText
} // namespace sdx
