<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../forms/mainwindow.ui" line="+6"/>
        <source>SchoolDX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Các mục làm việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Tệp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Năm học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;gôn ngữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;rợ giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thanh công cụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sao lưu dữ liệu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;hoát</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Năm học &amp;mới…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Giới thiệu SchoolDX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giới thiệu &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewYearDialog</name>
    <message>
        <location filename="../forms/newyeardialog.ui" line="+5"/>
        <source>Năm học mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Năm học:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Chép số liệu (kiểm kê, tự đánh giá, minh chứng, văn bản) từ năm học:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolProfileForm</name>
    <message>
        <location filename="../forms/schoolprofileform.ui" line="+11"/>
        <source>Nhà trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tên &amp;trường:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ví dụ: Trường Tiểu học Chu Văn An</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mã trường (CSDL ngành):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mã trường trên CSDL ngành</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cấp học:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cơ quan &amp;chủ quản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ví dụ: UBND XÃ ĐỨC AN hoặc SỞ GD&amp;ĐT TỈNH LÂM ĐỒNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Địa &amp;danh (dòng ngày tháng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ví dụ: Đức An</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ký hiệu văn bản:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ví dụ: THCVA (trong “Số: 18/KH-THCVA”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Người ký văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Họ và tên:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chức &amp;vụ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hiệu trưởng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Liên hệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đị&amp;a chỉ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Điện th&amp;oại:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thư đi&amp;ện tử:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>truong@example.edu.vn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trang thông tin điện &amp;tử:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bộ phận phụ trách CNTT, chuyển đổi số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Thêm &amp;người</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bớt người đã chọn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolProfilePage</name>
    <message>
        <location filename="../forms/schoolprofilepage.ui" line="+9"/>
        <source>Thông tin này xuất hiện ở đầu mọi văn bản (tên cơ quan chủ quản, tên trường, số và ký hiệu, địa danh) và trong tệp gửi cơ quan quản lý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Hoàn tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lưu thay đổi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardWelcomePage</name>
    <message>
        <location filename="../forms/wizardwelcomepage.ui" line="+8"/>
        <source>&lt;p&gt;SchoolDX giúp nhà trường:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;kiểm kê phần mềm, dịch vụ, phòng học và thiết bị CNTT;&lt;/li&gt;&lt;li&gt;tự đánh giá mức độ chuyển đổi số theo Quyết định 4725/QĐ-BGDĐT, có minh chứng và điểm tính tự động;&lt;/li&gt;&lt;li&gt;in Kế hoạch, Báo cáo đúng thể thức Nghị định 30/2020/NĐ-CP, lưu PDF và Word;&lt;/li&gt;&lt;li&gt;gửi tệp số liệu lên cơ quan quản lý.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Mọi dữ liệu lưu trên máy này, không cần Internet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tạo hồ sơ trường mới</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Mở trường mẫu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trường mẫu: Trường Tiểu học Chu Văn An, năm học 2022 - 2023, với đầy đủ kiểm kê, điểm tự đánh giá và minh chứng để xem thử mọi chức năng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardYearPage</name>
    <message>
        <location filename="../forms/wizardyearpage.ui" line="+8"/>
        <source>&amp;Năm học:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2025 - 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Năm học sau có thể chép số liệu từ năm học trước (menu Năm học → Năm học mới).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::Database</name>
    <message>
        <location filename="../app/core/store/Database.cpp" line="+77"/>
        <source>Không tạo được thư mục dữ liệu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thiếu trình điều khiển SQLite của Qt (gói libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Không mở được cơ sở dữ liệu %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tệp %1 không phải là cơ sở dữ liệu SchoolDX (không đọc được dạng SQLite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tệp %1 là cơ sở dữ liệu của một chương trình khác, không phải SchoolDX. Tệp không bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cơ sở dữ liệu %1 được tạo bởi một phiên bản SchoolDX mới hơn (lược đồ %2, phiên bản này chỉ đọc được đến lược đồ %3). Hãy cập nhật SchoolDX. Tệp không bị thay đổi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../app/core/store/SqlQuery.cpp" line="+14"/>
        <location line="+20"/>
        <source>Lỗi cơ sở dữ liệu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Không tạo được thư mục tạm để sao lưu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sao lưu thất bại</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::Migrations</name>
    <message>
        <location filename="../app/core/store/Migrations.cpp" line="+41"/>
        <location line="+45"/>
        <source>Thiếu bước nâng cấp lược đồ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Nâng cấp lược đồ lên %1 thất bại</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::SafeFile</name>
    <message>
        <location filename="../app/core/common/SafeFile.cpp" line="+23"/>
        <source>Không tạo được thư mục %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Không mở được tệp %1 để ghi: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không ghi được tệp %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không ghi được tệp %1 (ổ đĩa đầy hoặc không có quyền ghi?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Không đọc lại được tệp vừa ghi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp vừa ghi %1 không khớp với dữ liệu (lỗi ổ đĩa?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Không tìm thấy tệp %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không mở được tệp %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp %1 quá lớn (%2 MB, giới hạn %3 MB)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::SchoolProfile</name>
    <message>
        <location filename="../app/core/school/SchoolProfile.cpp" line="+24"/>
        <source>Tiểu học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trường Tiểu học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trung học cơ sở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trường THCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trung học phổ thông</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trường THPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liên cấp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giáo dục thường xuyên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trung tâm GDNN-GDTX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Chưa nhập tên trường.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa nhập cơ quan chủ quản (ví dụ: UBND XÃ …, SỞ GD&amp;ĐT …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa nhập địa danh dùng ở dòng ngày tháng của văn bản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ký hiệu văn bản &quot;%1&quot; chỉ gồm chữ in hoa và số, không dấu cách (ví dụ: THCVA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Địa chỉ thư điện tử &quot;%1&quot; không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Có cán bộ phụ trách CNTT chưa có họ tên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thư điện tử của %1 (&quot;%2&quot;) không hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::SchoolSession</name>
    <message>
        <location filename="../app/core/school/SchoolSession.cpp" line="+105"/>
        <source>Không tìm thấy năm học (mã %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::YearRepository</name>
    <message>
        <location filename="../app/core/school/YearRepository.cpp" line="+51"/>
        <source>Không tìm thấy năm học (mã %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+59"/>
        <source>&quot;%1&quot; không phải là năm học hợp lệ (ví dụ: 2023-2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Chưa có năm học %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Không sao chép được dữ liệu từ năm học %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Năm học %1 đã có.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::cli</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+38"/>
        <source>Chưa có cơ sở dữ liệu tại %1 (dùng --db ĐƯỜNG_DẪN hoặc biến SCHOOLDX_DB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lỗi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commands/InfoCommand.cpp" line="+47"/>
        <source>Cơ sở dữ liệu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phiên bản lược đồ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trường: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (mã %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp học: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ quan chủ quản: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trường: chưa khai báo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (đang làm việc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm học: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In thông tin cơ sở dữ liệu, trường và năm học.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in dạng JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="+10"/>
        <source>Đường dẫn cơ sở dữ liệu, phiên bản lược đồ, trường và các năm học</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::gui</name>
    <message>
        <location filename="../app/gui/shell/Application.cpp" line="+19"/>
        <source>Hồ sơ chuyển đổi số trường học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tệp cơ sở dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Không mở được dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::gui::FirstRunWizard</name>
    <message>
        <location filename="../app/gui/school/FirstRunWizard.cpp" line="+19"/>
        <source>Bắt đầu với SchoolDX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Không tạo được hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="+40"/>
        <source>Dữ liệu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm kê</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bộ chỉ số</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gửi/Nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Kiểm kê phần mềm, dịch vụ, phòng học và thiết bị CNTT của năm học.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tự đánh giá theo Bộ chỉ số 4725/QĐ-BGDĐT, có minh chứng cho từng tiêu chí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Điểm, mức độ của hai nhóm tiêu chí và việc cần làm để nâng mức.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kế hoạch và Báo cáo theo thể thức Nghị định 30/2020/NĐ-CP: xem trước, in, PDF, Word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gửi tệp số liệu lên cơ quan quản lý; nhận và tổng hợp tệp của các trường.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Năm học: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Không đổi được năm học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chưa khai báo trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — SchoolDX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Năm học %2 — SchoolDX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Không tạo được năm học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SchoolDX-sao-luu-%1.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>Sao lưu dữ liệu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cơ sở dữ liệu SchoolDX (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã sao lưu toàn bộ dữ liệu vào %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ngôn ngữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngôn ngữ mới sẽ được dùng khi mở lại SchoolDX.
The new language will be used the next time SchoolDX starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Giới thiệu SchoolDX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SchoolDX %1&lt;/h3&gt;&lt;p&gt;Hồ sơ chuyển đổi số trường học: kiểm kê, tự đánh giá theo Bộ chỉ số ban hành kèm theo Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ Giáo dục và Đào tạo, minh chứng, văn bản theo thể thức Nghị định 30/2020/NĐ-CP và tệp gửi cơ quan quản lý.&lt;/p&gt;&lt;p&gt;Chạy hoàn toàn trên máy, không cần Internet.&lt;/p&gt;&lt;p&gt;Dữ liệu: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thay đổi chưa lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hồ sơ nhà trường có thay đổi chưa lưu. Lưu trước khi đóng?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::gui::NewYearDialog</name>
    <message>
        <location filename="../app/gui/shell/NewYearDialog.cpp" line="+53"/>
        <source>“%1” không phải là năm học hợp lệ. Hãy viết như 2025 - 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Năm học %1 đã có.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::gui::PlaceholderPage</name>
    <message>
        <location filename="../app/gui/shell/PlaceholderPage.cpp" line="+12"/>
        <source>Phần này chưa có trong phiên bản này.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::gui::SchoolProfileModel</name>
    <message>
        <location filename="../app/gui/school/SchoolProfileModel.cpp" line="+91"/>
        <source>Tên trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ quan chủ quản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ký hiệu văn bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ người ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa chỉ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư điện tử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trang thông tin điện tử</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::gui::SchoolProfilePage</name>
    <message>
        <location filename="../app/gui/school/SchoolProfilePage.cpp" line="+44"/>
        <source>Đã lưu hồ sơ nhà trường.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Có thay đổi chưa lưu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::gui::StaffTableModel</name>
    <message>
        <location filename="../app/gui/school/StaffTableModel.cpp" line="+90"/>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư điện tử</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::gui::WizardSchoolPage</name>
    <message>
        <location filename="../app/gui/school/FirstRunWizardPages.cpp" line="+40"/>
        <source>Thông tin nhà trường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Những thông tin này in ở đầu mọi văn bản. Có thể sửa lại bất cứ lúc nào ở mục “Trường”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hiệu trưởng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::gui::WizardWelcomePage</name>
    <message>
        <location line="-28"/>
        <source>Chào mừng đến với SchoolDX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hồ sơ chuyển đổi số của nhà trường: kiểm kê, tự đánh giá theo Bộ chỉ số 4725, văn bản và tệp gửi cấp trên.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdx::gui::WizardYearPage</name>
    <message>
        <location line="+48"/>
        <source>Năm học</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi số liệu kiểm kê, tự đánh giá và văn bản thuộc về một năm học.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” không phải là năm học hợp lệ. Hãy viết như 2025 - 2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
