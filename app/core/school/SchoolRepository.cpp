#include "SchoolRepository.h"

#include "store/Database.h"
#include "store/SqlQuery.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace sdx {

Expected<std::optional<SchoolProfile>> SchoolRepository::load()
{
    SqlQuery query(m_database,
                   QStringLiteral("SELECT name, code, level, authority, place_name, doc_sign, principal_name, "
                                  "principal_title, address, phone, email, website FROM school WHERE id = 1"));
    if (Status status = query.exec(); !status)
        return status;
    if (!query.next())
        return std::optional<SchoolProfile>();
    SchoolProfile profile;
    profile.name = query.value(0).toString();
    profile.code = query.value(1).toString();
    profile.level = SchoolLevels::fromCode(query.value(2).toString());
    profile.authority = query.value(3).toString();
    profile.placeName = query.value(4).toString();
    profile.docSign = query.value(5).toString();
    profile.principalName = query.value(6).toString();
    profile.principalTitle = query.value(7).toString();
    profile.address = query.value(8).toString();
    profile.phone = query.value(9).toString();
    profile.email = query.value(10).toString();
    profile.website = query.value(11).toString();

    SqlQuery staff(m_database, QStringLiteral("SELECT name, title, phone, email FROM it_staff ORDER BY position"));
    if (Status status = staff.exec(); !status)
        return status;
    while (staff.next())
        profile.itStaff.append({staff.value(0).toString(), staff.value(1).toString(), staff.value(2).toString(),
                                staff.value(3).toString()});
    return std::optional<SchoolProfile>(profile);
}

Status SchoolRepository::save(const SchoolProfile &profile)
{
    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        return Status::failure(problems.join(QLatin1Char(' ')));
    Transaction transaction(m_database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    SqlQuery query(m_database,
                   QStringLiteral("INSERT INTO school (id, name, code, level, authority, place_name, doc_sign, "
                                  "principal_name, principal_title, address, phone, email, website, updated_at) "
                                  "VALUES (1, :name, :code, :level, :authority, :place, :sign, :principal, :ptitle, "
                                  ":address, :phone, :email, :website, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) "
                                  "ON CONFLICT(id) DO UPDATE SET name = excluded.name, code = excluded.code, "
                                  "level = excluded.level, authority = excluded.authority, "
                                  "place_name = excluded.place_name, doc_sign = excluded.doc_sign, "
                                  "principal_name = excluded.principal_name, "
                                  "principal_title = excluded.principal_title, address = excluded.address, "
                                  "phone = excluded.phone, email = excluded.email, website = excluded.website, "
                                  "updated_at = excluded.updated_at"));
    query.bind(QStringLiteral(":name"), profile.name.trimmed())
        .bind(QStringLiteral(":code"), profile.code.trimmed())
        .bind(QStringLiteral(":level"), SchoolLevels::code(profile.level))
        .bind(QStringLiteral(":authority"), profile.authority.trimmed())
        .bind(QStringLiteral(":place"), profile.placeName.trimmed())
        .bind(QStringLiteral(":sign"), profile.docSign.trimmed())
        .bind(QStringLiteral(":principal"), profile.principalName.trimmed())
        .bind(QStringLiteral(":ptitle"), profile.principalTitle.trimmed())
        .bind(QStringLiteral(":address"), profile.address.trimmed())
        .bind(QStringLiteral(":phone"), profile.phone.trimmed())
        .bind(QStringLiteral(":email"), profile.email.trimmed())
        .bind(QStringLiteral(":website"), profile.website.trimmed());
    Status status = query.exec();
    if (status)
        status = saveStaff(profile.itStaff);
    if (status)
        status = transaction.commit();
    return status;
}

Status SchoolRepository::saveStaff(const QList<StaffContact> &staff)
{
    Status status = m_database.exec(QStringLiteral("DELETE FROM it_staff"));
    for (int i = 0; status && i < staff.size(); ++i) {
        SqlQuery insert(m_database, QStringLiteral("INSERT INTO it_staff (position, name, title, phone, email) "
                                                   "VALUES (:pos, :name, :title, :phone, :email)"));
        insert.bind(QStringLiteral(":pos"), i)
            .bind(QStringLiteral(":name"), staff[i].name.trimmed())
            .bind(QStringLiteral(":title"), staff[i].title.trimmed())
            .bind(QStringLiteral(":phone"), staff[i].phone.trimmed())
            .bind(QStringLiteral(":email"), staff[i].email.trimmed());
        status = insert.exec();
    }
    return status;
}

} // namespace sdx
