#pragma once

#include "IndexDefinition.h"
#include "common/Status.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace sdx {

using IndexDefinitionPtr = std::shared_ptr<const IndexDefinition>;

/**
 * The index versions SchoolDX knows: every valid *.json in the given folders (the built-in one is
 * ":/index", compiled from resources/index/). A year keeps the version it was assessed with, so
 * old versions stay listed after a new one is added.
 */
class IndexRegistry final
{
public:
    explicit IndexRegistry(const QStringList &folders);

    /// The indexes shipped inside the program, loaded once.
    static const IndexRegistry &builtIn();
    /// The index a new year is assessed with unless told otherwise.
    static QString defaultIndexId();

    /// Every loaded version, sorted by id then version.
    const QList<IndexDefinitionPtr> &versions() const { return m_versions; }
    /// Files that could not be loaded, each with its reasons (shown, never silently dropped).
    const QStringList &problems() const { return m_problems; }

    IndexDefinitionPtr find(const QString &id, int version) const;
    IndexDefinitionPtr latest(const QString &id) const;
    /// find(), or a message naming the missing index and the versions known.
    Expected<IndexDefinitionPtr> require(const QString &id, int version) const;

private:
    void loadFolder(const QString &folder);

    QList<IndexDefinitionPtr> m_versions;
    QStringList m_problems;
};

} // namespace sdx
