#pragma once

#include "DocumentKind.h"
#include "common/Status.h"

#include <QMap>
#include <QString>

namespace sdx {

class Database;

/**
 * The school's edits of the documents' texts, per school year. A section with no edit follows the
 * default text (NarrativeDefaults), so improving a default reaches every school that kept it;
 * "Khôi phục mặc định" removes the edit.
 */
class NarrativeRepository final
{
public:
    explicit NarrativeRepository(Database &database) : m_database(database) {}

    /// Edited sections of one document of one year: key → text.
    Expected<QMap<QString, QString>> edits(qint64 yearId, DocumentKind kind);
    /// Keeps `text` for the section; a text equal to `defaultText` removes the edit instead.
    Status save(qint64 yearId, DocumentKind kind, const QString &section, const QString &text,
                const QString &defaultText = {});
    /// Back to the default text for one section.
    Status reset(qint64 yearId, DocumentKind kind, const QString &section);
    /// Back to the default text for every section of a document.
    Status resetAll(qint64 yearId, DocumentKind kind);

    /// Line endings and trailing blanks as stored: "\r\n" → "\n", no trailing spaces or empty lines.
    static QString normalized(const QString &text);

private:
    Database &m_database;
};

} // namespace sdx
