#include "InventoryDerivation.h"

#include "RoomRules.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <optional>

namespace sdx::InventoryDerivation {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::InventoryDerivation)
};

QString number(double value)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(value, 'f', 1);
}

QJsonValue share(int count, int of)
{
    return QJsonObject{{QStringLiteral("count"), count}, {QStringLiteral("of"), of}};
}

int percent(int count, int of)
{
    return of > 0 ? int(std::lround(100.0 * count / of)) : 0;
}

QString describe(const SoftwareRow &row)
{
    return row.product.isEmpty() || row.product == row.name ? QStringLiteral("“%1”").arg(row.name)
                                                             : QStringLiteral("“%1” (%2)").arg(row.name, row.product);
}

/// What the register says about a role: nothing if no row of it was answered.
struct RoleState
{
    bool known = false;
    QList<const SoftwareRow *> inUse;
    QList<const SoftwareRow *> answered;
};

RoleState roleState(const InventorySnapshot &snapshot, const QString &role)
{
    RoleState state;
    for (const SoftwareRow *row : snapshot.rowsWithRole(role)) {
        if (!row->isKnown())
            continue;
        state.known = true;
        state.answered.append(row);
        if (row->isInUse())
            state.inUse.append(row);
    }
    return state;
}

QString namesOf(const QList<const SoftwareRow *> &rows)
{
    QStringList names;
    for (const SoftwareRow *row : rows)
        names.append(describe(*row));
    return names.join(QStringLiteral(", "));
}

QString roleProvenance(const RoleState &state)
{
    if (!state.inUse.isEmpty())
        return Text::tr("Sổ phần mềm: %1 đang dùng.").arg(namesOf(state.inUse));
    const SoftwareRow *row = state.answered.constFirst();
    return Text::tr("Sổ phần mềm: %1 — %2.").arg(describe(*row), SoftwareCodes::statusLabel(row->status).toLower());
}

class Deriver final
{
public:
    Deriver(const InventorySnapshot &snapshot, const InventoryCatalog &catalog)
        : m_snapshot(snapshot), m_catalog(catalog) {}

    DerivedFacts run()
    {
        yesNoRole(QStringLiteral("live-teaching"), QStringLiteral("1.3.1"));
        yesNoRole(QStringLiteral("lms"), QStringLiteral("1.3.2"));
        lmsFunctions();
        counts(QStringLiteral("1.4"));
        computerTesting();
        counts(QStringLiteral("1.6"));
        if (!m_snapshot.rooms.isEmpty()) {
            classrooms();
            computerLabLevel();
            studio();
        }
        managementModules();
        yesNoRole(QStringLiteral("family-connection"), QStringLiteral("2.4.1"));
        yesNoRole(QStringLiteral("online-admission"), QStringLiteral("2.4.2"));
        yesNoRole(QStringLiteral("cashless-fees"), QStringLiteral("2.4.3"));
        return m_facts;
    }

private:
    void add(const QString &item, const QJsonValue &value, const QString &provenance)
    {
        m_facts.append({item, value, provenance});
    }

    void yesNoRole(const QString &role, const QString &item)
    {
        const RoleState state = roleState(m_snapshot, role);
        if (state.known)
            add(item, !state.inUse.isEmpty(), roleProvenance(state));
    }

    void lmsFunctions()
    {
        const RoleState state = roleState(m_snapshot, QStringLiteral("lms"));
        if (!state.known)
            return;
        for (const CatalogEntry &function : m_catalog.lmsFunctions()) {
            QList<const SoftwareRow *> offering;
            for (const SoftwareRow *row : state.inUse) {
                if (row->functions.contains(function.key))
                    offering.append(row);
            }
            QString provenance;
            if (state.inUse.isEmpty())
                provenance = Text::tr("Chưa có hệ thống LMS/LCMS đang dùng.");
            else if (offering.isEmpty())
                provenance = Text::tr("LMS %1 không khai báo chức năng “%2”.").arg(namesOf(state.inUse), function.label);
            else
                provenance = Text::tr("LMS %1 có chức năng “%2”.").arg(namesOf(offering), function.label);
            add(function.item, !offering.isEmpty(), provenance);
        }
    }

