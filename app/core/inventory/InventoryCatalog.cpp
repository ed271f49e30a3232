#include "InventoryCatalog.h"

#include "TextKey.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace sdx {
namespace {

Q_LOGGING_CATEGORY(lcCatalog, "sdx.inventory.catalog")

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::InventoryCatalog)
};

/// Labels are data, but still go through the translator so an English catalogue can exist.
QString translatedLabel(const QJsonValue &value)
{
    const QByteArray utf8 = value.toString().toUtf8();
    return QCoreApplication::translate("sdx::InventoryCatalog", utf8.constData());
}

QStringList normalizedList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array)
        result.append(TextKey::normalized(entry.toString()));
    return result;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array)
        result.append(entry.toString());
    return result;
}

void readEntry(const QJsonObject &object, CatalogEntry *entry)
{
    entry->key = object.value(QStringLiteral("key")).toString();
    entry->label = translatedLabel(object.value(object.contains(QStringLiteral("label")) ? QStringLiteral("label")
                                                                                          : QStringLiteral("name")));
    entry->aliases = normalizedList(object.value(QStringLiteral("aliases")));
    // A school's file is written in Vietnamese whatever language the interface speaks.
    entry->aliases.append(TextKey::normalized(object.value(object.contains(QStringLiteral("label")) ? QStringLiteral("label")
                                                                                                   : QStringLiteral("name")).toString()));
    entry->item = object.value(QStringLiteral("item")).toString();
}

Expected<QJsonObject> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(Text::tr("Không đọc được danh mục %1").arg(path));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Status::failure(Text::tr("Danh mục %1 hỏng: %2 (vị trí %3)").arg(path, error.errorString()).arg(error.offset));
    return document.object();
}

template<typename Entry>
const Entry *findByKey(const QList<Entry> &entries, const QString &key)
{
    for (const Entry &entry : entries) {
        if (entry.key == key)
            return &entry;
    }
    return nullptr;
}

/// Exact key, label or alias first; otherwise the longest alias contained as whole words.
template<typename Entry>
QString matchEntry(const QList<Entry> &entries, const QString &text, bool exactOnly = false)
{
    const QString wanted = TextKey::normalized(text);
    if (wanted.isEmpty())
        return QString();
    for (const Entry &entry : entries) {
        if (entry.key == text.trimmed() || TextKey::normalized(entry.key) == wanted
            || TextKey::normalized(entry.label) == wanted || entry.aliases.contains(wanted))
            return entry.key;
    }
    if (exactOnly)
        return QString();
    QString best;
    qsizetype bestLength = 0;
    for (const Entry &entry : entries) {
        for (const QString &alias : entry.aliases) {
            if (alias.size() > bestLength && TextKey::containsWords(wanted, alias)) {
                best = entry.key;
                bestLength = alias.size();
            }
        }
    }
    return best;
}

Status requireKeys(const QString &path, const QStringList &keys)
{
    QStringList seen;
    for (const QString &key : keys) {
        if (key.isEmpty())
            return Status::failure(Text::tr("Danh mục %1: có mục thiếu khóa (key).").arg(path));
        if (seen.contains(key))
            return Status::failure(Text::tr("Danh mục %1: khóa “%2” lặp lại.").arg(path, key));
        seen.append(key);
    }
    return Status::success();
}

template<typename Entry>
QStringList keysOf(const QList<Entry> &entries)
{
    QStringList keys;
    for (const Entry &entry : entries)
        keys.append(entry.key);
    return keys;
}

} // namespace

const InventoryCatalog &InventoryCatalog::builtIn()
{
    static const InventoryCatalog catalog = [] {
        Expected<InventoryCatalog> loaded = load(QStringLiteral(":/inventory"));
        if (!loaded) {
            // A broken built-in catalog is a packaging fault; the tests catch it, users never should.
            qCCritical(lcCatalog) << loaded.message();
            return InventoryCatalog();
        }
        return std::move(loaded.value());
    }();
    return catalog;
}

Expected<InventoryCatalog> InventoryCatalog::load(const QString &folder)
{
    InventoryCatalog catalog;
    const QString base = folder + QLatin1Char('/');
    Status status = catalog.loadSoftware(base + QStringLiteral("software-roles.json"));
    if (status)
        status = catalog.loadEquipment(base + QStringLiteral("equipment.json"));
    if (status)
        status = catalog.loadCounts(base + QStringLiteral("people-counts.json"));
    if (status)
        status = catalog.loadRules(base + QStringLiteral("rules.json"));
    if (status)
        status = catalog.loadColumns(base + QStringLiteral("import-columns.json"));
    if (!status)
        return status;
    return catalog;
}

