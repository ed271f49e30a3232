#include "DocumentSamples.h"

#include "LegalBasisCatalogue.h"

namespace sdx::DocumentSamples {
namespace {

const QString kYear = QStringLiteral("2022 - 2023");

SchoolIdentity school()
{
    SchoolIdentity identity;
    identity.name = QStringLiteral("Trường Tiểu học Chu Văn An");
    identity.levelCode = QStringLiteral("tieu-hoc");
    identity.authorityLine = QStringLiteral("PHÒNG GD&ĐT HUYỆN ĐẮK SONG");
    identity.authorityName = QStringLiteral("Phòng Giáo dục và Đào tạo huyện Đắk Song");
    identity.placeName = QStringLiteral("Đức An");
    identity.docSign = QStringLiteral("THCVA");
    identity.principalName = QStringLiteral("Nguyễn Thị Hương");
    identity.principalTitle = QStringLiteral("Hiệu trưởng");
    identity.itStaff = {{QStringLiteral("Vũ Thị Minh Thảo"), QStringLiteral("giáo viên Tin học")},
                        {QStringLiteral("Huỳnh Thị Thanh"), QStringLiteral("giáo viên")},
                        {QStringLiteral("Nguyễn Thị Liễu"), QStringLiteral("nhân viên")}};
    return identity;
}

LegalBasis catalogue(const QString &key)
{
    return LegalBasisCatalogue::builtIn().find(key).value_or(LegalBasis{});
}

LegalBasis own(int id, const QString &kind, const QString &number, const QDate &date, const QString &issuer,
               const QString &subject)
{
    return LegalBasis{QStringLiteral("own:%1").arg(id), kind, number, date, issuer, subject};
}

const QString kDistrict = QStringLiteral("Phòng Giáo dục và Đào tạo huyện Đắk Song");
const QString kItTask = QStringLiteral("về việc hướng dẫn thực hiện nhiệm vụ ứng dụng CNTT, chuyển đổi số và thống kê "
                                       "giáo dục năm học 2022 - 2023");

LegalBasis provinceGuidance()
{
    return own(2, QStringLiteral("Công văn"), QStringLiteral("1470/SGD&ĐT-VP"), QDate(2022, 9, 16),
               QStringLiteral("Sở Giáo dục và Đào tạo tỉnh Đắk Nông"), kItTask);
}

LegalBasis districtGuidance()
{
    return own(3, QStringLiteral("Công văn"), QStringLiteral("564/PGD&ĐT"), QDate(2022, 9, 16), kDistrict, kItTask);
}

QList<LegalBasis> planBases()
{
    return {catalogue(QStringLiteral("tt-28-2020")),
            catalogue(QStringLiteral("cv-4267-2022")),
            catalogue(QStringLiteral("qd-4725-2022")),
            own(1, QStringLiteral("Hướng dẫn"), QStringLiteral("539/PGD&ĐT"), QDate(2022, 9, 14), kDistrict,
                QStringLiteral("về việc hướng dẫn thực hiện nhiệm vụ giáo dục Tiểu học năm học 2022 - 2023")),
            provinceGuidance(),
            districtGuidance(),
            own(4, QStringLiteral("Kế hoạch"), QStringLiteral("112/KH-THCVA"), QDate(2022, 9, 20),
                QStringLiteral("Trường Tiểu học Chu Văn An"),
                QStringLiteral("về việc thực hiện nhiệm vụ năm học 2022 - 2023 của đơn vị")),
            own(5, QStringLiteral("Công văn"), QStringLiteral("74/PGDĐT"), QDate(2023, 2, 16), kDistrict,
                QStringLiteral("về việc triển khai các nhiệm vụ về chuyển đổi số và Bộ chỉ số đánh giá mức độ chuyển "
                               "đổi số của cơ sở giáo dục phổ thông và giáo dục thường xuyên của Bộ Giáo dục và Đào tạo"))};
}

DocumentSoftwareRow used(const QString &name, const QString &count, const QString &link)
{
    return DocumentSoftwareRow{name, true, count, link};
}

DocumentSoftwareRow missing(const QString &name)
{
    return DocumentSoftwareRow{name, false, {}, {}};
}

QList<DocumentSoftwareGroup> software()
{
    const QString drive = QStringLiteral("chuvanandaksong@gmail.com");
    const QString moet = QStringLiteral("https://truong.csdl.moet.gov.vn");
    DocumentSoftwareGroup management{QStringLiteral("Nhóm ứng dụng CNTT phục vụ quản lý, điều hành"), {
        missing(QStringLiteral("Trang thông tin điện tử (Website)")),
        used(QStringLiteral("Ứng dụng quản trị và lưu trữ nhà trường"), QStringLiteral("1"), QStringLiteral("https://fbot.esoft.edu.vn")),
        used(QStringLiteral("Thư điện tử với tên miền riêng của nhà trường (gmail)"), QStringLiteral("2"),
             QStringLiteral("c1chuvanands@gmail.com\nchuvanandaksong@gmail.com")),
        used(QStringLiteral("Ứng dụng quản lý văn bản điều hành (e office)"), QStringLiteral("1"), QStringLiteral("https://qlvb.daknong.gov.vn")),
        used(QStringLiteral("Ứng dụng quản lý thông tin đội ngũ (phần mềm quản lý CB, GV, NV)"), QStringLiteral("1"),
             QStringLiteral("http://daknong.quanlynhansu.net.vn")),
        used(QStringLiteral("Ứng dụng quản lý quá trình học tập, rèn luyện học sinh"), QStringLiteral("1"), moet),
        missing(QStringLiteral("Ứng dụng hỗ trợ xếp thời khóa biểu")),
        used(QStringLiteral("Ứng dụng quản lý tài sản"), QStringLiteral("1"), QStringLiteral("https://qlts.misa.vn")),
        used(QStringLiteral("Ứng dụng quản lý tài chính"), QStringLiteral("1"), QStringLiteral("https://sme.misa.vn")),
        used(QStringLiteral("Ứng dụng quản lý thư viện"), QStringLiteral("1"), QStringLiteral("http://vietbiblio.vuc.vn")),
        used(QStringLiteral("Phần mềm ứng dụng quản lý dùng chung của Ngành"), QStringLiteral("1"), moet),
        used(QStringLiteral("Phần mềm phổ cập"), QStringLiteral("1"), QStringLiteral("http://pcgd.moet.gov.vn")),
        used(QStringLiteral("Phần mềm kiểm định chất lượng"), QStringLiteral("1"), QStringLiteral("https://xbot.com.vn")),
        used(QStringLiteral("Ứng dụng quản lý hồ sơ chuyên môn (Google Drive)"), QStringLiteral("1"), drive),
        used(QStringLiteral("Ứng dụng quản lý số liệu học sinh, giáo viên hằng ngày (Google trang tính)"), QStringLiteral("x"), drive),
        missing(QStringLiteral("Phần mềm trộn đề kiểm tra")),
        used(QStringLiteral("Ứng dụng thông tin hai chiều giữa gia đình, nhà trường, khảo sát ý kiến, … (Zalo, Facebook, Google biểu mẫu, …)"),
             QStringLiteral("x"),
             QStringLiteral("https://chat.zalo.me (CBGV-CNV TRƯỜNG CVA)\n"
                            "https://www.facebook.com/people/Trường-tiểu-học-Chu-Văn-An-Đăk-Song-Đăk-Nông")),
        used(QStringLiteral("Ứng dụng dịch vụ công"), QStringLiteral("1"), QStringLiteral("https://dvc.vst.mof.gov.vn")),
    }};
    DocumentSoftwareGroup teaching{QStringLiteral("Nhóm ứng dụng CNTT đổi mới nội dung, phương pháp dạy học và kiểm tra đánh giá"), {
        used(QStringLiteral("Ứng dụng soạn bài giảng điện tử"), QStringLiteral("100%"),
             QStringLiteral("authoring tools https://avinasolutions.com")),
        used(QStringLiteral("Ứng dụng học tập trực tuyến (Google Meet, Zoom)"), QStringLiteral("100%"),
             QStringLiteral("Google Meet: https://meet.google.com/?hs=197&pli=1&authuser=0\n"
                            "Zoom: https://support.zoom.us/hc/vi-vn/articles/201362193-Tham-gia-cu%E1%BB%99c-h%E1%BB%8Dp-Zoom")),
        used(QStringLiteral("Kho tài liệu, học liệu điện tử"), QStringLiteral("có"), QStringLiteral("hoclieu.vn; olm.vn")),
        missing(QStringLiteral("Phần mềm trộn đề kiểm tra")),
        missing(QStringLiteral("Phần mềm quản lý hoạt động dạy - học, kiểm tra, đánh giá")),
    }};
    return {management, teaching};
}

QList<DocumentEquipmentRow> equipment()
{
    return {{QStringLiteral("Kết nối mạng Internet"), QStringLiteral("03 đường truyền"), false},
            {QStringLiteral("Phòng máy tính"), QStringLiteral("01 phòng/21 máy"), false},
            {QStringLiteral("Phòng đa năng với thiết bị ứng dụng CNTT"), {}, true},
            {QStringLiteral("Ti vi"), QStringLiteral("12"), false},
            {QStringLiteral("Bảng tương tác thông minh"), {}, true},
            {QStringLiteral("Máy chiếu"), QStringLiteral("02"), false},
            {QStringLiteral("Máy tính văn phòng"), QStringLiteral("02 máy bàn, 03 laptop"), false},
            {QStringLiteral("Hệ thống giám sát"), {}, true}};
}

DocumentInventorySummary inventory()
{
    DocumentInventorySummary summary;
    summary.software = software();
    summary.equipment = equipment();
    summary.totals = DocumentInventoryTotals{19, 5, 23, 3};
    return summary;
}

ScoreRow group(const QString &id, const QString &name, const QString &points)
{
    ScoreRow row;
    row.kind = ScoreRowKind::Group;
    row.id = id;
    row.wording = name;
    row.maxPoints = QStringLiteral("100");
    row.points = points;
    return row;
}

ScoreRow condition(const QString &id, const QString &wording, const QString &evidence = {})
{
    ScoreRow row;
    row.kind = ScoreRowKind::Criterion;
    row.id = id;
    row.wording = wording;
    row.points = QStringLiteral("có");
    row.levelText = QStringLiteral("Đạt");
    row.evidence = evidence;
    row.mandatory = true;
    row.mandatoryMet = true;
    return row;
}

ScoreRow criterion(const QString &id, const QString &wording, const QString &maximum, const QString &thresholds,
                   const QString &points, const QString &level, const QString &evidence = {},
                   const QString &tier = {})
{
    ScoreRow row;
    row.kind = ScoreRowKind::Criterion;
    row.id = id;
    row.wording = wording;
    row.maxPoints = maximum;
    row.thresholdsText = thresholds;
    row.points = points;
    row.levelText = level;
    row.evidence = evidence;
    row.tierText = tier;
    return row;
}

ScoreRow item(const QString &wording, const QString &tier, const QString &points)
{
    ScoreRow row;
    row.kind = ScoreRowKind::Item;
    row.wording = wording;
    row.tierText = tier;
    row.points = points;
    return row;
}

const QString kBand8 = QStringLiteral("Mức độ 1: dưới 8 điểm; Mức độ 2: từ 8 - 14 điểm; Mức độ 3: trên 14 điểm");
const QString kPercent7 = QStringLiteral("< 30%: tối đa 2 điểm; 30% - 60%: tối đa 4 điểm; > 60%: tối đa 7 điểm");

QList<ScoreRow> teachingRows()
{
    return {
        group(QStringLiteral("1"), QStringLiteral("Chuyển đổi số trong dạy, học"), QStringLiteral("32")),
        condition(QStringLiteral("1.1"), QStringLiteral("Có ban hành kế hoạch tổ chức dạy học trực tuyến (kết hợp với dạy học trực tiếp; "
                                                        "ban hành riêng hoặc lồng ghép trong kế hoạch tổ chức dạy học hằng năm)")),
        condition(QStringLiteral("1.2"), QStringLiteral("Có ban hành quy chế tổ chức dạy học trực tuyến")),
        criterion(QStringLiteral("1.3"), QStringLiteral("Triển khai phần mềm dạy học trực tuyến:"), QStringLiteral("30"),
                  QStringLiteral("Mức độ 1: dưới 10 điểm; Mức độ 2: từ 10 - 20 điểm; Mức độ 3: trên 20 điểm"),
                  QStringLiteral("6"), QStringLiteral("Đạt mức độ 1"),
                  QStringLiteral("Google Meet https://meet.google.com/?hs=197&pli=1&authuser=0")),
        item(QStringLiteral("- Có triển khai phần mềm dạy học trực tuyến trực tiếp (ghi tên)"), QStringLiteral("Tối đa 6 điểm"), QStringLiteral("6")),
        item(QStringLiteral("- Có triển khai hệ thống quản lý học tập trực tuyến (LMS)/hệ thống quản lý nội dung học tập trực tuyến (LCMS) "
                            "(cung cấp thông tin: Tên giải pháp, tự xây dựng/thuê/mua)."), {}, QStringLiteral("0")),
        item(QStringLiteral("- Hệ thống LMS/LCMS có triển khai các chức năng:"), {}, {}),
        item(QStringLiteral("(1) Giáo viên giao bài cho học sinh tự học;"), {}, QStringLiteral("0")),
        item(QStringLiteral("(2) Giáo viên trả lời (giải đáp) các câu hỏi của học sinh;"), {}, QStringLiteral("0")),
        item(QStringLiteral("(3) Tổ chức kiểm tra, đánh giá thường xuyên;"), {}, QStringLiteral("0")),
        item(QStringLiteral("(4) Phụ huynh học sinh tham gia vào các hoạt động học tập của học sinh."), {}, QStringLiteral("0")),
        criterion(QStringLiteral("1.4"), QStringLiteral("Số lượng học liệu được số hóa (đã được tổ chuyên môn thông qua và được người đứng đầu "
                                                        "cơ sở giáo dục phê duyệt)."), QStringLiteral("10"),
                  QStringLiteral("Mức độ 1: dưới 4 điểm; Mức độ 2: từ 4 - 6 điểm; Mức độ 3: trên 7 điểm"),
                  QStringLiteral("0"), QStringLiteral("Không đạt"), QStringLiteral("Đường link và số lượng học liệu (nếu có)"),
                  QStringLiteral("- Ít hơn 20 học liệu: tối đa 3 điểm.\n- Ít hơn 40 học liệu: tối đa 6 điểm.\n"
                                 "- Nhiều hơn 40 học liệu: tối đa 10 điểm.")),
        criterion(QStringLiteral("1.5"), QStringLiteral("Có tổ chức triển khai thi, kiểm tra, đánh giá kết quả học tập trên phòng máy tính; có phần "
                                                        "mềm, máy tính kết nối mạng LAN (cung cấp thông tin: tên giải pháp phần mềm)"),
                  QStringLiteral("20"), kBand8, QStringLiteral("0"), QStringLiteral("Không đạt"),
                  QStringLiteral("Quy chế/Kế hoạch/văn bản triển khai (nếu có)"), QStringLiteral("Tối đa 15 điểm")),
        item(QStringLiteral("- Phần mềm tổ chức thi trên máy tính có kết nối, trao đổi kết quả với hệ thống quản trị nhà trường"),
             QStringLiteral("Tối đa 5 điểm"), QStringLiteral("0")),
        criterion(QStringLiteral("1.6"), QStringLiteral("Phát triển nguồn nhân lực chuyển đổi số:"), QStringLiteral("20"), kBand8,
                  QStringLiteral("16"), QStringLiteral("Đạt mức độ 3")),
        item(QStringLiteral("- 100% giáo viên có tài khoản sử dụng trên Hệ thống bồi dưỡng giáo viên trực tuyến để tự bồi dưỡng qua mạng "
                            "một cách chủ động, thường xuyên theo nhu cầu"), kPercent7, QStringLiteral("7")),
        item(QStringLiteral("- 100% giáo viên có thể khai thác sử dụng được các phần mềm, công cụ nhằm đổi mới phương pháp dạy học"),
             kPercent7, QStringLiteral("7")),
        item(QStringLiteral("- 10% giáo viên có thể xây dựng được học liệu số, bài giảng điện tử"),
             QStringLiteral("< 30%: tối đa 2 điểm; 30% - 60%: tối đa 4 điểm; > 60%: tối đa 6 điểm"), QStringLiteral("2")),
        criterion(QStringLiteral("1.7"), QStringLiteral("Hạ tầng, thiết bị sử dụng chuyển đổi số dạy, học:"), QStringLiteral("20"), kBand8,
                  QStringLiteral("10"), QStringLiteral("Đạt mức độ 2")),
        item(QStringLiteral("- 53% phòng học có thiết bị trình chiếu, thiết bị phụ trợ sử dụng dạy - học và kết nối Internet trên tổng số "
                            "phòng học"), QStringLiteral("< 20%: tối đa 2 điểm; 20% - 60%: tối đa 5 điểm; > 60%: tối đa 8 điểm"),
             QStringLiteral("5")),
        item(QStringLiteral("- Mức độ đáp ứng yêu cầu dạy môn Tin học: 2 - 3 em/1 máy (01 phòng 21 máy, 04 máy đã hỏng)."),
             QStringLiteral("Mức độ 1: tối đa 2 điểm; Mức độ 2: tối đa 5 điểm; Mức độ 3: tối đa 7 điểm"), QStringLiteral("5")),
        item(QStringLiteral("- Có phòng studio (gồm máy tính, thiết bị phụ trợ cho việc xây dựng học liệu số, bài giảng điện tử)"),
             QStringLiteral("Tối đa 5 điểm"), QStringLiteral("0")),
    };
}

QList<ScoreRow> managementRows()
{
    return {
        group(QStringLiteral("2"), QStringLiteral("Chuyển đổi số trong quản trị cơ sở giáo dục"), QStringLiteral("58")),
        condition(QStringLiteral("2.1"), QStringLiteral("Cơ sở giáo dục thành lập bộ phận chỉ đạo, phụ trách, triển khai ứng dụng CNTT, "
                                                        "chuyển đổi số (thông tin: Họ tên, chức vụ, email, điện thoại)")),
        condition(QStringLiteral("2.2"), QStringLiteral("Có ban hành kế hoạch ứng dụng CNTT, chuyển đổi số")),
        criterion(QStringLiteral("2.3"), QStringLiteral("Có triển khai phần mềm quản trị nhà trường (cung cấp thông tin: tên giải pháp, tự xây "
                                                        "dựng/mua/thuê):"), QStringLiteral("70"),
                  QStringLiteral("Mức độ 1: dưới 20 điểm; Mức độ 2: từ 20 - 50 điểm; Mức độ 3: trên 50 điểm"),
                  QStringLiteral("50"), QStringLiteral("Đạt mức độ 2"),
                  QStringLiteral("Hệ thống quản trị và lưu trữ nhà trường fbot: https://fbot.esoft.edu.vn. "
                                 "Quyết định số 11/QĐ-CVA ngày 15/02/2023.")),
        item(QStringLiteral("- Có ban hành quy chế sử dụng hệ thống quản trị nhà trường"), QStringLiteral("Tối đa 6 điểm"), QStringLiteral("6")),
        item(QStringLiteral("- Có triển khai phân hệ quản lý học sinh (quản lý hồ sơ, kết quả học tập)"), QStringLiteral("Tối đa 6 điểm"),
             QStringLiteral("6")),
        item(QStringLiteral("- Có triển khai sổ điểm điện tử, học bạ điện tử"), {}, QStringLiteral("0")),
        item(QStringLiteral("- Có triển khai phân hệ quản lý đội ngũ CBVCNV"), QStringLiteral("Tối đa 6 điểm"), QStringLiteral("6")),
        item(QStringLiteral("- Có triển khai phân hệ quản lý cơ sở vật chất"), QStringLiteral("Tối đa 10 điểm"), QStringLiteral("10")),
        item(QStringLiteral("- Có triển khai phân hệ quản lý thông tin y tế trường học, quản lý thông tin về sức khỏe học sinh"),
             QStringLiteral("Tối đa 10 điểm"), QStringLiteral("10")),
        item(QStringLiteral("- Có triển khai phân hệ quản lý kế toán"), QStringLiteral("Tối đa 6 điểm"), QStringLiteral("6")),
        item(QStringLiteral("- Phần mềm kết nối và trao đổi đầy đủ dữ liệu với CSDL ngành (do Bộ quản lý)"), QStringLiteral("Tối đa 6 điểm"),
             QStringLiteral("6")),
        criterion(QStringLiteral("2.4"), QStringLiteral("Mức độ triển khai dịch vụ trực tuyến:"), QStringLiteral("30"),
                  QStringLiteral("Mức độ 1: dưới 10 điểm; Mức độ 2: từ 10 - 18 điểm; Mức độ 3: trên 18 điểm"),
                  QStringLiteral("8"), QStringLiteral("Đạt mức độ 1"), QStringLiteral("Đường link/Quy chế/Văn bản")),
        item(QStringLiteral("- Có triển khai ứng dụng kết nối giữa gia đình và nhà trường (thông tin: Qua OTT (Over The Top) hoặc qua ứng "
                            "dụng web)"), QStringLiteral("Tối đa 8 điểm"), QStringLiteral("8")),
        item(QStringLiteral("- Có triển khai dịch vụ tuyển sinh đầu cấp trực tuyến:"), QStringLiteral("Tối đa 12 điểm"), QStringLiteral("0")),
        item(QStringLiteral("- Có triển khai dịch vụ thu phí dịch vụ giáo dục theo hình thức không dùng tiền mặt"),
             QStringLiteral("Tối đa 10 điểm"), QStringLiteral("0")),
    };
}

AssessmentSummary assessment()
{
    AssessmentSummary summary;
    summary.indexCitation = QStringLiteral("Quyết định số 4725/QĐ-BGDĐT ngày 30 tháng 12 năm 2022 của Bộ trưởng Bộ Giáo dục và Đào tạo");
    summary.rows = teachingRows() + managementRows();
    summary.groups = {GroupResult{QStringLiteral("1"), QStringLiteral("Chuyển đổi số trong dạy, học"), 32, 100, 1, {}, 2},
                      GroupResult{QStringLiteral("2"), QStringLiteral("Chuyển đổi số trong quản trị cơ sở giáo dục"), 58, 100, 2, {}, 0}};
    return summary;
}

/// The texts seed 002 words for its own school, where the defaults are generic.
QMap<QString, QString> planNarratives()
{
    return {
        {QStringLiteral("nhan_luc"),
         QStringLiteral("Có 01 giáo viên dạy môn Tin học, trình độ đại học công nghệ thông tin, kiêm phụ trách công tác CNTT của đơn vị.\n"
                        "100% cán bộ quản lý và giáo viên đều có chứng chỉ tin học cơ bản hoặc tương đương.")},
        {QStringLiteral("uu_diem"),
         QStringLiteral("Đội ngũ giáo viên, nhân viên của trường có trình độ chuyên môn đạt chuẩn theo yêu cầu và không ngừng chủ động tự học, "
                        "tự bồi dưỡng để nâng cao năng lực CNTT.\n"
                        "Cơ sở hạ tầng CNTT của trường từng bước được đầu tư, hiện nhà trường có 01 phòng Tin học với 21 máy vi tính đang "
                        "sử dụng; 05 máy dành cho công tác quản lý, hành chính, có Internet phục vụ quản lý, dạy học.\n"
                        "Nhà trường đã và đang triển khai ứng dụng một số phần mềm quản trị và dạy học theo nhu cầu để tổ chức các hoạt "
                        "động quản lý, dạy học.\n"
                        "Có nhiều văn bản pháp lý hướng dẫn việc ứng dụng CNTT trong trường học, tạo điều kiện cho trường trong triển khai "
                        "thực hiện.\n"
                        "Phần lớn phụ huynh rất quan tâm đến hoạt động học tập của học sinh, đặc biệt là đầu tư các thiết bị CNTT trong "
                        "học tập, từ đó học sinh đã tiếp cận, khai thác các nguồn thông tin phục vụ học tập, nâng cao kỹ năng sử dụng CNTT.")},
        {QStringLiteral("han_che"),
         QStringLiteral("Nhân sự phụ trách CNTT của trường là giáo viên Tin học kiêm nhiệm, không có nhiều thời gian hỗ trợ hoạt động ứng "
                        "dụng CNTT của trường.\n"
                        "Chất lượng nguồn nhân lực không đều, một số cá nhân còn hạn chế trong việc sử dụng các thiết bị điện tử thông "
                        "minh phục vụ cho công tác dạy học.\n"
                        "Có 21/25 máy tính còn sử dụng được nhưng hệ điều hành đã cũ, cấu hình không bảo đảm để nâng cấp.\n"
                        "Số thiết bị thông minh (ti vi, máy chiếu, …) chưa bảo đảm cho tất cả các lớp, chưa có bảng tương tác thông minh, "
                        "hệ thống thiết bị giám sát.\n"
                        "Nguồn kinh phí đầu tư cho ứng dụng CNTT hạn chế (ngân sách và xã hội hóa).\n"
                        "Tốc độ đường truyền Internet thấp, chưa đáp ứng các hoạt động ứng dụng CNTT.")},
        {QStringLiteral("muc_tieu"),
         QStringLiteral("Xây dựng và hoàn thiện thư viện điện tử, cổng thư viện số kết nối liên thông với các kho học liệu số, chia sẻ học "
                        "liệu của ngành.\n"
                        "Có đầy đủ máy tính phục vụ việc dạy môn Tin học và phục vụ quản lý.\n"
                        "Thực hiện nâng cấp đường truyền Internet tốc độ cao.\n"
                        "Trên 60% giáo viên và nhân viên có khả năng ứng dụng tin học nâng cao và khoảng 40% còn lại đạt mức ứng dụng cơ "
                        "bản, có thể thực hiện tốt nhiệm vụ ứng dụng CNTT, chuyển đổi số và thống kê trong giáo dục.")},
    };
}

DocumentInput base()
{
    DocumentInput input;
    input.school = school();
    input.yearName = kYear;
    input.inventory = inventory();
    input.assessment = assessment();
    return input;
}

AuthorityIndicators illustrativeIndicators()
{
    AuthorityIndicators values;
    values.itStaff = {3, 28};
    values.trainedStaff = {28, 28};
    values.protectedComputers = {22, 26};
    values.equippedTeachers = {22, 22};
    values.equippedStudents = {310, 420};
    values.platformStudents = {250, 420};
    return values;
}

} // namespace

DocumentInput seed002Plan()
{
    DocumentInput input = base();
    input.meta.number = 18;
    input.meta.date = QDate(2023, 2, 16);
    input.meta.recipients = {QStringLiteral("Phòng GD&ĐT (để b/c)"), QStringLiteral("BCĐ (để c/đ)"),
                             QStringLiteral("CBGV, NV (th/h)"), QStringLiteral("Lưu: VT")};
    input.bases = planBases();
    input.directives = LegalBasisCatalogue::builtIn().directives(input.school.levelCode, input.startYear());
    input.directives << provinceGuidance() << districtGuidance();
    input.narratives = planNarratives();
    return input;
}

DocumentInput seed002SelfAssessment()
{
    DocumentInput input = base();
    input.meta.number = 25;
    input.meta.date = QDate(2023, 5, 20);
    input.bases = {catalogue(QStringLiteral("qd-4725-2022")), catalogue(QStringLiteral("cv-4267-2022")),
                   own(5, QStringLiteral("Công văn"), QStringLiteral("74/PGDĐT"), QDate(2023, 2, 16), kDistrict,
                       QStringLiteral("về việc triển khai các nhiệm vụ về chuyển đổi số và Bộ chỉ số đánh giá mức độ chuyển "
                                      "đổi số của cơ sở giáo dục phổ thông và giáo dục thường xuyên của Bộ Giáo dục và Đào tạo"))};
    input.assessment.improvements = {
        QStringLiteral("Số hóa ít nhất 20 học liệu được tổ chuyên môn thông qua và Hiệu trưởng phê duyệt (tiêu chí 1.4).")};
    return input;
}

DocumentInput seed002SemesterReport()
{
    DocumentInput input = base();
    input.meta.number = 5;
    input.meta.date = QDate(2023, 1, 5);
    input.bases = {catalogue(QStringLiteral("cv-4267-2022")), provinceGuidance(), districtGuidance()};
    input.assessment = AssessmentSummary{}; // the self-assessment comes later in the year
    input.indicators = illustrativeIndicators();
    return input;
}

DocumentInput seed002YearReport()
{
    DocumentInput input = base();
    input.meta.number = 32;
    input.meta.date = QDate(2023, 5, 8);
    input.bases = {catalogue(QStringLiteral("cv-4267-2022")), catalogue(QStringLiteral("qd-4725-2022")),
                   provinceGuidance(), districtGuidance()};
    input.indicators = illustrativeIndicators();
    return input;
}

DocumentInput emptySchool()
{
    return DocumentInput{};
}

} // namespace sdx::DocumentSamples