    /// Facts from the people counts whose item starts with `prefix` (1.4 as a number, 1.6.x as shares).
    void counts(const QString &prefix)
    {
        for (const CountDefinition &definition : m_catalog.counts()) {
            if (definition.item.isEmpty() || !definition.item.startsWith(prefix))
                continue;
            const std::optional<int> value = m_snapshot.people.value(definition.key);
            if (!value)
                continue;
            if (definition.of.isEmpty()) {
                add(definition.item, *value, Text::tr("Số liệu nhân sự, học liệu: %1 = %2.").arg(definition.label).arg(*value));
                continue;
            }
            const std::optional<int> base = m_snapshot.people.sum(definition.of);
            if (!base || *base <= 0 || *value > *base)
                continue;
            add(definition.item, share(*value, *base),
                Text::tr("Số liệu nhân sự: %1/%2 (%3%) — %4.").arg(*value).arg(*base).arg(percent(*value, *base)).arg(definition.label));
        }
    }

    void computerTesting()
    {
        const RoleState state = roleState(m_snapshot, QStringLiteral("computer-testing"));
        if (!state.known)
            return;
        if (state.inUse.isEmpty()) {
            add(QStringLiteral("1.5.1"), false, roleProvenance(state));
            add(QStringLiteral("1.5.2"), false, roleProvenance(state));
            return;
        }
        bool exchanges = false;
        for (const SoftwareRow *row : state.inUse)
            exchanges = exchanges || row->exchangesResults;
        if (!m_snapshot.rooms.isEmpty())
            testingRoom(state);
        add(QStringLiteral("1.5.2"), exchanges,
            exchanges ? Text::tr("Phần mềm thi %1 trao đổi kết quả với hệ thống quản trị nhà trường.").arg(namesOf(state.inUse))
                      : Text::tr("Phần mềm thi %1 chưa trao đổi kết quả với hệ thống quản trị nhà trường.").arg(namesOf(state.inUse)));
    }

    void testingRoom(const RoleState &state)
    {
        int labs = 0;
        int working = 0;
        for (const Room &room : m_snapshot.rooms) {
            if (RoomRules::isComputerLab(room, m_catalog)) {
                ++labs;
                working += RoomRules::workingStudentComputers(room, m_catalog);
            }
        }
        const bool ready = working > 0;
        add(QStringLiteral("1.5.1"), ready,
            ready ? Text::tr("Phần mềm thi %1 đang dùng; %2 phòng tin học với %3 máy tính hoạt động.")
                        .arg(namesOf(state.inUse)).arg(labs).arg(working)
                  : Text::tr("Phần mềm thi %1 đang dùng nhưng không có phòng tin học với máy tính hoạt động.")
                        .arg(namesOf(state.inUse)));
    }

    void classrooms()
    {
        int total = 0;
        int equipped = 0;
        for (const Room &room : m_snapshot.rooms) {
            if (!RoomRules::isClassroom(room, m_catalog))
                continue;
            ++total;
            if (RoomRules::isEquippedClassroom(room, m_catalog))
                ++equipped;
        }
        if (total == 0)
            return;
        add(QStringLiteral("1.7.1"), share(equipped, total),
            Text::tr("Kiểm kê: %1/%2 phòng học (%3%) có thiết bị trình chiếu đang hoạt động và kết nối Internet.")
                .arg(equipped).arg(total).arg(percent(equipped, total)));
    }

    void computerLabLevel()
    {
        int labs = 0;
        int labsWithEntries = 0;
        int computers = 0;
        int working = 0;
        for (const Room &room : m_snapshot.rooms) {
            if (!RoomRules::isComputerLab(room, m_catalog))
                continue;
            ++labs;
            labsWithEntries += room.equipment.isEmpty() ? 0 : 1;
            computers += RoomRules::studentComputers(room, m_catalog);
            working += RoomRules::workingStudentComputers(room, m_catalog);
        }
        if (labs == 0) {
            add(QStringLiteral("1.7.2"), m_catalog.labLevelOtherwise(), Text::tr("Kiểm kê: không có phòng tin học."));
            return;
        }
        // A lab whose equipment was never entered is an unfinished inventory, not an empty room.
        if (labsWithEntries == 0)
            return;
        if (working == 0) {
            add(QStringLiteral("1.7.2"), m_catalog.labLevelOtherwise(),
                computers == 0 ? Text::tr("Kiểm kê: %1 phòng tin học nhưng không có máy tính nào.").arg(labs)
                               : Text::tr("Kiểm kê: %1 phòng tin học, cả %2 máy tính đều hỏng.").arg(labs).arg(computers));
            return;
        }
        const std::optional<double> ratio = studentsPerLabComputer(m_snapshot, m_catalog);
        if (!ratio)
            return;
        const int level = labLevel(*ratio, m_catalog);
        add(QStringLiteral("1.7.2"), level,
            Text::tr("Kiểm kê: %1 phòng tin học, %2/%3 máy tính hoạt động; %4 học sinh/lớp → %5 em/1 máy → mức %6 "
               "(ngưỡng do SchoolDX diễn giải, xem tài liệu kiểm kê).")
                .arg(labs).arg(working).arg(computers)
                .arg(number(double(*m_snapshot.people.value(QStringLiteral("students")))
                            / *m_snapshot.people.value(QStringLiteral("classes"))))
                .arg(number(*ratio)).arg(level));
    }