Status InventoryCatalog::loadSoftware(const QString &path)
{
    const Expected<QJsonObject> json = readJson(path);
    if (!json)
        return json.status();
    const QJsonArray modules = json->value(QStringLiteral("modules")).toArray();
    for (const QJsonValue &value : modules) {
        CatalogEntry entry;
        readEntry(value.toObject(), &entry);
        m_modules.append(entry);
    }
    const QJsonArray functions = json->value(QStringLiteral("lmsFunctions")).toArray();
    for (const QJsonValue &value : functions) {
        CatalogEntry entry;
        readEntry(value.toObject(), &entry);
        m_functions.append(entry);
    }
    const QJsonArray roles = json->value(QStringLiteral("roles")).toArray();
    for (const QJsonValue &value : roles) {
        const QJsonObject object = value.toObject();
        SoftwareRole role;
        readEntry(object, &role);
        if (!SoftwareCodes::groupFromCode(object.value(QStringLiteral("group")).toString(), &role.group))
            return Status::failure(Text::tr("Danh mục %1: vai trò “%2” có nhóm không hợp lệ.").arg(path, role.key));
        role.isDefault = object.value(QStringLiteral("default")).toBool();
        const QString features = object.value(QStringLiteral("features")).toString();
        role.features = features == QLatin1String("modules")     ? SoftwareRole::Features::Modules
                        : features == QLatin1String("functions") ? SoftwareRole::Features::Functions
                        : features == QLatin1String("exchange")  ? SoftwareRole::Features::Exchange
                                                                 : SoftwareRole::Features::None;
        role.providesModules = stringList(object.value(QStringLiteral("providesModules")));
        for (const QString &module : std::as_const(role.providesModules)) {
            if (!findByKey(m_modules, module))
                return Status::failure(Text::tr("Danh mục %1: vai trò “%2” nêu phân hệ không có: %3.").arg(path, role.key, module));
        }
        m_roles.append(role);
    }
    Status status = requireKeys(path, keysOf(m_roles));
    if (status)
        status = requireKeys(path, keysOf(m_modules));
    if (status)
        status = requireKeys(path, keysOf(m_functions));
    return status;
}

Status InventoryCatalog::loadEquipment(const QString &path)
{
    const Expected<QJsonObject> json = readJson(path);
    if (!json)
        return json.status();
    m_maxQuantityPerEntry = json->value(QStringLiteral("maxQuantityPerEntry")).toInt(2000);
    const QJsonArray categories = json->value(QStringLiteral("categories")).toArray();
    for (const QJsonValue &value : categories) {
        const QJsonObject object = value.toObject();
        EquipmentCategory category;
        readEntry(object, &category);
        category.computer = object.value(QStringLiteral("computer")).toBool();
        category.studentComputer = object.value(QStringLiteral("studentComputer")).toBool();
        category.projection = object.value(QStringLiteral("projection")).toBool();
        category.internetLine = object.value(QStringLiteral("internetLine")).toBool();
        category.inTotals = object.value(QStringLiteral("inTotals")).toBool();
        m_categories.append(category);
    }
    const QJsonArray kinds = json->value(QStringLiteral("roomKinds")).toArray();
    for (const QJsonValue &value : kinds) {
        const QJsonObject object = value.toObject();
        RoomKind kind;
        readEntry(object, &kind);
        kind.classroom = object.value(QStringLiteral("classroom")).toBool();
        kind.computerLab = object.value(QStringLiteral("computerLab")).toBool();
        kind.studio = object.value(QStringLiteral("studio")).toBool();
        kind.countsAsUnit = object.value(QStringLiteral("countsAsUnit")).toBool();
        m_roomKinds.append(kind);
    }
    Status status = requireKeys(path, keysOf(m_categories));
    if (status)
        status = requireKeys(path, keysOf(m_roomKinds));
    return status;
}

Status InventoryCatalog::loadCounts(const QString &path)
{
    const Expected<QJsonObject> json = readJson(path);
    if (!json)
        return json.status();
    m_maxCount = json->value(QStringLiteral("maxCount")).toInt(100000);
    const QJsonArray counts = json->value(QStringLiteral("counts")).toArray();
    for (const QJsonValue &value : counts) {
        const QJsonObject object = value.toObject();
        CountDefinition definition;
        readEntry(object, &definition);
        definition.of = stringList(object.value(QStringLiteral("of")));
        definition.indicator = object.value(QStringLiteral("indicator")).toInt();
        m_counts.append(definition);
    }
    for (const CountDefinition &definition : std::as_const(m_counts)) {
        for (const QString &base : definition.of) {
            if (!findByKey(m_counts, base))
                return Status::failure(Text::tr("Danh mục %1: “%2” lấy tổng theo số liệu không có: %3.").arg(path, definition.key, base));
        }
    }
    return requireKeys(path, keysOf(m_counts));
}

