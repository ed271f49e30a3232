#pragma once

#include "DocumentInput.h"
#include "DocumentKind.h"
#include "common/Status.h"

namespace sdx {

class Database;
class IndexRegistry;
class SchoolSession;
struct ExchangeDocument;

/**
 * Fills a DocumentInput with a school year's real data: the profile (DocumentIdentity), the
 * inventory annex (DocumentInventoryTables), the self-assessment (DocumentAssessmentRows) and the
 * authority's indicators (DocumentIndicators). The data only: number, date, căn cứ and edited texts
 * are the school's draft (DocumentDraft), which forDocument() applies.
 */
namespace DocumentInputAssembler {

/// From the store: refuses a database without a school or without that year, in Vietnamese.
Expected<DocumentInput> fromStore(Database &database, qint64 yearId);
/// The session's current year.
Expected<DocumentInput> fromSession(SchoolSession &session);
/// From an exchange file alone: its school, year, facts and evidence (scored again here with the
/// index version it names) and, when present, its `inventory.summary`.
Expected<DocumentInput> fromExchange(const ExchangeDocument &document, const IndexRegistry &registry);
Expected<DocumentInput> fromExchange(const ExchangeDocument &document);

/// What `kind` prints from the store: the data with the school's stored draft for that year.
Expected<DocumentInput> forDocument(Database &database, qint64 yearId, DocumentKind kind);

} // namespace DocumentInputAssembler
} // namespace sdx
