#include "InventorySamples.h"

#include <QCoreApplication>

namespace sdx::InventorySamples {
namespace {

/// lupdate reads this context; Text::tr() looks strings up under it at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sdx::InventorySamples)
};

SoftwareRow row(SoftwareGroup group, const QString &role, const QString &name, SoftwareStatus status,
                const QString &link = QString(), const QString &product = QString())
{
    SoftwareRow result;
    result.group = group;
    result.role = role;
    result.name = name;
    result.status = status;
    result.link = link;
    result.product = product;
    return result;
}

QList<SoftwareRow> managementRows()
{
    const auto m = SoftwareGroup::Management;
    const auto inUse = SoftwareStatus::InUse;
    const auto missing = SoftwareStatus::Missing;
    QList<SoftwareRow> rows;
    rows << row(m, QStringLiteral("website"), Text::tr("Trang thông tin điện tử (Website)"), missing);
    SoftwareRow management = row(m, QStringLiteral("school-management"), Text::tr("Ứng dụng quản trị và lưu trữ nhà trường"),
                                 inUse, QStringLiteral("https://fbot.esoft.edu.vn"), QStringLiteral("fbot"));
    management.modules = {QStringLiteral("students"), QStringLiteral("staff"), QStringLiteral("facilities"),
                          QStringLiteral("health"), QStringLiteral("sector-database")};
    rows << management;
    SoftwareRow mail = row(m, QStringLiteral("school-email"), Text::tr("Thư điện tử với tên miền riêng của nhà trường (gmail)"),
                           inUse, QStringLiteral("c1chuvanands@gmail.com; chuvanandaksong@gmail.com"), QStringLiteral("Gmail"));
    mail.quantity = 2;
    mail.acquisition = Acquisition::Free;
    rows << mail;
    rows << row(m, QStringLiteral("document-management"), Text::tr("Ứng dụng quản lý văn bản điều hành (e office)"), inUse,
                QStringLiteral("https://qlvb.daknong.gov.vn"));
    rows << row(m, QStringLiteral("staff-management"), Text::tr("Ứng dụng quản lý thông tin đội ngũ (phần mềm quản lý CB, GV, NV)"),
                inUse, QStringLiteral("http://daknong.quanlynhansu.net.vn"));
    rows << row(m, QStringLiteral("student-management"), Text::tr("Ứng dụng quản lý quá trình học tập, rèn luyện học sinh"),
                inUse, QStringLiteral("https://truong.csdl.moet.gov.vn"));
    rows << row(m, QStringLiteral("timetable"), Text::tr("Ứng dụng hỗ trợ xếp thời khóa biểu"), missing);
    rows << row(m, QStringLiteral("asset-management"), Text::tr("Ứng dụng quản lý tài sản"), inUse,
                QStringLiteral("https://qlts.misa.vn"), QStringLiteral("MISA QLTS"));
    rows << row(m, QStringLiteral("finance"), Text::tr("Ứng dụng quản lý tài chính"), inUse, QStringLiteral("https://sme.misa.vn"),
                QStringLiteral("MISA SME"));
    rows << row(m, QStringLiteral("library"), Text::tr("Ứng dụng quản lý thư viện"), inUse, QStringLiteral("http://vietbiblio.vuc.vn"));
    rows << row(m, QStringLiteral("sector-database"), Text::tr("Phần mềm ứng dụng quản lý dùng chung của Ngành"), inUse,
                QStringLiteral("https://truong.csdl.moet.gov.vn"));
    rows << row(m, QStringLiteral("universal-education"), Text::tr("Phần mềm phổ cập"), inUse, QStringLiteral("http://pcgd.moet.gov.vn"));
    rows << row(m, QStringLiteral("quality-accreditation"), Text::tr("Phần mềm kiểm định chất lượng"), inUse,
                QStringLiteral("https://xbot.com.vn"));
    rows << row(m, QString(), Text::tr("Ứng dụng quản lý hồ sơ chuyên môn (Google Drive)"), inUse,
                QStringLiteral("chuvanandaksong@gmail.com"), QStringLiteral("Google Drive"));
    rows << row(m, QString(), Text::tr("Ứng dụng quản lý số liệu học sinh, giáo viên hàng ngày (Google trang tính)"), inUse,
                QStringLiteral("chuvanandaksong@gmail.com"), QStringLiteral("Google Sheets"));
    rows << row(m, QStringLiteral("test-mixing"), Text::tr("Phần mềm trộn đề kiểm tra"), missing);
    SoftwareRow family = row(m, QStringLiteral("family-connection"),
                             Text::tr("Ứng dụng thông tin hai chiều giữa gia đình, nhà trường, khảo sát ý kiến"), inUse,
                             QStringLiteral("https://chat.zalo.me; "
                                            "https://www.facebook.com/people/Trường-tiểu-học-Chu-Văn-An-Đăk-Song-Đăk-Nông"),
                             QStringLiteral("Zalo, Facebook, Google Biểu mẫu"));
    family.note = Text::tr("Nhóm Zalo CBGV-CNV TRƯỜNG CVA");
    rows << family;
    rows << row(m, QStringLiteral("public-services"), Text::tr("Ứng dụng dịch vụ công"), inUse, QStringLiteral("https://dvc.vst.mof.gov.vn"));
    return rows;
}

QList<SoftwareRow> teachingRows()
{
    const auto t = SoftwareGroup::Teaching;
    QList<SoftwareRow> rows;
    rows << row(t, QStringLiteral("lesson-authoring"), Text::tr("Ứng dụng soạn bài giảng điện tử"), SoftwareStatus::InUse,
                QStringLiteral("https://avinasolutions.com"), QStringLiteral("Authoring tools"));
    SoftwareRow live = row(t, QStringLiteral("live-teaching"), Text::tr("Ứng dụng học tập trực tuyến (Google Meet, Zoom)"),
                           SoftwareStatus::InUse, QStringLiteral("https://meet.google.com; https://zoom.us"),
                           QStringLiteral("Google Meet; Zoom"));
    live.acquisition = Acquisition::Free;
    rows << live;
    rows << row(t, QStringLiteral("digital-library"), Text::tr("Kho tài liệu, học liệu điện tử"), SoftwareStatus::InUse,
                QStringLiteral("hoclieu.vn; olm.vn"));
    rows << row(t, QStringLiteral("test-mixing"), Text::tr("Phần mềm trộn đề kiểm tra"), SoftwareStatus::Missing);
    rows << row(t, QStringLiteral("lms"), Text::tr("Phần mềm quản lý hoạt động dạy-học, kiểm tra, đánh giá"), SoftwareStatus::Missing);
    return rows;
}

EquipmentItem item(const QString &category, int quantity, int working, const QString &description = QString())
{
    EquipmentItem result;
    result.category = category;
    result.quantity = quantity;
    result.working = working;
    result.description = description;
    return result;
}

Room room(const QString &name, const QString &kind, bool internet, const QList<EquipmentItem> &equipment = {})
{
    Room result;
    result.name = name;
    result.kind = kind;
    result.hasInternet = internet;
    result.equipment = equipment;
    return result;
}

QList<Room> rooms()
{
    QList<Room> result;
    const QStringList sections = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    int index = 0;
    for (int grade = 1; grade <= 5; ++grade) {
        for (const QString &section : sections) {
            const QString name = Text::tr("Lớp %1%2").arg(grade).arg(section);
            // Classrooms 1–8: TV and Internet; 9–12: TV only; 13–14: projector only; 15: nothing.
            if (index < 8)
                result << room(name, QStringLiteral("classroom"), true, {item(QStringLiteral("tv"), 1, 1)});
            else if (index < 12)
                result << room(name, QStringLiteral("classroom"), false, {item(QStringLiteral("tv"), 1, 1)});
            else if (index < 14)
                result << room(name, QStringLiteral("classroom"), false, {item(QStringLiteral("projector"), 1, 1)});
            else
                result << room(name, QStringLiteral("classroom"), false);
            ++index;
        }
    }
    result << room(Text::tr("Phòng tin học"), QStringLiteral("computer-lab"), true,
                   {item(QStringLiteral("desktop-computer"), 21, 17)});
    EquipmentItem lines = item(QStringLiteral("internet-line"), 3, 3);
    lines.note = Text::tr("03 đường truyền");
    result << room(Text::tr("Văn phòng"), QStringLiteral("office"), true,
                   {item(QStringLiteral("desktop-computer"), 2, 2), item(QStringLiteral("laptop"), 3, 3), lines});
    return result;
}

} // namespace

InventorySnapshot seed002()
{
    InventorySnapshot snapshot;
    snapshot.yearName = QStringLiteral("2022-2023");
    snapshot.software = managementRows() + teachingRows();
    snapshot.rooms = rooms();
    const QList<QPair<QString, int>> counts = {
        {QStringLiteral("teachers"), 20},
        {QStringLiteral("staff"), 5},
        {QStringLiteral("students"), 540},
        {QStringLiteral("classes"), 15},
        {QStringLiteral("teachers-training-account"), 20},
        {QStringLiteral("teachers-teaching-software"), 20},
        {QStringLiteral("teachers-digital-materials"), 2},
        {QStringLiteral("approved-materials"), 0},
        {QStringLiteral("it-staff"), 1},
    };
    for (const auto &[key, value] : counts)
        snapshot.people.set(key, value);
    snapshot.needs = {{0, QStringLiteral("multipurpose"), 1, Text::tr("Phòng đa năng với thiết bị ứng dụng CNTT")},
                      {0, QStringLiteral("interactive-board"), 1, QString()},
                      {0, QStringLiteral("surveillance"), 1, Text::tr("Hệ thống giám sát")}};
    return snapshot;
}

} // namespace sdx::InventorySamples