Status InventoryCatalog::loadRules(const QString &path)
{
    const Expected<QJsonObject> json = readJson(path);
    if (!json)
        return json.status();
    const QJsonObject lab = json->value(QStringLiteral("computerLabLevels")).toObject();
    const QJsonArray levels = lab.value(QStringLiteral("levels")).toArray();
    for (const QJsonValue &value : levels) {
        const QJsonObject object = value.toObject();
        m_labLevels.append({object.value(QStringLiteral("level")).toInt(),
                            object.value(QStringLiteral("maxStudentsPerComputer")).toDouble()});
    }
    m_labLevelOtherwise = lab.value(QStringLiteral("otherwise")).toInt(1);
    // Checked from the best level down, so the thresholds must be in that order.
    for (int i = 1; i < m_labLevels.size(); ++i) {
        if (m_labLevels.at(i).maxStudentsPerComputer <= m_labLevels.at(i - 1).maxStudentsPerComputer)
            return Status::failure(Text::tr("Danh mục %1: các ngưỡng mức độ phòng tin học phải tăng dần.").arg(path));
    }
    return Status::success();
}

Status InventoryCatalog::loadColumns(const QString &path)
{
    const Expected<QJsonObject> json = readJson(path);
    if (!json)
        return json.status();
    auto read = [&json](const QString &name) {
        QList<ImportColumn> columns;
        const QJsonArray array = json->value(name).toArray();
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            ImportColumn column;
            column.key = object.value(QStringLiteral("key")).toString();
            column.header = translatedLabel(object.value(QStringLiteral("header")));
            column.required = object.value(QStringLiteral("required")).toBool();
            column.synonyms = normalizedList(object.value(QStringLiteral("synonyms")));
            column.synonyms.append(TextKey::normalized(column.header));
            column.synonyms.append(TextKey::normalized(object.value(QStringLiteral("header")).toString()));
            column.synonyms.append(TextKey::normalized(column.key));
            columns.append(column);
        }
        return columns;
    };
    m_softwareColumns = read(QStringLiteral("software"));
    m_roomColumns = read(QStringLiteral("rooms"));
    m_equipmentColumns = read(QStringLiteral("equipment"));
    if (m_softwareColumns.isEmpty() || m_roomColumns.isEmpty() || m_equipmentColumns.isEmpty())
        return Status::failure(Text::tr("Danh mục %1: thiếu danh sách cột.").arg(path));
    return Status::success();
}

const SoftwareRole *InventoryCatalog::role(const QString &key) const
{
    return findByKey(m_roles, key);
}

QString InventoryCatalog::guessRole(const QString &name) const
{
    const QString wanted = TextKey::normalized(name);
    QString best;
    qsizetype bestLength = 0;
    for (const SoftwareRole &role : m_roles) {
        QStringList spellings = role.aliases;
        spellings.append(TextKey::normalized(role.label));
        for (const QString &alias : std::as_const(spellings)) {
            if (alias.size() > bestLength && TextKey::containsWords(wanted, alias)) {
                best = role.key;
                bestLength = alias.size();
            }
        }
    }
    return best;
}

QList<SoftwareRow> InventoryCatalog::defaultSoftware() const
{
    QList<SoftwareRow> rows;
    for (const SoftwareRole &role : m_roles) {
        if (!role.isDefault)
            continue;
        SoftwareRow row;
        row.role = role.key;
        row.group = role.group;
        row.name = role.label;
        rows.append(row);
    }
    return rows;
}

const EquipmentCategory *InventoryCatalog::category(const QString &key) const
{
    return findByKey(m_categories, key);
}

const RoomKind *InventoryCatalog::roomKind(const QString &key) const
{
    return findByKey(m_roomKinds, key);
}

const CountDefinition *InventoryCatalog::count(const QString &key) const
{
    return findByKey(m_counts, key);
}

QString InventoryCatalog::matchCategory(const QString &text) const
{
    return matchEntry(m_categories, text);
}

QString InventoryCatalog::matchRoomKind(const QString &text) const
{
    return matchEntry(m_roomKinds, text);
}

QString InventoryCatalog::matchModule(const QString &text, bool exactOnly) const
{
    return matchEntry(m_modules, text, exactOnly);
}

QString InventoryCatalog::matchFunction(const QString &text, bool exactOnly) const
{
    return matchEntry(m_functions, text, exactOnly);
}

QString InventoryCatalog::labelOf(const QString &key) const
{
    if (const EquipmentCategory *entry = category(key))
        return entry->label;
    if (const RoomKind *entry = roomKind(key))
        return entry->label;
    return key;
}

const QList<ImportColumn> &InventoryCatalog::columns(InventoryKind kind) const
{
    switch (kind) {
    case InventoryKind::Software: return m_softwareColumns;
    case InventoryKind::Rooms: return m_roomColumns;
    case InventoryKind::Equipment: return m_equipmentColumns;
    }
    return m_softwareColumns;
}

} // namespace sdx
