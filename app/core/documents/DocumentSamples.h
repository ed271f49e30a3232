#pragma once

#include "DocumentInput.h"

namespace sdx {

/**
 * Complete inputs reproducing seed 002 (the 2022–2023 plan of Trường Tiểu học Chu Văn An, Đắk Song):
 * its inventory tables, totals, self-assessment table, căn cứ and school-specific texts. For golden
 * tests, screenshots and benchmarks. The report samples reuse the same school; their managing
 * authority's indicators are illustrative (seed 002 has none).
 */
namespace DocumentSamples {

DocumentInput seed002Plan();
DocumentInput seed002SelfAssessment();
DocumentInput seed002SemesterReport();
DocumentInput seed002YearReport();
/// A school with nothing filled in, as the documents page starts without a data provider.
DocumentInput emptySchool();

} // namespace DocumentSamples
} // namespace sdx
