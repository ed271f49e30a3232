#pragma once

#include "DocumentInput.h"
#include "DocumentKind.h"
#include "common/Status.h"

#include <optional>

namespace sdx {

class Database;

/// Number, date and signer of each document of each year (the recipients are an editable text).
class DocumentMetaRepository final
{
public:
    explicit DocumentMetaRepository(Database &database) : m_database(database) {}

    /// The stored values, or nullopt when the document was never numbered or signed.
    Expected<std::optional<DocumentMeta>> load(qint64 yearId, DocumentKind kind);
    Status save(qint64 yearId, DocumentKind kind, const DocumentMeta &meta);

    /// Problems the user must fix, each a full Vietnamese sentence; empty when valid.
    static QStringList validate(const DocumentMeta &meta);

private:
    Database &m_database;
};

} // namespace sdx
