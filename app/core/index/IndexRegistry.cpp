#include "IndexRegistry.h"

#include "IndexLoader.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace sdx {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::IndexRegistry)
};

} // namespace

IndexRegistry::IndexRegistry(const QStringList &folders)
{
    for (const QString &folder : folders)
        loadFolder(folder);
    std::sort(m_versions.begin(), m_versions.end(), [](const IndexDefinitionPtr &a, const IndexDefinitionPtr &b) {
        return a->id != b->id ? a->id < b->id : a->version < b->version;
    });
}

const IndexRegistry &IndexRegistry::builtIn()
{
    static const IndexRegistry registry(QStringList{QStringLiteral(":/index")});
    return registry;
}

QString IndexRegistry::defaultIndexId()
{
    return QStringLiteral("4725/QĐ-BGDĐT");
}

void IndexRegistry::loadFolder(const QString &folder)
{
    const QDir directory(folder);
    const QStringList files = directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        Expected<IndexDefinition> loaded = IndexLoader::fromFile(directory.filePath(file));
        if (!loaded) {
            m_problems << loaded.message();
            continue;
        }
        if (find(loaded->id, loaded->version)) {
            m_problems << Text::tr("Tệp %1: bộ chỉ số %2 đã có ở tệp khác, bỏ qua.")
                              .arg(QDir::toNativeSeparators(directory.filePath(file)), loaded->displayName());
            continue;
        }
        m_versions.append(std::make_shared<const IndexDefinition>(std::move(loaded.value())));
    }
}

IndexDefinitionPtr IndexRegistry::find(const QString &id, int version) const
{
    for (const IndexDefinitionPtr &definition : m_versions) {
        if (definition->id == id && definition->version == version)
            return definition;
    }
    return nullptr;
}

IndexDefinitionPtr IndexRegistry::latest(const QString &id) const
{
    IndexDefinitionPtr best;
    for (const IndexDefinitionPtr &definition : m_versions) {
        if (definition->id == id && (!best || definition->version > best->version))
            best = definition;
    }
    return best;
}

Expected<IndexDefinitionPtr> IndexRegistry::require(const QString &id, int version) const
{
    if (IndexDefinitionPtr definition = find(id, version))
        return definition;
    QStringList known;
    for (const IndexDefinitionPtr &definition : m_versions)
        known << definition->displayName();
    return Status::failure(Text::tr("Không có bộ chỉ số %1 phiên bản %2 (đang có: %3).")
                               .arg(id)
                               .arg(version)
                               .arg(known.isEmpty() ? Text::tr("không có") : known.join(QStringLiteral(", "))));
}

} // namespace sdx
