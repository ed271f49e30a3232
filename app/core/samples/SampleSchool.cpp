#include "SampleSchool.h"

#include "school/SchoolRepository.h"
#include "school/SchoolSession.h"
#include "school/YearRepository.h"
#include "store/Database.h"
#include "store/Transaction.h"

#include <QCoreApplication>

namespace sdx::SampleSchool {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sdx::SampleSchool", text);
}

} // namespace

SchoolProfile profile()
{
    SchoolProfile school;
    school.name = QStringLiteral("Trường Tiểu học Chu Văn An");
    school.code = QStringLiteral("67000410");
    school.level = SchoolLevel::TieuHoc;
    school.authority = QStringLiteral("PHÒNG GD&ĐT HUYỆN ĐĂK SONG");
    school.placeName = QStringLiteral("Đức An");
    school.docSign = QStringLiteral("THCVA");
    school.principalName = QStringLiteral("Nguyễn Thị Hương");
    school.principalTitle = QStringLiteral("Hiệu trưởng");
    school.itStaff = {
        {QStringLiteral("Vũ Thị Minh Thảo"), QStringLiteral("Giáo viên Tin học, phụ trách CNTT"), {}, {}},
        {QStringLiteral("Huỳnh Thị Thanh"), QStringLiteral("Phụ trách CNTT kiêm nhiệm"), {}, {}},
        {QStringLiteral("Nguyễn Thị Liễu"), QStringLiteral("Phụ trách thống kê giáo dục"), {}, {}},
    };
    school.address = QStringLiteral("Xã Đức An, huyện Đăk Song, tỉnh Đắk Nông");
    school.email = QStringLiteral("chuvanandaksong@gmail.com");
    return school;
}

Status create(SchoolSession &session)
{
    if (session.hasSchool())
        return Status::failure(tr("Cơ sở dữ liệu này đã có trường “%1”; trường mẫu chỉ được tạo trong một tệp mới.")
                                   .arg(session.profile().name));
    Database &database = session.database();
    Transaction transaction(database);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status status = SchoolRepository(database).save(profile()); !status)
        return status;
    const Expected<SchoolYear> year = YearRepository(database).create(QString::fromLatin1(YearName));
    if (!year)
        return year.status();
    // Each part of the core adds its share of the sample here (inventory, answers, evidence, documents).
    if (Status status = transaction.commit(); !status)
        return status;
    return session.reload();
}

} // namespace sdx::SampleSchool