    void studio()
    {
        QStringList studios;
        for (const Room &room : m_snapshot.rooms) {
            if (RoomRules::isStudio(room, m_catalog) && RoomRules::workingStudentComputers(room, m_catalog) > 0)
                studios.append(room.name);
        }
        add(QStringLiteral("1.7.3"), !studios.isEmpty(),
            studios.isEmpty() ? Text::tr("Kiểm kê: không có phòng studio có máy tính hoạt động.")
                              : Text::tr("Kiểm kê: phòng studio %1 có máy tính hoạt động.").arg(studios.join(QStringLiteral(", "))));
    }

    /// 2.3.2–2.3.8: the modules run by the management system, or by a separate product in use
    /// that provides one (a separate asset-management product is the facilities module).
    void managementModules()
    {
        QList<const SoftwareRow *> providers;
        bool known = false;
        for (const SoftwareRow &row : m_snapshot.software) {
            const SoftwareRole *role = m_catalog.role(row.role);
            if (!role || (role->features != SoftwareRole::Features::Modules && role->providesModules.isEmpty()))
                continue;
            known = known || row.isKnown();
            if (row.isInUse())
                providers.append(&row);
        }
        if (!known)
            return;
        for (const CatalogEntry &module : m_catalog.modules()) {
            QList<const SoftwareRow *> offering;
            for (const SoftwareRow *row : std::as_const(providers)) {
                const SoftwareRole *role = m_catalog.role(row->role);
                if (row->modules.contains(module.key) || role->providesModules.contains(module.key))
                    offering.append(row);
            }
            add(module.item, !offering.isEmpty(),
                offering.isEmpty() ? Text::tr("Sổ phần mềm: không phần mềm đang dùng nào có phân hệ “%1”.").arg(module.label)
                                   : Text::tr("Sổ phần mềm: phân hệ “%1” có trong %2.").arg(module.label, namesOf(offering)));
        }
    }

    const InventorySnapshot &m_snapshot;
    const InventoryCatalog &m_catalog;
    DerivedFacts m_facts;
};

} // namespace

DerivedFacts derive(const InventorySnapshot &snapshot, const InventoryCatalog &catalog)
{
    return Deriver(snapshot, catalog).run();
}

std::optional<double> studentsPerLabComputer(const InventorySnapshot &snapshot, const InventoryCatalog &catalog)
{
    const std::optional<int> students = snapshot.people.value(QStringLiteral("students"));
    const std::optional<int> classes = snapshot.people.value(QStringLiteral("classes"));
    if (!students || !classes || *students <= 0 || *classes <= 0)
        return std::nullopt;
    int labs = 0;
    int working = 0;
    for (const Room &room : snapshot.rooms) {
        if (RoomRules::isComputerLab(room, catalog)) {
            ++labs;
            working += RoomRules::workingStudentComputers(room, catalog);
        }
    }
    if (labs == 0 || working == 0)
        return std::nullopt;
    const double classSize = double(*students) / *classes;
    const double computersPerLab = double(working) / labs;
    return classSize / computersPerLab;
}

int labLevel(double studentsPerComputer, const InventoryCatalog &catalog)
{
    for (const LabLevelRule &rule : catalog.labLevels()) {
        if (studentsPerComputer <= rule.maxStudentsPerComputer)
            return rule.level;
    }
    return catalog.labLevelOtherwise();
}

} // namespace sdx::InventoryDerivation
