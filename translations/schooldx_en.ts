<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="vi_VN">
<context>
    <name>AuthorityProfileDialog</name>
    <message>
        <location filename="../forms/authorityprofiledialog.ui" line="+9"/>
        <source>Cơ quan tổng hợp báo cáo</source>
        <translation>Receiving authority for the report</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thông tin in ở phần đầu và phần ký của báo cáo tổng hợp (UBND xã/phường, Sở GDĐT, hoặc Phòng GDĐT với các năm trước 01/7/2025).</source>
        <translation>Details printed in the header and signature block of the summary report (commune/ward People&apos;s Committee, provincial Department of Education, or the district Office of Education for years before 1 July 2025).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cơ quan &amp;chủ quản (IN HOA):</source>
        <translation>Super&amp;vising authority (UPPER CASE):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>UBND TỈNH ĐẮK NÔNG (để trống nếu không có)</source>
        <translation>UBND TỈNH ĐẮK NÔNG (leave blank if none)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Tên cơ quan (IN HOA):</source>
        <translation>Authority &amp;name (UPPER CASE):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tên trong &amp;câu văn:</source>
        <translation>Name in running &amp;text:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Địa &amp;danh (dòng ngày tháng):</source>
        <translation>&amp;Place name (date line):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Ký hiệu cơ quan:</source>
        <translation>Authority &amp;code:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quyền hạn ký:</source>
        <translation>Si&amp;gning capacity:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chức vụ người đứng &amp;đầu:</source>
        <translation>Title of the &amp;head:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chức vụ người &amp;ký:</source>
        <translation>Title of the &amp;signatory:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phó Chủ tịch (để trống nếu người đứng đầu ký)</source>
        <translation>Phó Chủ tịch (leave blank if the head signs)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Họ tên người ký:</source>
        <translation>Signatory&apos;s &amp;full name:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Nơi nhận (mỗi dòng một nơi):</source>
        <translation>&amp;Recipients (one per line):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sở Giáo dục và Đào tạo (để b/c)
Các trường trên địa bàn</source>
        <translation>Provincial Department of Education (for reporting)
Schools in the area</translation>
    </message>
</context>
<context>
    <name>ChecklistItemPanel</name>
    <message>
        <location filename="../forms/checklistitempanel.ui" line="+18"/>
        <source>Điều kiện bắt buộc: nếu chưa đạt, nhóm tiêu chí bị xếp Mức độ 1 dù đủ điểm.</source>
        <translation>Mandatory condition: if it is not met, the criteria group is placed at Level 1 whatever its points.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Trả lời</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chọn một mục trong danh sách để trả lời.</source>
        <translation>Choose an item in the list to answer it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Xóa câu trả lời</source>
        <translation>Clear the answer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dùng lại giá trị từ kiểm kê</source>
        <translation>Reuse the inventory value</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Chấm thấp hơn mức tối đa (điều chỉnh thủ công)</source>
        <translation>Score below the maximum (manual adjustment)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Điểm chấm:</source>
        <translation>Points awarded:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lý do:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bắt buộc: vì sao chấm thấp hơn mức tối đa của bậc</source>
        <translation>Required: why the score is below the maximum for the tier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Người điều chỉnh:</source>
        <translation>Adjusted by:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lưu điều chỉnh</source>
        <translation>Save adjustment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bỏ điều chỉnh</source>
        <translation>Remove adjustment</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../forms/checklistpage.ui" line="+9"/>
        <source>Tự đánh giá</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tự đánh giá mức độ chuyển đổi số</source>
        <translation>Self-assessment of the digital transformation level</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../forms/documentspage.ui" line="+9"/>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Văn bản:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Số, ngày ban hành và người ký</source>
        <translation>Number, date of issue and signatory</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Số văn bản:</source>
        <translation>&amp;Document number:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Để 0 nếu văn thư sẽ ghi số khi đăng ký văn bản.</source>
        <translation>Leave 0 if the clerk will write the number when registering the document.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(để trống)</source>
        <translation>(leave blank)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Ngày ban hành:</source>
        <translation>&amp;Date of issue:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Để trống (ghi tay)</source>
        <translation>Leave blank (write by hand)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quyền hạn ký:</source>
        <translation>&amp;Signing authority:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Chức vụ người ký:</source>
        <translation>Signatory&apos;s &amp;position:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hiệu trưởng</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Họ &amp;tên người ký:</source>
        <translation>Signatory&apos;s &amp;name:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Căn cứ (đánh dấu các văn bản được dẫn, theo thứ tự in)</source>
        <translation>Legal bases (tick the documents to cite, in printing order)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đưa &amp;lên</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đưa &amp;xuống</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Thêm văn bản của địa phương…</source>
        <translation>&amp;Add a local document…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nội dung văn bản (sửa được; phần in đậm là phần đã sửa)</source>
        <translation>Document content (editable; the parts in bold have been edited)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mỗi dòng là một đoạn. Dòng bắt đầu bằng số (1., 1.1, a)) và không có dấu chấm cuối là đề mục; dòng bắt đầu bằng &quot;- &quot; là một gạch đầu dòng.</source>
        <translation>Each line is a paragraph. A line that starts with a number (1., 1.1, a)) and has no full stop at the end is a heading; a line that starts with &quot;- &quot; is a bullet point.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Khôi phục mặc định</source>
        <translation>&amp;Restore the default</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Xem t&amp;rước</source>
        <translation>P&amp;review</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lưu &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lưu &amp;Word (DOCX)…</source>
        <translation>Save as &amp;Word (DOCX)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lưu &amp;ODT…</source>
        <translation>Save as &amp;ODT…</translation>
    </message>
</context>
<context>
    <name>EvidenceEntryDialog</name>
    <message>
        <location filename="../forms/evidenceentrydialog.ui" line="+9"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tên minh chứng:</source>
        <translation>Evidence name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ví dụ: Quy chế sử dụng hệ thống quản trị nhà trường</source>
        <translation>E.g. Regulations on using the school management system</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loại:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đường link:</source>
        <translation>Link:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loại văn bản:</source>
        <translation>Document type:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Số / ký hiệu:</source>
        <translation>Number / code:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>11</source>
        <translation>11</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>/</source>
        <translation>/</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ngày ban hành:</source>
        <translation>Date of issue:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nơi ban hành:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ghi chú:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../forms/checklistevidence.ui" line="+14"/>
        <source>&lt;b&gt;Minh chứng&lt;/b&gt;</source>
        <translation>&lt;b&gt;Evidence&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Thêm đường link</source>
        <translation>Add link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm một minh chứng là trang web (http/https)</source>
        <translation>Add a web page (http/https) as evidence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thêm văn bản…</source>
        <translation>Add document…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm một văn bản: &quot;Quyết định số 11/QĐ-CVA ngày 15/02/2023&quot;, ghi nơi ban hành</source>
        <translation>Add a document, e.g. &quot;Decision No. 11/QĐ-CVA dated 15/02/2023&quot;, and record who issued it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thêm tệp…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chọn một tệp trên máy (bản scan, ảnh, biên bản…)</source>
        <translation>Choose a file on this computer (scan, photo, minutes…)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa minh chứng đang chọn: đường link, số hiệu, ngày và nơi ban hành văn bản, tệp, ghi chú</source>
        <translation>Edit the selected evidence: link, document number, date of issue and issuing body, file, notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở đường link trong trình duyệt hoặc mở tệp</source>
        <translation>Open the link in the browser or open the file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kiểm tra liên kết</source>
        <translation>Check the links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thử truy cập từng đường link (cần mạng); ngày kiểm tra được ghi lại</source>
        <translation>Try to access each link (requires an internet connection); the date of the check is recorded</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dừng kiểm tra</source>
        <translation>Stop checking</translation>
    </message>
</context>
<context>
    <name>ExchangeReceivePanel</name>
    <message>
        <location filename="../forms/exchangereceivepanel.ui" line="+9"/>
        <source>Nhập &amp;nhiều tệp…</source>
        <translation>Import &amp;several files…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập cả &amp;thư mục…</source>
        <translation>Import a whole &amp;folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất &amp;Excel…</source>
        <translation>Export to &amp;Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Báo cáo tổng hợp…</source>
        <translation>&amp;Summary report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xem &amp;hồ sơ trường</source>
        <translation>View the school&apos;s &amp;record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa dữ liệu đã nhận…</source>
        <translation>Delete the received data…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Năm học:</source>
        <translation>School year:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lọc:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mã hoặc tên trường…</source>
        <translation>school code or name…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bảng tổng hợp</source>
        <translation>Summary table</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Biểu đồ</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thống kê</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bị từ chối</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bản cũ, trùng lặp</source>
        <translation>Old version, duplicate</translation>
    </message>
</context>
<context>
    <name>ExchangeSendPanel</name>
    <message>
        <location filename="../forms/exchangesendpanel.ui" line="+9"/>
        <source>Số liệu năm học</source>
        <translation>School year figures</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Chốt số liệu</source>
        <translation>&amp;Finalise the figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mở lại…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Xuất tệp .sdx…</source>
        <translation>&amp;Export a .sdx file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nhập lại từ tệp…</source>
        <translation>&amp;Restore from a file…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nơi nhận báo cáo</source>
        <translation>Report recipient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cơ quan:</source>
        <translation>Authority:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UBND xã/phường …, Sở Giáo dục và Đào tạo …</source>
        <translation>People&apos;s Committee of … commune/ward, … Department of Education and Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lưu nơi nhận</source>
        <translation>Save the recipient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chỉ số báo cáo cơ quan quản lý</source>
        <translation>Indicators reported to the managing authority</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chữ xám nghiêng: số liệu kiểm kê, được gửi cho các ô để trống. Để trống chỉ số chưa thống kê.</source>
        <translation>Grey italics: inventory figures, sent for the cells left empty. Leave empty what has not been counted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lưu chỉ số</source>
        <translation>Save the indicators</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lịch sử chốt số liệu</source>
        <translation>Finalisation history</translation>
    </message>
</context>
<context>
    <name>InventoryFeaturesDialog</name>
    <message>
        <location filename="../forms/inventoryfeaturesdialog.ui" line="+8"/>
        <source>Phân hệ, chức năng</source>
        <translation>Modules, functions</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Có kết nối, trao đổi kết quả với hệ thống quản trị nhà trường</source>
        <translation>Connects to and exchanges results with the school management system</translation>
    </message>
</context>
<context>
    <name>InventoryImportDialog</name>
    <message>
        <location filename="../forms/inventoryimportdialog.ui" line="+8"/>
        <source>Nhập kiểm kê từ tệp</source>
        <translation>Import the inventory from a file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trang tính:</source>
        <translation>Worksheet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loại bảng:</source>
        <translation>Table type:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chuyển chữ TCVN3 (ABC) sang Unicode</source>
        <translation>Convert TCVN3 (ABC) text to Unicode</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <location filename="../forms/inventorypage.ui" line="+11"/>
        <source>Kiểm kê</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phần mềm &amp;&amp; dịch vụ</source>
        <translation>Software &amp;&amp; services</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thêm ứng dụng quản lý</source>
        <translation>Add a management application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm ứng dụng dạy học</source>
        <translation>Add a teaching application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa dòng</source>
        <translation>Delete the row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phân hệ, chức năng…</source>
        <translation>Modules, functions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Nhập từ tệp…</source>
        <translation>Import from a file…</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Xuất ra tệp…</source>
        <translation>Export to a file…</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Phòng &amp;&amp; thiết bị</source>
        <translation>Rooms &amp;&amp; equipment</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Thêm phòng</source>
        <translation>Add a room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa phòng</source>
        <translation>Delete the room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm kê từng phòng…</source>
        <translation>Stocktake room by room…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In phụ lục kiểm kê…</source>
        <translation>Print inventory annex…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Danh mục phòng và trang thiết bị CNTT của năm học: xem trước, in hoặc lưu PDF/Word</source>
        <translation>The school year&apos;s list of rooms and IT equipment: preview, print or save as PDF/Word</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thiết bị của phòng</source>
        <translation>Equipment in the room</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm thiết bị</source>
        <translation>Add equipment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa thiết bị</source>
        <translation>Delete the equipment</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Trang thiết bị còn thiếu, cần bổ sung</source>
        <translation>Missing equipment to be acquired</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nhân sự &amp;&amp; học sinh</source>
        <translation>Staff &amp;&amp; students</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Số liệu của năm học. Để trống ô nào chưa biết: SchoolDX không suy ra gì từ số liệu chưa biết.</source>
        <translation>Figures of the school year. Leave blank any cell that is not known: SchoolDX derives nothing from unknown figures.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Số liệu suy ra</source>
        <translation>Derived figures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Các số liệu của Bộ chỉ số (QĐ 4725) tính từ kiểm kê, kèm nguồn. Bảng tự đánh giá dùng các số liệu này; có thể ghi đè ở đó.</source>
        <translation>The Index figures (Decision 4725) computed from the inventory, with their source. The self-assessment uses these figures; they can be overridden there.</translation>
    </message>
</context>
<context>
    <name>InventoryStocktakeDialog</name>
    <message>
        <location filename="../forms/inventorystocktakedialog.ui" line="+8"/>
        <source>Kiểm kê từng phòng</source>
        <translation>Stocktake room by room</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phòng:</source>
        <translation>Room:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đếm thực tế rồi sửa số lượng và số đang hoạt động; bấm “Xác nhận số liệu” để lưu cả phòng một lần.</source>
        <translation>Count what is actually there, then correct the quantity and the number working; click “Confirm the figures” to save the whole room at once.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Xác nhận số liệu</source>
        <translation>Confirm the figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Báo hỏng…</source>
        <translation>Report broken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Báo mất, thiếu…</source>
        <translation>Report lost, missing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chuyển sang phòng khác…</source>
        <translation>Move to another room…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nhật ký sửa chữa của thiết bị đang chọn</source>
        <translation>Repair log of the selected equipment</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kết thúc sửa chữa…</source>
        <translation>End the repair…</translation>
    </message>
</context>
<context>
    <name>LegalBasisDialog</name>
    <message>
        <location filename="../forms/legalbasisdialog.ui" line="+9"/>
        <source>Thêm văn bản căn cứ của địa phương, nhà trường</source>
        <translation>Add a legal basis document of the locality or the school</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Loại văn bản:</source>
        <translation>Document &amp;type:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Số, ký hiệu:</source>
        <translation>&amp;Number, reference:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1470/SGDĐT-VP</source>
        <translation>1470/SGDĐT-VP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ngày ban hành:</source>
        <translation>&amp;Date of issue:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cơ quan &amp;ban hành:</source>
        <translation>Issuing &amp;authority:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sở Giáo dục và Đào tạo tỉnh …</source>
        <translation>Department of Education and Training of … province</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trích yếu:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>về việc hướng dẫn thực hiện nhiệm vụ …</source>
        <translation>on guidance for carrying out the tasks …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../forms/mainwindow.ui" line="+6"/>
        <source>SchoolDX</source>
        <translation>SchoolDX</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Các mục làm việc</source>
        <translation>Work areas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Năm học</source>
        <translation>&amp;School year</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;gôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;rợ giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thanh công cụ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sao lưu dữ liệu…</source>
        <translation>&amp;Back up the data…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;hoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Năm học &amp;mới…</source>
        <translation>&amp;New school year…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Giới thiệu SchoolDX</source>
        <translation>&amp;About SchoolDX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giới thiệu &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>NewYearDialog</name>
    <message>
        <location filename="../forms/newyeardialog.ui" line="+5"/>
        <source>Năm học mới</source>
        <translation>New school year</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Năm học:</source>
        <translation>&amp;School year:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Chép số liệu (kiểm kê, tự đánh giá, minh chứng, văn bản) từ năm học:</source>
        <translation>&amp;Copy the data (inventory, self-assessment, evidence, documents) from the school year:</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../forms/resultspage.ui" line="+9"/>
        <source>Kết quả tự đánh giá</source>
        <translation>Self-assessment results</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Việc cần làm để tăng điểm&lt;/b&gt; (việc ít tốn kém trước)</source>
        <translation>&lt;b&gt;What to do to raise the score&lt;/b&gt; (least costly first)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;So sánh với năm học trước&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comparison with the previous school year&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SchoolProfileForm</name>
    <message>
        <location filename="../forms/schoolprofileform.ui" line="+11"/>
        <source>Nhà trường</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tên &amp;trường:</source>
        <translation>School &amp;name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ví dụ: Trường Tiểu học Chu Văn An</source>
        <translation>For example: Chu Van An Primary School</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mã trường (CSDL ngành):</source>
        <translation>School &amp;code (sector database):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mã trường trên CSDL ngành</source>
        <translation>School code in the sector database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cấp học:</source>
        <translation>School &amp;level:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cơ quan &amp;chủ quản:</source>
        <translation>&amp;Managing authority:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ví dụ: UBND XÃ ĐỨC AN hoặc SỞ GD&amp;ĐT TỈNH LÂM ĐỒNG</source>
        <translation>For example: UBND XÃ ĐỨC AN or SỞ GD&amp;ĐT TỈNH LÂM ĐỒNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Địa &amp;danh (dòng ngày tháng):</source>
        <translation>&amp;Place name (date line):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ví dụ: Đức An</source>
        <translation>For example: Đức An</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ký hiệu văn bản:</source>
        <translation>Document &amp;reference code:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ví dụ: THCVA (trong “Số: 18/KH-THCVA”)</source>
        <translation>For example: THCVA (in “Số: 18/KH-THCVA”)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Người ký văn bản</source>
        <translation>Signatory of documents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Họ và tên:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chức &amp;vụ:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hiệu trưởng</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Liên hệ</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đị&amp;a chỉ:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Điện th&amp;oại:</source>
        <translation>Ph&amp;one:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thư đi&amp;ện tử:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>truong@example.edu.vn</source>
        <translation>truong@example.edu.vn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trang thông tin điện &amp;tử:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bộ phận phụ trách CNTT, chuyển đổi số</source>
        <translation>Staff in charge of IT and digital transformation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Thêm &amp;người</source>
        <translation>Add a &amp;person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bớt người đã chọn</source>
        <translation>&amp;Remove the selected people</translation>
    </message>
</context>
<context>
    <name>SchoolProfilePage</name>
    <message>
        <location filename="../forms/schoolprofilepage.ui" line="+9"/>
        <source>Thông tin này xuất hiện ở đầu mọi văn bản (tên cơ quan chủ quản, tên trường, số và ký hiệu, địa danh) và trong tệp gửi cơ quan quản lý.</source>
        <translation>This information appears at the top of every document (managing authority, school name, number and reference code, place name) and in the file sent to the managing authority.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lưu thay đổi</source>
        <translation>&amp;Save changes</translation>
    </message>
</context>
<context>
    <name>SummaryReportDialog</name>
    <message>
        <location filename="../forms/summaryreportdialog.ui" line="+9"/>
        <source>Báo cáo tổng hợp kết quả tự đánh giá</source>
        <translation>Summary report of self-assessment results</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cơ quan tổng hợp</source>
        <translation>Receiving authority</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sửa thông tin cơ quan…</source>
        <translation>&amp;Edit authority details…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Số &amp;báo cáo:</source>
        <translation>Report &amp;number:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>để trống (văn thư ghi)</source>
        <translation>leave blank (filled in by the records office)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ngày &amp;ban hành:</source>
        <translation>Date of &amp;issue:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dd/MM/yyyy</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quyền hạn ký:</source>
        <translation>Si&amp;gning capacity:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chức vụ người &amp;ký:</source>
        <translation>Title of the &amp;signatory:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>để trống: người đứng đầu ký</source>
        <translation>leave blank: the head signs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Họ tên người ký:</source>
        <translation>Signatory&apos;s &amp;full name:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Để trống ngày (ghi tay)</source>
        <translation>Leave the date blank (fill in by hand)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Xem trước…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu &amp;Word (DOCX)…</source>
        <translation>Save as &amp;Word (DOCX)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu &amp;ODT…</source>
        <translation>Save as &amp;ODT…</translation>
    </message>
</context>
<context>
    <name>WizardWelcomePage</name>
    <message>
        <location filename="../forms/wizardwelcomepage.ui" line="+8"/>
        <source>&lt;p&gt;SchoolDX giúp nhà trường:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;kiểm kê phần mềm, dịch vụ, phòng học và thiết bị CNTT;&lt;/li&gt;&lt;li&gt;tự đánh giá mức độ chuyển đổi số theo Quyết định 4725/QĐ-BGDĐT, có minh chứng và điểm tính tự động;&lt;/li&gt;&lt;li&gt;in Kế hoạch, Báo cáo đúng thể thức Nghị định 30/2020/NĐ-CP, lưu PDF và Word;&lt;/li&gt;&lt;li&gt;gửi tệp số liệu lên cơ quan quản lý.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Mọi dữ liệu lưu trên máy này, không cần Internet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;SchoolDX helps the school to:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;take inventory of its software, services, classrooms and IT equipment;&lt;/li&gt;&lt;li&gt;self-assess its digital transformation level under Decision 4725/QĐ-BGDĐT, with evidence and automatically computed scores;&lt;/li&gt;&lt;li&gt;print the Plan and Reports in the format of Decree 30/2020/NĐ-CP, and save them as PDF and Word;&lt;/li&gt;&lt;li&gt;send the data file to the managing authority.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;All data is stored on this computer; no Internet connection is needed.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tạo hồ sơ trường mới</source>
        <translation>&amp;Create a new school record</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Mở trường mẫu</source>
        <translation>&amp;Open the sample school</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trường mẫu: Trường Tiểu học Chu Văn An, năm học 2022 - 2023, với đầy đủ kiểm kê, điểm tự đánh giá và minh chứng để xem thử mọi chức năng.</source>
        <translation>Sample school: Chu Van An Primary School, school year 2022 - 2023, with a complete inventory, self-assessment scores and evidence, to try out every feature.</translation>
    </message>
</context>
<context>
    <name>WizardYearPage</name>
    <message>
        <location filename="../forms/wizardyearpage.ui" line="+8"/>
        <source>&amp;Năm học:</source>
        <translation>&amp;School year:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>2025 - 2026</source>
        <translation>2025 - 2026</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Năm học sau có thể chép số liệu từ năm học trước (menu Năm học → Năm học mới).</source>
        <translation>A later school year can copy the data from the previous one (menu School year → New school year).</translation>
    </message>
</context>
<context>
    <name>sdx::ActionCost</name>
    <message>
        <location filename="../app/core/index/IndexDefinition.cpp" line="+77"/>
        <source>Ban hành văn bản</source>
        <translation>Issue a document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dùng phần mềm, tài khoản miễn phí</source>
        <translation>Use free software and accounts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tập huấn, giao việc cho giáo viên</source>
        <translation>Train teachers, assign tasks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mua hoặc thuê phần mềm</source>
        <translation>Buy or rent software</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mua sắm thiết bị</source>
        <translation>Buy equipment</translation>
    </message>
</context>
<context>
    <name>sdx::AnswerMigration</name>
    <message>
        <location filename="../app/core/index/AnswerMigration.cpp" line="+41"/>
        <source>Mục %1 mới có trong bộ chỉ số mới; cần trả lời.</source>
        <translation>Item %1 is new in the new index; it needs an answer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mục %1 đổi kiểu trả lời; cần trả lời lại.</source>
        <translation>Item %1 changed its answer type; it needs to be answered again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mục %1: câu trả lời cũ không hợp lệ với bộ chỉ số mới; cần trả lời lại.</source>
        <translation>Item %1: the old answer is not valid for the new index; it needs to be answered again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mục %1 đổi cách tính điểm (tối đa %2 → %3 điểm); giữ câu trả lời, cần xem lại.</source>
        <translation>Item %1 changed how it is scored (maximum %2 → %3 points); the answer is kept, please review it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mục %1 đổi cách diễn đạt; giữ câu trả lời, cần đọc lại.</source>
        <translation>Item %1 changed its wording; the answer is kept, please read it again.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Mục %1 không còn trong bộ chỉ số mới; câu trả lời cũ không được chuyển.</source>
        <translation>Item %1 is no longer in the new index; the old answer is not carried over.</translation>
    </message>
</context>
<context>
    <name>sdx::Assessment</name>
    <message>
        <location filename="../app/core/index/Assessment.cpp" line="+115"/>
        <source>Mục &quot;%1&quot; không có trong bộ chỉ số %2.</source>
        <translation>Item &quot;%1&quot; is not in index %2.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Tệp dữ kiện dùng bộ chỉ số %1, năm học này dùng %2.</source>
        <translation>The facts file uses index %1; this school year uses %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tệp dữ kiện có giá trị không hợp lệ, chưa lưu gì:
- %1</source>
        <translation>The facts file has invalid values; nothing was saved:
- %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mục %1</source>
        <translation>Item %1</translation>
    </message>
</context>
<context>
    <name>sdx::AssessmentRepository</name>
    <message>
        <location filename="../app/core/index/AssessmentRepository.cpp" line="+44"/>
        <source>người dùng</source>
        <translation>user</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>nhập tay bởi %1 lúc %2</source>
        <translation>entered by hand by %1 at %2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Mục %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Mục %1: điều chỉnh điểm phải ghi lý do.</source>
        <translation>Item %1: a score adjustment needs a reason.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Không tìm thấy minh chứng (mã %1) để sửa.</source>
        <translation>Evidence (id %1) not found; nothing to edit.</translation>
    </message>
</context>
<context>
    <name>sdx::AuthorityProfile</name>
    <message>
        <location filename="../app/core/exchange/AuthorityProfile.cpp" line="+67"/>
        <source>Hãy nhập tên cơ quan tổng hợp (ví dụ: UBND XÃ ĐỨC AN).</source>
        <translation>Please enter the name of the receiving authority (e.g. UBND XÃ ĐỨC AN).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hãy nhập địa danh ghi ở dòng ngày tháng (ví dụ: Đức An).</source>
        <translation>Please enter the place name for the date line (e.g. Đức An).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hãy nhập ký hiệu cơ quan dùng trong số văn bản (ví dụ: UBND cho &quot;Số: …/BC-UBND&quot;).</source>
        <translation>Please enter the authority code used in the document number (e.g. UBND for &quot;Số: …/BC-UBND&quot;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ký hiệu cơ quan chỉ ghi phần sau &quot;BC-&quot;, không có dấu &quot;/&quot;.</source>
        <translation>The authority code is only the part after &quot;BC-&quot;, without any &quot;/&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quyền hạn ký &quot;%1&quot; không hợp lệ (để trống hoặc KT., TM., Q., TL., TUQ.).</source>
        <translation>Invalid signing capacity &quot;%1&quot; (leave blank or use KT., TM., Q., TL., TUQ.).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hãy nhập chức vụ của người đứng đầu (ví dụ: Chủ tịch, Giám đốc).</source>
        <translation>Please enter the title of the head as printed in Vietnamese (e.g. Chủ tịch, Giám đốc).</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>&quot;recipients&quot; phải là một danh sách chuỗi.</source>
        <translation>&quot;recipients&quot; must be a list of strings.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khóa &quot;%1&quot; không có trong hồ sơ cơ quan.</source>
        <translation>Key &quot;%1&quot; is not part of the authority profile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; phải là một chuỗi.</source>
        <translation>&quot;%1&quot; must be a string.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tệp %1 không phải một đối tượng JSON hợp lệ (%2).</source>
        <translation>File %1 is not a valid JSON object (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>không phải đối tượng</source>
        <translation>not an object</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Tệp %1: %2</source>
        <translation>File %1: %2</translation>
    </message>
</context>
<context>
    <name>sdx::AuthorityProfileRepository</name>
    <message>
        <location filename="../app/core/exchange/AuthorityProfileRepository.cpp" line="+25"/>
        <source>Không đọc được hồ sơ cơ quan tổng hợp</source>
        <translation>Could not read the receiving authority profile</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Không lưu được hồ sơ cơ quan tổng hợp</source>
        <translation>Could not save the receiving authority profile</translation>
    </message>
</context>
<context>
    <name>sdx::ChecklistItemPanel</name>
    <message>
        <location filename="../app/gui/index/ChecklistItemPanel.cpp" line="+119"/>
        <source>Cần ghi lý do chấm thấp hơn mức tối đa.</source>
        <translation>A reason is required for scoring below the maximum.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>/ %1 điểm (mức tối đa của bậc đạt được)</source>
        <translation>/ %1 points (maximum for the tier achieved)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;i&gt;Đã điều chỉnh:&lt;/i&gt; %1 → &lt;b&gt;%2&lt;/b&gt; điểm. Lý do: %3 (người điều chỉnh: %4).</source>
        <translation>&lt;i&gt;Adjusted:&lt;/i&gt; %1 → &lt;b&gt;%2&lt;/b&gt; points. Reason: %3 (adjusted by: %4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>không ghi</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quy tắc cho %1 điểm (&quot;tối đa&quot;). Có thể chấm thấp hơn nếu ghi rõ lý do.</source>
        <translation>The rules give %1 points (&quot;maximum&quot;). You may award fewer if you state the reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ điều chỉnh được khi mục đã có điểm theo quy tắc.</source>
        <translation>An item can only be adjusted once it has points under the rules.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;b&gt;Mục %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Item %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;b&gt;Nhóm tiêu chí %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Criteria group %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Mức độ: %1</source>
        <translation>Level: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&lt;b&gt;Tiêu chí %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Criterion %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Ghi chú, minh chứng:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notes, evidence:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Có %1</source>
        <translation>Yes %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng số</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chưa chọn mức</source>
        <translation>No level chosen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tỷ lệ: %1</source>
        <translation>Share: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Thang điểm:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Scoring scale:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Ghi chú, minh chứng (Quyết định):&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Notes, evidence (Decision):&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Minh chứng nên lưu:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Evidence to keep:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Cách đạt điểm:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;How to score:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>• &lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>• &lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> &lt;i&gt;(câu trả lời hiện tại thuộc trường hợp này)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(the current answer falls under this case)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Cách hiểu của SchoolDX&lt;/b&gt; (chưa đối chiếu được với văn bản gốc):&lt;br&gt;%1</source>
        <translation>&lt;b&gt;SchoolDX&apos;s interpretation&lt;/b&gt; (not yet checked against the original document):&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>
Giá trị từ kiểm kê (đang bị ghi đè): %1 — %2</source>
        <translation>
Inventory value (currently overridden): %1 — %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Số liệu kiểm kê: %1</source>
        <translation>Inventory figures: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nguồn: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>sdx::ChecklistModel</name>
    <message>
        <location filename="../app/gui/index/ChecklistModel.cpp" line="+218"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trả lời</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Điểm</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tối đa</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mức độ</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1. %2 (%3/%4 mục đã trả lời)</source>
        <translation>%1. %2 (%3/%4 items answered)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (theo điểm: %2)</source>
        <translation>%1 (by points: %2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+45"/>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1 [Điều kiện bắt buộc] %2</source>
        <translation>%1 [Mandatory condition] %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Không đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+62"/>
        <source>%1 ⚠</source>
        <translation>%1 ⚠</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Điều chỉnh không còn hợp lệ, đang tính theo quy tắc: %1</source>
        <translation>The adjustment is no longer valid; scoring by the rules: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 ✎</source>
        <translation>%1 ✎</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Điều chỉnh thủ công: %1 → %2 điểm, lý do: %3 (người điều chỉnh: %4)</source>
        <translation>Manual adjustment: %1 → %2 points, reason: %3 (adjusted by: %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>không ghi</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Cách hiểu của SchoolDX: %1</source>
        <translation>SchoolDX&apos;s interpretation: %1</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>chưa trả lời</source>
        <translation>not answered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>không hợp lệ</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (kiểm kê)</source>
        <translation> (inventory)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (ghi đè kiểm kê)</source>
        <translation> (inventory overridden)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ thiếu</source>
        <translation>⚠ missing</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 minh chứng</source>
        <translation>%1 evidence item(s)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nguồn: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giá trị từ kiểm kê bị ghi đè: %1 (%2)</source>
        <translation>Inventory value overridden: %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cách đạt: %1</source>
        <translation>How to score: %1</translation>
    </message>
</context>
<context>
    <name>sdx::ChecklistPage</name>
    <message>
        <location filename="../app/gui/index/ChecklistPage.cpp" line="+56"/>
        <source>Mục %1: giá trị không hợp lệ, chưa lưu.</source>
        <translation>Item %1: invalid value, not saved.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+22"/>
        <source>Chưa có năm học.</source>
        <translation>No school year yet.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Đã lưu điều chỉnh.</source>
        <translation>Adjustment saved.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Đã bỏ điều chỉnh: mục được tính theo quy tắc.</source>
        <translation>Adjustment removed: the item is scored by the rules.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chưa có năm học: hãy tạo năm học trước khi tự đánh giá.</source>
        <translation>No school year yet: create a school year before the self-assessment.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tự đánh giá theo %1 — năm học %2</source>
        <translation>Self-assessment under %1 — school year %2</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>&lt;b&gt;Nhóm %1. %2&lt;/b&gt;: %3/%4 điểm, %5</source>
        <translation>&lt;b&gt;Group %1. %2&lt;/b&gt;: %3/%4 points, %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> &lt;span style=&quot;color:#a01c1c&quot;&gt;(theo điểm: %1; chưa đạt điều kiện bắt buộc %2)&lt;/span&gt;</source>
        <translation> &lt;span style=&quot;color:#a01c1c&quot;&gt;(by points: %1; mandatory conditions %2 not met)&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> &lt;span style=&quot;color:#a01c1c&quot;&gt;(chưa đạt điều kiện bắt buộc %1)&lt;/span&gt;</source>
        <translation> &lt;span style=&quot;color:#a01c1c&quot;&gt;(mandatory conditions %1 not met)&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1/%2 mục đã trả lời</source>
        <translation>%1/%2 items answered</translation>
    </message>
</context>
<context>
    <name>sdx::ColumnMappingModel</name>
    <message>
        <location filename="../app/gui/inventory/ColumnMappingModel.cpp" line="+40"/>
        <location line="+28"/>
        <source>(bỏ qua)</source>
        <translation>(skip)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cột trong tệp</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập vào</source>
        <translation>Import into</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ví dụ</source>
        <translation>Example</translation>
    </message>
</context>
<context>
    <name>sdx::CriterionChart</name>
    <message>
        <location filename="../app/gui/index/CriterionChart.cpp" line="+36"/>
        <source>Điểm tối đa</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Năm học %1</source>
        <translation>School year %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Điểm theo tiêu chí (so với điểm tối đa)</source>
        <translation>Points per criterion (against the maximum)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Điểm</source>
        <translation>Points</translation>
    </message>
</context>
<context>
    <name>sdx::Database</name>
    <message>
        <location filename="../app/core/store/Database.cpp" line="+79"/>
        <source>Không tạo được thư mục dữ liệu %1</source>
        <translation>Could not create the data folder %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thiếu trình điều khiển SQLite của Qt (gói libqt6sql6-sqlite).</source>
        <translation>Qt&apos;s SQLite driver is missing (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Không mở được cơ sở dữ liệu %1: %2</source>
        <translation>Could not open the database %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tệp %1 không phải là cơ sở dữ liệu SchoolDX (không đọc được dạng SQLite).</source>
        <translation>File %1 is not a SchoolDX database (it cannot be read as SQLite).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tệp %1 là cơ sở dữ liệu của một chương trình khác, không phải SchoolDX. Tệp không bị thay đổi.</source>
        <translation>File %1 is the database of another program, not SchoolDX. The file was not changed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cơ sở dữ liệu %1 được tạo bởi một phiên bản SchoolDX mới hơn (lược đồ %2, phiên bản này chỉ đọc được đến lược đồ %3). Hãy cập nhật SchoolDX. Tệp không bị thay đổi.</source>
        <translation>Database %1 was created by a newer version of SchoolDX (schema %2; this version reads schemas up to %3). Please update SchoolDX. The file was not changed.</translation>
    </message>
    <message>
        <location filename="../app/core/store/SqlErrors.cpp" line="+17"/>
        <source>Năm học đã chốt số liệu: hãy mở lại năm học (ghi lý do) ở mục Gửi/Nhận trước khi sửa.</source>
        <translation>The figures of this school year are finalised: reopen the school year (giving a reason) under Send/Receive before editing.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/core/store/SqlQuery.cpp" line="+15"/>
        <source>Lỗi cơ sở dữ liệu: %1</source>
        <translation>Database error: %1</translation>
    </message>
    <message>
        <location filename="../app/core/store/Database.cpp" line="+39"/>
        <source>Không tạo được thư mục tạm để sao lưu.</source>
        <translation>Could not create a temporary folder for the backup.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sao lưu thất bại</source>
        <translation>Backup failed</translation>
    </message>
</context>
<context>
    <name>sdx::DerivedFactsModel</name>
    <message>
        <location filename="../app/gui/inventory/DerivedFactsModel.cpp" line="+48"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1/%2 (%3%)</source>
        <translation>%1/%2 (%3%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mức %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Thi, kiểm tra trên phòng máy tính</source>
        <translation>Tests and examinations in the computer room</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phần mềm thi trao đổi kết quả với hệ thống quản trị</source>
        <translation>Examination software exchanges results with the management system</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phòng học có thiết bị trình chiếu và kết nối Internet</source>
        <translation>Classrooms with projection equipment and an Internet connection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mức độ đáp ứng yêu cầu dạy môn Tin học</source>
        <translation>How well the Informatics teaching requirements are met</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Có phòng studio</source>
        <translation>Has a studio room</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mục</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>sdx::DocumentExport</name>
    <message>
        <location filename="../app/core/documents/DocumentExport.cpp" line="+34"/>
        <source>Tệp %1 thiếu phần bắt buộc %2</source>
        <translation>File %1 lacks the required part %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word (DOCX)</source>
        <translation>Word (DOCX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument (ODT)</source>
        <translation>OpenDocument (ODT)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tệp DOCX: word/document.xml thiếu phần thân hoặc khổ giấy</source>
        <translation>DOCX file: word/document.xml lacks the body or the page size</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tệp ODT: phần &quot;mimetype&quot; phải đứng đầu, không nén</source>
        <translation>ODT file: the &quot;mimetype&quot; part must come first, uncompressed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp ODT: content.xml thiếu phần văn bản</source>
        <translation>ODT file: content.xml lacks the text part</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Không tạo được tệp %1</source>
        <translation>Could not create the file %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tệp vừa ghi %1 bị lỗi</source>
        <translation>The file just written, %1, is corrupt</translation>
    </message>
</context>
<context>
    <name>sdx::DocumentInputAssembler</name>
    <message>
        <location filename="../app/core/documents/DocumentInputAssembler.cpp" line="+97"/>
        <source>Chưa khai báo thông tin trường: chưa lập được văn bản.</source>
        <translation>School details have not been entered: the document cannot be created yet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chưa có năm học nào: hãy tạo năm học trước khi lập văn bản.</source>
        <translation>There is no school year yet: create a school year before preparing documents.</translation>
    </message>
</context>
<context>
    <name>sdx::DocumentKinds</name>
    <message>
        <location filename="../app/core/documents/DocumentKind.cpp" line="+44"/>
        <source>Kế hoạch ứng dụng CNTT và chuyển đổi số</source>
        <translation>IT application and digital transformation plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Báo cáo tự đánh giá mức độ chuyển đổi số</source>
        <translation>Digital transformation self-assessment report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Báo cáo sơ kết học kỳ I</source>
        <translation>First-semester interim report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Báo cáo tổng kết năm học</source>
        <translation>End-of-year report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Báo cáo tổng hợp kết quả tự đánh giá</source>
        <translation>Summary report of self-assessment results</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phụ lục kiểm kê phòng và thiết bị CNTT</source>
        <translation>Inventory annex of rooms and IT equipment</translation>
    </message>
</context>
<context>
    <name>sdx::DocumentMetaRepository</name>
    <message>
        <location filename="../app/core/documents/DocumentMetaRepository.cpp" line="+27"/>
        <source>Số văn bản phải từ 1 đến 99999 (để 0 nếu văn thư sẽ ghi số).</source>
        <translation>The document number must be between 1 and 99999 (leave 0 if the clerk will write the number).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày ban hành %1 không hợp lệ.</source>
        <translation>Date of issue %1 is not valid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quyền hạn ký &quot;%1&quot; không hợp lệ (để trống hoặc KT., TM., Q., TL., TUQ.).</source>
        <translation>Signing authority &quot;%1&quot; is not valid (leave blank, or KT., TM., Q., TL., TUQ.).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Không lưu được số, ngày và người ký của %1</source>
        <translation>Could not save the number, date and signatory of %1</translation>
    </message>
</context>
<context>
    <name>sdx::DocumentPrinting</name>
    <message>
        <location filename="../app/gui/documents/DocumentPrinting.cpp" line="+71"/>
        <source>Lưu %1</source>
        <translation>Save %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã lưu %1 (%2 trang).</source>
        <translation>Saved %1 (%2 pages).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã lưu %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>sdx::DocumentsPage</name>
    <message>
        <location filename="../app/gui/documents/DocumentsPage.cpp" line="+32"/>
        <source>Ký trực tiếp</source>
        <translation>Signed directly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KT. – ký thay</source>
        <translation>KT. – signing on behalf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TM. – thay mặt</source>
        <translation>TM. – on behalf of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Q. – quyền</source>
        <translation>Q. – acting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TL. – thừa lệnh</source>
        <translation>TL. – by order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TUQ. – thừa ủy quyền</source>
        <translation>TUQ. – by authorisation</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>Đã khôi phục nội dung mặc định của phần “%1”.</source>
        <translation>Restored the default content of the section “%1”.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Đã thêm căn cứ: %1.</source>
        <translation>Legal basis added: %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Đã gửi văn bản tới máy in.</source>
        <translation>The document was sent to the printer.</translation>
    </message>
</context>
<context>
    <name>sdx::EquipmentItem</name>
    <message>
        <location filename="../app/core/inventory/EquipmentItem.cpp" line="+38"/>
        <source>Đang sửa</source>
        <translation>Under repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã sửa xong</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thanh lý</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không sửa được</source>
        <translation>Cannot be repaired</translation>
    </message>
</context>
<context>
    <name>sdx::EquipmentTableModel</name>
    <message>
        <location filename="../app/gui/inventory/EquipmentTableModel.cpp" line="+76"/>
        <source>%1 đang sửa</source>
        <translation>%1 under repair</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Số máy tính đã cài phần mềm phòng, chống mã độc (chỉ tiêu 5 của cấp quản lý)</source>
        <translation>Number of computers with anti-malware software installed (managing authority&apos;s indicator 5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loại thiết bị</source>
        <translation>Equipment type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mô tả</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoạt động</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hỏng</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm trang bị</source>
        <translation>Year acquired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diệt mã độc</source>
        <translation>Anti-malware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhà cung cấp</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tốc độ (Mbps)</source>
        <translation>Speed (Mbps)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa chữa</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>sdx::Evidence</name>
    <message>
        <location filename="../app/core/index/Evidence.cpp" line="+34"/>
        <source>Đường link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp trên máy</source>
        <translation>File on this computer</translation>
    </message>
</context>
<context>
    <name>sdx::EvidenceChecker</name>
    <message>
        <location filename="../app/core/index/EvidenceChecker.cpp" line="+25"/>
        <source>Mục %1, minh chứng %2 &quot;%3&quot;</source>
        <translation>Item %1, evidence %2 &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>đường link thiếu &quot;https://&quot; hoặc &quot;http://&quot; ở đầu (%1).</source>
        <translation>the link lacks &quot;https://&quot; or &quot;http://&quot; at the start (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>đường link không hợp lệ (%1).</source>
        <translation>the link is not valid (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>đường link phải bắt đầu bằng http:// hoặc https:// (%1).</source>
        <translation>the link must start with http:// or https:// (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>đường link không có tên miền hợp lệ (%1).</source>
        <translation>the link has no valid domain name (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>số hiệu văn bản không đúng dạng &quot;Quyết định số 11/QĐ-CVA ngày 15/02/2023&quot; (%1).</source>
        <translation>the document reference is not in the form &quot;Quyết định số 11/QĐ-CVA ngày 15/02/2023&quot; (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>văn bản chưa ghi ngày ban hành (… ngày dd/mm/yyyy).</source>
        <translation>the document has no date of issue (… ngày dd/mm/yyyy).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ngày ban hành không có thật (%1).</source>
        <translation>the date of issue does not exist (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ngày ban hành %1 ở sau ngày hôm nay.</source>
        <translation>the date of issue %1 is later than today.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>trùng với minh chứng %1 của cùng mục.</source>
        <translation>duplicates evidence %1 of the same item.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cũng là minh chứng của mục %1; kiểm tra xem có đúng cho cả hai mục không.</source>
        <translation>is also evidence for item %1; check that it is right for both items.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>chưa ghi đường link.</source>
        <translation>no link entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chưa ghi số hiệu văn bản.</source>
        <translation>no document reference entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chưa chọn tệp.</source>
        <translation>no file chosen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; là chỗ trống chờ điền, chưa phải minh chứng.</source>
        <translation>&quot;%1&quot; is a blank to be filled in, not evidence yet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>không tìm thấy tệp %1 trên máy này.</source>
        <translation>file %1 was not found on this computer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mục %1 được trả lời &quot;có&quot; hoặc có điểm nhưng chưa có minh chứng (%2).</source>
        <translation>Item %1 is answered &quot;yes&quot; or has points but has no evidence (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cần ít nhất một minh chứng</source>
        <translation>needs at least one piece of evidence</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Minh chứng gắn với mục &quot;%1&quot; không có trong bộ chỉ số.</source>
        <translation>Evidence attached to item &quot;%1&quot;, which is not in the index.</translation>
    </message>
</context>
<context>
    <name>sdx::EvidenceEntryDialog</name>
    <message>
        <location filename="../app/gui/index/EvidenceEntryDialog.cpp" line="+28"/>
        <location line="+45"/>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Kế hoạch</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quy chế</source>
        <translation>Regulations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Công văn</source>
        <translation>Official letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thông báo</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Báo cáo</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Biên bản</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chưa ghi ngày</source>
        <translation>no date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Minh chứng</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minh chứng của mục %1</source>
        <translation>Evidence for item %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Chọn tệp minh chứng</source>
        <translation>Choose evidence file</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ghi là: %1</source>
        <translation>Recorded as: %1</translation>
    </message>
</context>
<context>
    <name>sdx::EvidenceModel</name>
    <message>
        <location filename="../app/gui/index/EvidenceModel.cpp" line="+105"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quyết định số …/QĐ-… ngày dd/mm/yyyy</source>
        <translation>Quyết định số …/QĐ-… ngày dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>đường dẫn tệp</source>
        <translation>file path</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>chưa kiểm tra</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Tên minh chứng</source>
        <translation>Evidence name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đường link / số hiệu văn bản / tệp</source>
        <translation>Link / document reference / file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nơi ban hành</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kiểm tra lần cuối</source>
        <translation>Last checked</translation>
    </message>
</context>
<context>
    <name>sdx::EvidencePanel</name>
    <message>
        <location filename="../app/gui/index/EvidencePanel.cpp" line="+53"/>
        <source>%1/%2 liên kết</source>
        <translation>%1/%2 links</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Minh chứng&lt;/b&gt;</source>
        <translation>&lt;b&gt;Evidence&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;Minh chứng của mục %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Evidence for item %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Chọn tệp minh chứng</source>
        <translation>Choose evidence file</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; không phải đường link http/https, không mở được.</source>
        <translation>&quot;%1&quot; is not an http/https link and cannot be opened.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không tìm thấy tệp &quot;%1&quot; trên máy này.</source>
        <translation>File &quot;%1&quot; was not found on this computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Minh chứng là văn bản giấy: không có gì để mở; hãy ghi số hiệu và nơi lưu.</source>
        <translation>This evidence is a paper document: there is nothing to open; record its document number and where it is kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Không mở được &quot;%1&quot;.</source>
        <translation>Could not open &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Đã dừng: %1/%2 liên kết truy cập được</source>
        <translation>Stopped: %1/%2 links reachable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1/%2 liên kết truy cập được</source>
        <translation>%1/%2 links reachable</translation>
    </message>
</context>
<context>
    <name>sdx::Exchange</name>
    <message>
        <location filename="../app/core/exchange/ExchangeBuilder.cpp" line="+90"/>
        <source>Chưa khai báo thông tin trường: không xuất được tệp trao đổi.</source>
        <translation>The school information has not been entered: the exchange file cannot be exported.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa có mã trường (mã trong CSDL ngành) trong thông tin trường: cơ quan quản lý cần mã này để nhận tệp. Hãy bổ sung ở trang Thông tin trường.</source>
        <translation>The school information has no school code (the code in the sector database): the managing authority needs it to receive the file. Please add it on the School information page.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Năm học %1 chưa chốt số liệu: hãy &quot;Chốt số liệu&quot; trước khi xuất tệp gửi cơ quan quản lý.</source>
        <translation>The figures of school year %1 are not finalised: click &quot;Finalise the figures&quot; before exporting the file for the managing authority.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Có dữ kiện không hợp lệ, hãy sửa trước khi xuất: %1</source>
        <translation>Some facts are invalid; correct them before exporting: %1</translation>
    </message>
    <message>
        <location filename="../app/core/exchange/ExchangeDocument.cpp" line="+16"/>
        <source>UBND xã/phường</source>
        <translation>Commune/ward People&apos;s Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sở Giáo dục và Đào tạo</source>
        <translation>Department of Education and Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phòng Giáo dục và Đào tạo</source>
        <translation>District Office of Education and Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ quan khác</source>
        <translation>Other authority</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tổng số cán bộ, giáo viên, nhân viên</source>
        <translation>Total managers, teachers and staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viên chức chuyên trách, kiêm nhiệm về chuyển đổi số</source>
        <translation>Officials in charge of digital transformation, full-time or part-time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viên chức được bồi dưỡng, tập huấn về chuyển đổi số</source>
        <translation>Officials trained in digital transformation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng số máy tính đang sử dụng</source>
        <translation>Total computers in use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Máy tính được cài phần mềm phòng, chống mã độc</source>
        <translation>Computers with anti-malware software installed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng số giáo viên</source>
        <translation>Total teachers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giáo viên đủ điều kiện dạy trực tuyến</source>
        <translation>Teachers equipped to teach online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng số học sinh</source>
        <translation>Total students</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học sinh đủ điều kiện học trực tuyến</source>
        <translation>Students equipped to learn online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học sinh sử dụng nền tảng học trực tuyến</source>
        <translation>Students using an online learning platform</translation>
    </message>
    <message>
        <location filename="../app/core/exchange/ExchangeJson.cpp" line="+150"/>
        <source>dữ kiện của mục %1 cần dạng {&quot;value&quot;: …, &quot;source&quot;: …}</source>
        <translation>the fact of item %1 needs the form {&quot;value&quot;: …, &quot;source&quot;: …}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nguồn của dữ kiện %1 không hợp lệ (&quot;%2&quot;)</source>
        <translation>the source of fact %1 is not valid (&quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>điều chỉnh điểm của mục %1 cần một số điểm không âm</source>
        <translation>the score adjustment of item %1 needs a non-negative number of points</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>minh chứng của mục %1 phải là một danh sách</source>
        <translation>the evidence of item %1 must be a list</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>loại minh chứng &quot;%1&quot; của mục %2 không hợp lệ</source>
        <translation>evidence type &quot;%1&quot; of item %2 is not valid</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>chỉ số &quot;%1&quot; phải là số nguyên không âm</source>
        <translation>indicator &quot;%1&quot; must be a non-negative whole number</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>thiếu bộ chỉ số (index.id, index.version)</source>
        <translation>the index is missing (index.id, index.version)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>năm học &quot;%1&quot; không hợp lệ (cần dạng 2022-2023)</source>
        <translation>school year &quot;%1&quot; is not valid (the form is 2022-2023)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lần chốt số liệu (revision) phải là số nguyên từ 1 trở lên</source>
        <translation>the finalisation number (revision) must be a whole number from 1 up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>thiếu thời điểm chốt số liệu (finalisedAt)</source>
        <translation>the finalisation time is missing (finalisedAt)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>thiếu thông tin trường (school)</source>
        <translation>the school information is missing (school)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>thiếu mã trường (school.code)</source>
        <translation>the school code is missing (school.code)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thiếu tên trường (school.name)</source>
        <translation>the school name is missing (school.name)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>thiếu dữ kiện (facts)</source>
        <translation>the facts are missing (facts)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>thiếu kết quả chấm điểm (score.groups)</source>
        <translation>the scoring results are missing (score.groups)</translation>
    </message>
    <message>
        <location filename="../app/core/exchange/ExchangeReader.cpp" line="+26"/>
        <source>Tệp %1 bị từ chối: %2.</source>
        <translation>File %1 rejected: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>đây là tệp nén ZIP, không phải tệp trao đổi .sdx của SchoolDX (hãy giải nén và chọn tệp .sdx bên trong)</source>
        <translation>this is a ZIP archive, not a SchoolDX .sdx exchange file (extract it and choose the .sdx file inside)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>không phải tệp trao đổi SchoolDX (nội dung không phải JSON)</source>
        <translation>not a SchoolDX exchange file (the content is not JSON)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tệp bị cắt cụt hoặc không trọn vẹn (JSON dừng ở vị trí %1)</source>
        <translation>the file is truncated or incomplete (the JSON stops at position %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tệp bị hỏng (lỗi JSON ở vị trí %1: %2)</source>
        <translation>the file is corrupt (JSON error at position %1: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>không phải tệp trao đổi SchoolDX (JSON không phải một đối tượng)</source>
        <translation>not a SchoolDX exchange file (the JSON is not an object)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>không phải tệp trao đổi SchoolDX (thiếu tên định dạng)</source>
        <translation>not a SchoolDX exchange file (the format name is missing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>không phải tệp trao đổi SchoolDX (định dạng &quot;%1&quot;)</source>
        <translation>not a SchoolDX exchange file (format &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phiên bản định dạng không hợp lệ</source>
        <translation>the format version is not valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tệp được tạo bởi phiên bản SchoolDX mới hơn (định dạng phiên bản %1, phần mềm này chỉ đọc được đến phiên bản %2); hãy cập nhật SchoolDX</source>
        <translation>the file was created by a newer version of SchoolDX (format version %1; this software reads versions up to %2); please update SchoolDX</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>thiếu mã kiểm tra (checksum)</source>
        <translation>the checksum is missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mã kiểm tra không khớp: nội dung đã bị sửa sau khi xuất hoặc tệp bị hỏng; hãy yêu cầu trường xuất lại tệp</source>
        <translation>the checksum does not match: the content was changed after export or the file is corrupt; ask the school to export the file again</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Không tìm thấy tệp %1.</source>
        <translation>File %1 not found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>không phải một tệp</source>
        <translation>not a file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tệp quá lớn (%1 MB, giới hạn %2 MB); tệp trao đổi của một trường thường chỉ vài trăm KB</source>
        <translation>the file is too large (%1 MB, the limit is %2 MB); a school&apos;s exchange file is usually only a few hundred KB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tệp rỗng</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không mở được tệp %1: %2</source>
        <translation>Could not open the file %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tệp quá lớn (giới hạn %1 MB)</source>
        <translation>the file is too large (the limit is %1 MB)</translation>
    </message>
    <message>
        <location filename="../app/core/exchange/ExchangeValidator.cpp" line="+24"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1, %2: tệp ghi %3, tính lại được %4</source>
        <translation>%1, %2: the file says %3, recomputed %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: không có trong kết quả của tệp</source>
        <translation>%1: not in the results of the file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: có trong tệp nhưng không có trong bộ chỉ số</source>
        <translation>%1: in the file but not in the index</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mục %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tiêu chí %1</source>
        <translation>criterion %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nhóm %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tệp %1 bị từ chối: %2</source>
        <translation>File %1 rejected: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp %1 bị từ chối: dữ kiện không hợp lệ hoặc ngoài phạm vi: %2.</source>
        <translation>File %1 rejected: facts are invalid or out of range: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>và %1 chỗ khác</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp %1 bị từ chối: điểm ghi trong tệp khác với điểm tính lại từ dữ kiện (%2).</source>
        <translation>File %1 rejected: the points in the file differ from the points recomputed from the facts (%2).</translation>
    </message>
    <message>
        <location filename="../app/core/exchange/ExchangeWriter.cpp" line="+76"/>
        <source>Kiểm tra tệp vừa ghi thất bại: %1</source>
        <translation>Checking the file just written failed: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp vừa ghi %1 không khớp với dữ liệu đã xuất (lỗi ổ đĩa?)</source>
        <translation>The file just written, %1, does not match the exported data (disk error?)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tệp %1 quá lớn để gửi (giới hạn %2 MB).</source>
        <translation>File %1 is too large to send (the limit is %2 MB).</translation>
    </message>
    <message>
        <location filename="../app/core/exchange/Gzip.cpp" line="+53"/>
        <source>không khởi tạo được bộ nén gzip</source>
        <translation>could not initialise the gzip compressor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nén gzip thất bại</source>
        <translation>gzip compression failed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>không khởi tạo được bộ giải nén gzip</source>
        <translation>could not initialise the gzip decompressor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dữ liệu nén bị cắt cụt (tệp không trọn vẹn)</source>
        <translation>the compressed data is truncated (incomplete file)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dữ liệu nén bị hỏng (%1)</source>
        <translation>the compressed data is corrupt (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nội dung giải nén vượt quá giới hạn %1 MB (có thể là tệp &quot;bom nén&quot;)</source>
        <translation>the decompressed content exceeds the %1 MB limit (possibly a &quot;zip bomb&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>có dữ liệu thừa sau phần nén (tệp đã bị ghép hoặc sửa)</source>
        <translation>there is extra data after the compressed part (the file was joined or edited)</translation>
    </message>
    <message>
        <location filename="../app/core/exchange/ReceivingImport.cpp" line="+50"/>
        <source>Tệp %1 không lưu được: %2</source>
        <translation>Could not save file %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bản cũ: lần chốt %1 được thay bằng lần chốt %2 (tệp %3).</source>
        <translation>Old version: finalisation %1 was replaced by finalisation %2 (file %3).</translation>
    </message>
    <message>
        <location filename="../app/core/exchange/ReceivingStore.cpp" line="+137"/>
        <source>Đã nhận: %1 (mã %2), năm học %3, lần chốt %4.</source>
        <translation>Received: %1 (code %2), school year %3, finalisation %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Trùng lặp: %1 (mã %2), năm học %3, lần chốt %4 đã có (tệp %5).</source>
        <translation>Duplicate: %1 (code %2), school year %3, finalisation %4 is already there (file %5).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>thay bằng lần chốt %1 (tệp %2)</source>
        <translation>replaced by finalisation %1 (file %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đã nhận: %1 (mã %2), năm học %3, lần chốt %4 thay cho lần chốt %5.</source>
        <translation>Received: %1 (code %2), school year %3, finalisation %4 replacing finalisation %5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>đã có lần chốt %1 mới hơn (tệp %2)</source>
        <translation>a newer finalisation %1 is already there (file %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bản cũ: %1 (mã %2), năm học %3, lần chốt %4: %5.</source>
        <translation>Old version: %1 (code %2), school year %3, finalisation %4: %5.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Không tìm thấy hồ sơ đã nhận (mã %1).</source>
        <translation>Received record (id %1) not found.</translation>
    </message>
    <message>
        <location filename="../app/core/exchange/ReportingRepository.cpp" line="+44"/>
        <source>Cần ghi tên cơ quan nhận báo cáo.</source>
        <translation>Enter the name of the authority receiving the report.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Chỉ số không rõ: %1</source>
        <translation>Unknown indicator: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ số &quot;%1&quot; không được âm.</source>
        <translation>Indicator &quot;%1&quot; cannot be negative.</translation>
    </message>
    <message>
        <location filename="../app/core/exchange/SchoolRestore.cpp" line="+66"/>
        <source>khôi phục từ tệp %1 (số liệu kiểm kê lúc chốt: %2)</source>
        <translation>restored from file %1 (inventory figures at finalisation: %2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tệp là của trường %1 (mã %2), còn cơ sở dữ liệu này là của %3 (mã %4): không khôi phục vào trường khác.</source>
        <translation>The file belongs to school %1 (code %2), but this database belongs to %3 (code %4): it is not restored into another school.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tệp của %1 (mã %2), năm học %3, lần chốt %4.</source>
        <translation>File of %1 (code %2), school year %3, finalisation %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cơ sở dữ liệu chưa có trường: thông tin trường sẽ được lấy từ tệp.</source>
        <translation>The database has no school yet: the school information will be taken from the file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Năm học %1 chưa có: sẽ được tạo mới.</source>
        <translation>School year %1 does not exist yet: it will be created.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Năm học %1 hiện có (%2) sẽ bị thay thế: %3 dữ kiện, %4 điều chỉnh điểm, %5 minh chứng.</source>
        <translation>The existing school year %1 (%2) will be replaced: %3 facts, %4 score adjustments, %5 pieces of evidence.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>đã chốt lần %1</source>
        <translation>finalised, revision %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>đang soạn, lần %1</source>
        <translation>in progress, revision %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sẽ nhập từ tệp: %1 dữ kiện, %2 điều chỉnh điểm, %3 minh chứng; năm học được đặt là đã chốt lần %4.</source>
        <translation>To be imported from the file: %1 facts, %2 score adjustments, %3 pieces of evidence; the school year is marked as finalised, revision %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Các mục có giá trị khác với hiện tại: %1.</source>
        <translation>Items whose values differ from the current ones: %1.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Chú ý: năm học hiện có đang ở lần %1, mới hơn lần %2 của tệp.</source>
        <translation>Note: the existing school year is at revision %1, newer than revision %2 of the file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chú ý: tệp dùng bộ chỉ số %1 phiên bản %2, năm học hiện có dùng %3 phiên bản %4.</source>
        <translation>Note: the file uses index %1 version %2; the existing school year uses %3 version %4.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Không tạo được thông tin trường từ tệp</source>
        <translation>Could not create the school information from the file</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>khôi phục từ tệp %1</source>
        <translation>restored from file %1</translation>
    </message>
    <message>
        <location filename="../app/core/exchange/SummaryXlsx.cpp" line="+97"/>
        <source>Mức %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tổng hợp</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+107"/>
        <location line="+29"/>
        <source>Mã trường</source>
        <translation>School code</translation>
    </message>
    <message>
        <location line="-136"/>
        <location line="+107"/>
        <location line="+29"/>
        <source>Tên trường</source>
        <translation>School name</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Cấp học</source>
        <translation>School level</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+136"/>
        <source>Lần chốt</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Nhóm %1: điểm</source>
        <translation>Group %1: points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhóm %1: mức</source>
        <translation>Group %1: level</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (bắt buộc)</source>
        <translation>%1 (mandatory)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (tối đa %2)</source>
        <translation>%1 (maximum %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>Điều kiện bắt buộc chưa đạt</source>
        <translation>Mandatory conditions not met</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Số minh chứng</source>
        <translation>Pieces of evidence</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Không đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phân bố mức</source>
        <translation>Distribution of levels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên nhóm</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điểm trung bình</source>
        <translation>Average points</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Trung bình tiêu chí</source>
        <translation>Criterion averages</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+22"/>
        <location line="+11"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Điểm tối đa</source>
        <translation>Maximum points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Điểm trung bình / tỷ lệ đạt</source>
        <translation>Average points / share met</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số trường đạt</source>
        <translation>Schools meeting it</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bắt buộc</source>
        <translation>mandatory</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chưa trường nào đạt</source>
        <translation>No school meets it yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Thiếu ĐK bắt buộc</source>
        <translation>Mandatory conditions missing</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chỉ số quản lý</source>
        <translation>Management indicators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ số</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tổng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số trường báo cáo</source>
        <translation>Schools reporting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tỷ lệ</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Năm học</source>
        <translation>School year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thiếu thư viện libxlsxwriter để ghi tệp Excel (%1).</source>
        <translation>The libxlsxwriter library needed to write Excel files is missing (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không tạo được bảng tính Excel.</source>
        <translation>Could not create the Excel workbook.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tệp bị từ chối</source>
        <translation>Rejected files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản cũ, trùng lặp</source>
        <translation>Old version, duplicate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không ghi được bảng tính Excel: %1</source>
        <translation>Could not write the Excel workbook: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Không tạo được thư mục tạm để ghi bảng tính.</source>
        <translation>Could not create a temporary folder to write the workbook.</translation>
    </message>
</context>
<context>
    <name>sdx::Facts</name>
    <message>
        <location filename="../app/core/index/Facts.cpp" line="+17"/>
        <source>từ kiểm kê: </source>
        <translation>from the inventory: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>người dùng</source>
        <translation>user</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> lúc %1</source>
        <translation> at %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+21"/>
        <source>nhập tay bởi %1</source>
        <translation>entered by hand by %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nhập tay, ghi đè số liệu kiểm kê bởi %1</source>
        <translation>entered by hand, overriding the inventory figures, by %1</translation>
    </message>
</context>
<context>
    <name>sdx::FactsFile</name>
    <message>
        <location filename="../app/core/index/FactsFile.cpp" line="+51"/>
        <source>điều chỉnh của mục %1 cần dạng {&quot;points&quot;: số, &quot;reason&quot;: &quot;lý do&quot;, &quot;by&quot;: &quot;người điều chỉnh&quot;}</source>
        <translation>the adjustment of item %1 needs the form {&quot;points&quot;: number, &quot;reason&quot;: &quot;reason&quot;, &quot;by&quot;: &quot;person adjusting&quot;}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tệp %1: %2.</source>
        <translation>File %1: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tệp %1 không phải JSON hợp lệ (vị trí %2: %3).</source>
        <translation>File %1 is not valid JSON (position %2: %3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tệp %1 không đúng dạng tệp dữ kiện: cần {&quot;index&quot;: &quot;4725/QĐ-BGDĐT&quot;, &quot;facts&quot;: {mã mục: giá trị}}.</source>
        <translation>File %1 is not in the facts file form: it needs {&quot;index&quot;: &quot;4725/QĐ-BGDĐT&quot;, &quot;facts&quot;: {item code: value}}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tệp %1: &quot;indexVersion&quot; phải là số nguyên từ 1 trở lên.</source>
        <translation>File %1: &quot;indexVersion&quot; must be a whole number from 1 up.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>từ tệp %1</source>
        <translation>from file %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tệp %1: &quot;adjustments&quot; phải là một đối tượng {mã mục: điều chỉnh}.</source>
        <translation>File %1: &quot;adjustments&quot; must be an object {item code: adjustment}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Không tìm thấy tệp %1</source>
        <translation>File %1 not found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không mở được tệp %1: %2</source>
        <translation>Could not open the file %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tệp %1 không phải tệp dữ kiện mà SchoolDX đọc được (cần JSON dạng {&quot;index&quot;: …, &quot;facts&quot;: {…}}).</source>
        <translation>File %1 is not a facts file that SchoolDX can read (it needs JSON of the form {&quot;index&quot;: …, &quot;facts&quot;: {…}}).</translation>
    </message>
</context>
<context>
    <name>sdx::ImportPlanner</name>
    <message>
        <location filename="../app/core/inventory/ImportPlanner.cpp" line="+39"/>
        <source>%1 “%2” không phải số nguyên.</source>
        <translation>%1 “%2” is not a whole number.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tệp không có bảng kiểm kê nào SchoolDX nhận ra: cần một dòng tiêu đề có ít nhất hai cột như “Tên phòng”, “Loại phòng” hoặc “Tên ứng dụng”, “Trạng thái” hoặc “Phòng”, “Loại thiết bị”, “Số lượng”.</source>
        <translation>The file has no inventory table that SchoolDX recognises: it needs a header row with at least two columns such as “Room name” (“Tên phòng”), “Room type” (“Loại phòng”), or “Application name” (“Tên ứng dụng”), “Status” (“Trạng thái”), or “Room” (“Phòng”), “Equipment type” (“Loại thiết bị”), “Quantity” (“Số lượng”).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bảng không có dòng dữ liệu nào.</source>
        <translation>The table has no data rows.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>không nhận ra bảng kiểm kê nào, trang này được bỏ qua.</source>
        <translation>no inventory table recognised; this sheet is skipped.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ô tiêu đề %1 được gộp (merge): hãy bỏ gộp ô để mỗi cột có một tiêu đề riêng.</source>
        <translation>header cell %1 is merged: unmerge the cells so that each column has its own header.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ô %1 được gộp qua các dòng %2–%3: hãy bỏ gộp và ghi giá trị vào từng dòng.</source>
        <translation>cell %1 is merged across rows %2–%3: unmerge it and write the value in each row.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>hai cột cùng được gán là “%1”.</source>
        <translation>two columns are both assigned to “%1”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>thiếu cột “%1” (bảng %2).</source>
        <translation>column “%1” is missing (table %2).</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+248"/>
        <source>thiếu tên phòng.</source>
        <translation>the room name is missing.</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>loại phòng “%1” không có trong danh mục (ví dụ: Phòng học, Phòng tin học, Phòng đa năng, Phòng studio, Văn phòng, Thư viện).</source>
        <translation>room type “%1” is not in the catalogue (for example: Classroom, Computer room, Multi-purpose room, Studio room, Office, Library).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>thiếu loại phòng của phòng mới “%1”.</source>
        <translation>the room type of the new room “%1” is missing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cột Kết nối Internet ghi “%1”: hãy ghi Có hoặc Không.</source>
        <translation>the Internet connection column says “%1”: write Yes or No.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>phòng “%1” trùng với dòng %2.</source>
        <translation>room “%1” duplicates row %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>trạng thái “%1” không rõ: hãy ghi Đang dùng, Còn thiếu hoặc Không cần.</source>
        <translation>status “%1” is unclear: write In use, Missing or Not needed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hình thức “%1” không rõ: hãy ghi Tự xây dựng, Mua, Thuê hoặc Miễn phí.</source>
        <translation>acquisition “%1” is unclear: write Built in-house, Bought, Rented or Free.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+148"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>phân hệ “%1” không có trong danh mục.</source>
        <translation>module “%1” is not in the catalogue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chức năng LMS “%1” không có trong danh mục.</source>
        <translation>LMS function “%1” is not in the catalogue.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cột Trao đổi kết quả ghi “%1”: hãy ghi Có hoặc Không.</source>
        <translation>the result exchange column says “%1”: write Yes or No.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>nhóm “%1” không rõ: hãy ghi “Quản lý, điều hành” hoặc “Dạy học, kiểm tra đánh giá”.</source>
        <translation>group “%1” is unclear: write “Management, administration” or “Teaching, testing and assessment”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vai trò “%1” không có trong danh mục.</source>
        <translation>role “%1” is not in the catalogue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” có trong cả hai nhóm: hãy ghi cột Nhóm.</source>
        <translation>“%1” is in both groups: fill in the Group column.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>thiếu nhóm của ứng dụng mới “%1”: hãy ghi cột Nhóm.</source>
        <translation>the group of the new application “%1” is missing: fill in the Group column.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>thiếu tên ứng dụng.</source>
        <translation>the application name is missing.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ứng dụng “%1” trùng với dòng %2.</source>
        <translation>application “%1” duplicates row %2.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Số đang hoạt động</source>
        <translation>Number working</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số hỏng</source>
        <translation>Number broken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số máy có phần mềm phòng chống mã độc</source>
        <translation>Computers with anti-malware software</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tốc độ “%1” không phải số.</source>
        <translation>Speed “%1” is not a number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>thiếu số lượng.</source>
        <translation>the quantity is missing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>đang hoạt động (%1) cộng hỏng (%2) khác số lượng (%3).</source>
        <translation>working (%1) plus broken (%2) differs from the quantity (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>số hỏng (%1) phải từ 0 đến số lượng (%2).</source>
        <translation>the number broken (%1) must be between 0 and the quantity (%2).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>phòng “%1” chưa có trong danh sách phòng: hãy thêm phòng (hoặc nhập bảng phòng) trước.</source>
        <translation>room “%1” is not in the list of rooms yet: add the room (or import the rooms table) first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>thiếu loại thiết bị.</source>
        <translation>the equipment type is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loại thiết bị “%1” không có trong danh mục (ví dụ: %2…).</source>
        <translation>equipment type “%1” is not in the catalogue (for example: %2…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Năm trang bị</source>
        <translation>Year acquired</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>trùng với dòng %1 (cùng phòng, loại, mô tả và năm trang bị).</source>
        <translation>duplicates row %1 (same room, type, description and year acquired).</translation>
    </message>
</context>
<context>
    <name>sdx::ImportPreviewModel</name>
    <message>
        <location filename="../app/gui/inventory/ImportPreviewModel.cpp" line="+77"/>
        <source>Dòng %1</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lỗi</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>sdx::ImprovementModel</name>
    <message>
        <location filename="../app/gui/index/ImprovementModel.cpp" line="+36"/>
        <source>+%1 điểm</source>
        <translation>+%1 points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 khi đạt %2</source>
        <translation>%1 when reaching %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Điều kiện bắt buộc</source>
        <translation>Mandatory condition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nhóm %1: %2 điểm, %3</source>
        <translation>Group %1: %2 points, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (cần làm %1 trước)</source>
        <translation> (do %1 first)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %2
%3</source>
        <translation>%1 %2
%3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Mục</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Việc cần làm</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loại việc</source>
        <translation>Kind of task</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bậc kế tiếp</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tối đa</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhóm sau khi làm</source>
        <translation>Group afterwards</translation>
    </message>
</context>
<context>
    <name>sdx::Improvements</name>
    <message>
        <location filename="../app/core/index/Improvements.cpp" line="+38"/>
        <source>ít nhất %1 %2 (%3)</source>
        <translation>at least %1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ít nhất %1/%2 (%3)</source>
        <translation>at least %1/%2 (%3)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: đáp ứng điều kiện bắt buộc → nhóm %2 được xếp %3</source>
        <translation>%1: meet the mandatory condition → group %2 is placed at %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: +%2 điểm khi đạt %3; +%4 điểm khi đạt %5</source>
        <translation>%1: +%2 points when reaching %3; +%4 points when reaching %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: +%2 điểm khi đạt %3</source>
        <translation>%1: +%2 points when reaching %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: +%2 điểm</source>
        <translation>%1: +%2 points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> → nhóm %1: %2 điểm, %3</source>
        <translation> → group %1: %2 points, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (cần làm %1 trước)</source>
        <translation> (do %1 first)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Nhóm %1 đang bị xếp %2 vì chưa đạt điều kiện bắt buộc %3; đạt các điều kiện này thì nhóm được %4 theo điểm (%5 điểm).</source>
        <translation>Group %1 is placed at %2 because mandatory conditions %3 are not met; once they are met the group reaches %4 by its points (%5 points).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhóm %1 cần đạt điều kiện bắt buộc %2 trước.</source>
        <translation>Group %1 must meet mandatory conditions %2 first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nhóm %1 đã ở mức cao nhất theo điểm.</source>
        <translation>Group %1 is already at the highest level its points allow.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (+%2, cần %3 trước)</source>
        <translation>%1 (+%2, needs %3 first)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hơn %1 điểm</source>
        <translation>more than %1 points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ít nhất %1 điểm</source>
        <translation>at least %1 points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Để nhóm %1 đạt %2 (%3) cần thêm %4 (hiện có %5/%6).</source>
        <translation>For group %1 to reach %2 (%3) it needs %4 more (currently %5/%6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cách ít tốn kém nhất: %1.</source>
        <translation>The least costly way: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Các mục còn lại không đủ điểm để đạt mức này.</source>
        <translation>The remaining items do not have enough points to reach this level.</translation>
    </message>
</context>
<context>
    <name>sdx::IndexDefinition</name>
    <message>
        <location filename="../app/core/index/IndexDefinition.cpp" line="+76"/>
        <source>Mức độ %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (phiên bản %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location filename="data_strings.cpp" line="+108"/>
        <source>Mức độ 1</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mức chưa đáp ứng (Mức độ 1)</source>
        <translation>Not meeting the requirements (Level 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mức độ 2</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mức đáp ứng cơ bản (Mức độ 2)</source>
        <translation>Meeting the basic requirements (Level 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mức độ 3</source>
        <translation>Level 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mức đáp ứng tốt (Mức độ 3)</source>
        <translation>Meeting the requirements well (Level 3)</translation>
    </message>
</context>
<context>
    <name>sdx::IndexLoader</name>
    <message>
        <location filename="../app/core/index/IndexLoader.cpp" line="+36"/>
        <source>%1: thiếu hoặc sai trường &quot;%2&quot; (cần một chuỗi).</source>
        <translation>%1: field &quot;%2&quot; is missing or wrong (a string is needed).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: thiếu hoặc sai trường &quot;%2&quot; (cần một số không âm, tối đa hai chữ số thập phân).</source>
        <translation>%1: field &quot;%2&quot; is missing or wrong (a non-negative number with at most two decimals is needed).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: thiếu hoặc sai trường &quot;%2&quot; (cần một số nguyên không âm).</source>
        <translation>%1: field &quot;%2&quot; is missing or wrong (a non-negative whole number is needed).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: trường &quot;%2&quot; phải là true hoặc false.</source>
        <translation>%1: field &quot;%2&quot; must be true or false.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: thiếu hoặc sai trường &quot;%2&quot; (cần một danh sách).</source>
        <translation>%1: field &quot;%2&quot; is missing or wrong (a list is needed).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: giá trị chưa kiểm chứng (&quot;unverified&quot;) phải có &quot;note&quot; giải thích cách hiểu đã chọn.</source>
        <translation>%1: an unverified value (&quot;unverified&quot;) must have a &quot;note&quot; explaining the reading chosen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, mức thứ %2</source>
        <translation>%1, level no. %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1, bậc thứ %2</source>
        <translation>%1, tier no. %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+132"/>
        <location line="+36"/>
        <source>mục %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>%1: kiểu trả lời &quot;%2&quot; không rõ (yesno, count, share hoặc level).</source>
        <translation>%1: answer type &quot;%2&quot; is unknown (yesno, count, share or level).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: mức chi phí &quot;%2&quot; không rõ.</source>
        <translation>%1: cost level &quot;%2&quot; is unknown.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: mục có/không không có bậc điểm (&quot;tiers&quot;).</source>
        <translation>%1: a yes/no item has no score tiers (&quot;tiers&quot;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>một tiêu chí</source>
        <translation>a criterion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <source>tiêu chí %1</source>
        <translation>criterion %1</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>một nhóm tiêu chí</source>
        <translation>a criteria group</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+211"/>
        <source>nhóm %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <location line="-198"/>
        <location line="+19"/>
        <location line="+211"/>
        <source>phần đầu</source>
        <translation>the header</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>không phải tệp bộ chỉ số của SchoolDX (thiếu &quot;format&quot;: &quot;schooldx-index&quot;).</source>
        <translation>not a SchoolDX index file (&quot;format&quot;: &quot;schooldx-index&quot; is missing).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>định dạng tệp bộ chỉ số phiên bản %1 chưa được hỗ trợ (cần phiên bản 1).</source>
        <translation>index file format version %1 is not supported yet (version 1 is needed).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: ngày &quot;%2&quot; không hợp lệ (cần dạng 2022-12-30).</source>
        <translation>%1: date &quot;%2&quot; is not valid (the form is 2022-12-30).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tên mức độ</source>
        <translation>level names</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>giới hạn mức khi chưa đạt điều kiện bắt buộc</source>
        <translation>level cap when a mandatory condition is not met</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: các mức phải liên tiếp từ Mức độ 2 (gặp Mức độ %2 ở vị trí %3).</source>
        <translation>%1: the levels must follow one another from Level 2 (found Level %2 at position %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: ngưỡng của Mức độ %2 (%3) phải lớn hơn ngưỡng của mức trước (%4).</source>
        <translation>%1: the threshold of Level %2 (%3) must be higher than that of the previous level (%4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: ngưỡng của Mức độ %2 (%3) vượt điểm tối đa (%4).</source>
        <translation>%1: the threshold of Level %2 (%3) exceeds the maximum points (%4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cần ít nhất một bậc điểm.</source>
        <translation>%1: at least one score tier is needed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: bậc đầu tiên phải bắt đầu từ 0 (kể cả 0) để mọi giá trị đều có bậc.</source>
        <translation>%1: the first tier must start at 0 (inclusive) so that every value has a tier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: ngưỡng %2% vượt quá 100%.</source>
        <translation>%1: threshold %2% exceeds 100%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: mức độ phải là số nguyên từ 1 trở lên.</source>
        <translation>%1: the level must be a whole number from 1 up.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: bậc &quot;%2&quot; cho %3 điểm, vượt điểm tối đa %4.</source>
        <translation>%1: tier &quot;%2&quot; gives %3 points, more than the maximum of %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: các bậc phải theo thứ tự tăng dần (bậc &quot;%2&quot; đứng sau &quot;%3&quot;).</source>
        <translation>%1: the tiers must be in ascending order (tier &quot;%2&quot; comes after &quot;%3&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: bậc &quot;%2&quot; cho ít điểm hơn bậc thấp hơn &quot;%3&quot;.</source>
        <translation>%1: tier &quot;%2&quot; gives fewer points than the lower tier &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: bậc cao nhất cho %2 điểm, khác điểm tối đa %3.</source>
        <translation>%1: the highest tier gives %2 points, not the maximum of %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: mã mục phải bắt đầu bằng mã tiêu chí %2.</source>
        <translation>%1: the item code must start with the criterion code %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: điều kiện bắt buộc phải là câu hỏi có/không, 0 điểm.</source>
        <translation>%1: a mandatory condition must be a yes/no question worth 0 points.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: điều kiện &quot;%2&quot; phải là một mục có/không khác trong cùng tiêu chí.</source>
        <translation>%1: condition &quot;%2&quot; must be another yes/no item of the same criterion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: mục điều kiện %2 không được tự có điều kiện.</source>
        <translation>%1: condition item %2 cannot have a condition of its own.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: mã tiêu chí phải bắt đầu bằng &quot;%2.&quot;.</source>
        <translation>%1: the criterion code must start with &quot;%2.&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: không có mục nào.</source>
        <translation>%1: there are no items.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: tổng điểm tối đa các mục (%2) khác điểm tối đa của tiêu chí (%3).</source>
        <translation>%1: the items&apos; total maximum points (%2) differ from the criterion&apos;s maximum (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: điều kiện bắt buộc không có mức độ theo điểm.</source>
        <translation>%1: a mandatory condition has no level by points.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>mã nhóm &quot;%1&quot; bị trùng hoặc để trống.</source>
        <translation>group code &quot;%1&quot; is duplicated or blank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mã tiêu chí &quot;%1&quot; bị trùng hoặc để trống.</source>
        <translation>criterion code &quot;%1&quot; is duplicated or blank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mã mục &quot;%1&quot; bị trùng hoặc để trống.</source>
        <translation>item code &quot;%1&quot; is duplicated or blank.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>mã mục &quot;%1&quot; trùng với mã một tiêu chí khác.</source>
        <translation>item code &quot;%1&quot; duplicates the code of another criterion.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>thiếu tên của Mức độ %1 trong &quot;levelNames&quot;.</source>
        <translation>the name of Level %1 is missing in &quot;levelNames&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>giới hạn mức khi chưa đạt điều kiện bắt buộc (%1) phải là một mức có thật.</source>
        <translation>the level cap when a mandatory condition is not met (%1) must be an existing level.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>không có nhóm tiêu chí nào.</source>
        <translation>there are no criteria groups.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>phiên bản phải từ 1 trở lên.</source>
        <translation>the version must be 1 or higher.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: không có tiêu chí nào.</source>
        <translation>%1: there are no criteria.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: tổng điểm tối đa các tiêu chí (%2) khác điểm tối đa của nhóm (%3).</source>
        <translation>%1: the criteria&apos;s total maximum points (%2) differ from the group&apos;s maximum (%3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tệp bộ chỉ số %1 không phải JSON hợp lệ (vị trí %2: %3).</source>
        <translation>Index file %1 is not valid JSON (position %2: %3).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tệp bộ chỉ số %1 có lỗi:
- %2</source>
        <translation>Index file %1 has errors:
- %2</translation>
    </message>
</context>
<context>
    <name>sdx::IndexReadings</name>
    <message>
        <location filename="../app/core/index/IndexReadings.cpp" line="+34"/>
        <source>Mục %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tiêu chí %1</source>
        <translation>Criterion %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bậc &quot;%1&quot; của mục %2</source>
        <translation>Tier &quot;%1&quot; of item %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 của tiêu chí %2</source>
        <translation>%1 of criterion %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Điều kiện bắt buộc chưa đạt</source>
        <translation>Mandatory condition not met</translation>
    </message>
</context>
<context>
    <name>sdx::IndexRegistry</name>
    <message>
        <location filename="../app/core/index/IndexRegistry.cpp" line="+52"/>
        <source>Tệp %1: bộ chỉ số %2 đã có ở tệp khác, bỏ qua.</source>
        <translation>File %1: index %2 is already in another file; skipped.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Không có bộ chỉ số %1 phiên bản %2 (đang có: %3).</source>
        <translation>There is no index %1 version %2 (available: %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>không có</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>sdx::Inventory</name>
    <message>
        <location filename="../app/core/inventory/InventoryKind.cpp" line="+36"/>
        <source>Phần mềm và dịch vụ</source>
        <translation>Software and services</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Phòng</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Thiết bị</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Phần mềm</source>
        <translation>Software</translation>
    </message>
</context>
<context>
    <name>sdx::InventoryAnnexAssembler</name>
    <message>
        <location filename="../app/core/documents/InventoryAnnexInput.cpp" line="+127"/>
        <source>Chưa khai báo thông tin trường: chưa lập được phụ lục kiểm kê.</source>
        <translation>The school&apos;s details have not been entered: the inventory annex cannot be made yet.</translation>
    </message>
</context>
<context>
    <name>sdx::InventoryCatalog</name>
    <message>
        <location filename="../app/core/inventory/InventoryCatalog.cpp" line="+64"/>
        <source>Không đọc được danh mục %1</source>
        <translation>Could not read the catalogue %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Danh mục %1 hỏng: %2 (vị trí %3)</source>
        <translation>Catalogue %1 is corrupt: %2 (position %3)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Danh mục %1: có mục thiếu khóa (key).</source>
        <translation>Catalogue %1: an entry has no key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danh mục %1: khóa “%2” lặp lại.</source>
        <translation>Catalogue %1: key “%2” is repeated.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Danh mục %1: vai trò “%2” có nhóm không hợp lệ.</source>
        <translation>Catalogue %1: role “%2” has an invalid group.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Danh mục %1: vai trò “%2” nêu phân hệ không có: %3.</source>
        <translation>Catalogue %1: role “%2” names modules that do not exist: %3.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Danh mục %1: “%2” lấy tổng theo số liệu không có: %3.</source>
        <translation>Catalogue %1: “%2” totals counts that do not exist: %3.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Danh mục %1: các ngưỡng mức độ phòng tin học phải tăng dần.</source>
        <translation>Catalogue %1: the computer-room level thresholds must be increasing.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Danh mục %1: thiếu danh sách cột.</source>
        <translation>Catalogue %1: the list of columns is missing.</translation>
    </message>
    <message>
        <location filename="data_strings.cpp" line="-105"/>
        <source>Máy tính để bàn</source>
        <translation>Desktop computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Máy tính xách tay (laptop)</source>
        <translation>Laptop computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Máy tính bảng</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Máy chủ</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Máy chiếu</source>
        <translation>Projector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ti vi</source>
        <translation>Television</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảng tương tác thông minh</source>
        <translation>Interactive smart board</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Máy chiếu vật thể</source>
        <translation>Document camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loa, âm thanh</source>
        <translation>Speakers, audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thiết bị ghi hình (máy quay, micro thu âm, đèn)</source>
        <translation>Recording equipment (camera, microphone, lights)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Máy in, máy quét</source>
        <translation>Printer, scanner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera giám sát</source>
        <translation>Security camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thiết bị mạng (bộ định tuyến, bộ chuyển mạch, Wi-Fi)</source>
        <translation>Network equipment (router, switch, Wi-Fi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đường truyền Internet</source>
        <translation>Internet line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thiết bị khác</source>
        <translation>Other equipment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phòng học</source>
        <translation>Classroom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phòng tin học (phòng máy tính)</source>
        <translation>Computer room (informatics)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phòng đa năng</source>
        <translation>Multi-purpose room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phòng studio</source>
        <translation>Studio room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phòng học bộ môn</source>
        <translation>Subject classroom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư viện</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Văn phòng</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phòng họp, hội đồng</source>
        <translation>Meeting room, staff room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phòng khác</source>
        <translation>Other room</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vai trò (mã)</source>
        <translation>Role (code)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên ứng dụng</source>
        <translation>Application name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhà cung cấp</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đường link (tên miền)</source>
        <translation>Link (domain name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hình thức</source>
        <translation>Acquisition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phân hệ</source>
        <translation>Modules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức năng LMS</source>
        <translation>LMS functions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trao đổi kết quả với phần mềm quản trị</source>
        <translation>Exchanges results with the management software</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên phòng</source>
        <translation>Room name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại phòng</source>
        <translation>Room type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết nối Internet</source>
        <translation>Internet connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phòng</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại thiết bị</source>
        <translation>Equipment type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mô tả (nhãn hiệu, model)</source>
        <translation>Description (brand, model)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang hoạt động</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hỏng</source>
        <translation>Broken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm trang bị</source>
        <translation>Year acquired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số máy có phần mềm phòng chống mã độc</source>
        <translation>Computers with anti-malware software</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tốc độ (Mbps)</source>
        <translation>Speed (Mbps)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giáo viên</source>
        <translation>Teachers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cán bộ quản lý và nhân viên</source>
        <translation>Managers and staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học sinh</source>
        <translation>Students</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lớp</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giáo viên có tài khoản trên Hệ thống bồi dưỡng giáo viên trực tuyến</source>
        <translation>Teachers with an account on the online teacher training system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giáo viên khai thác, sử dụng được phần mềm, công cụ đổi mới phương pháp dạy học</source>
        <translation>Teachers able to use software and tools that renew teaching methods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giáo viên xây dựng được học liệu số, bài giảng điện tử</source>
        <translation>Teachers able to create digital learning materials and e-lectures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học liệu số đã được tổ chuyên môn thông qua và hiệu trưởng phê duyệt</source>
        <translation>Digital learning materials approved by the subject team and the principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viên chức chuyên trách, kiêm nhiệm về chuyển đổi số</source>
        <translation>Officials in charge of digital transformation, full-time or part-time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viên chức được bồi dưỡng, tập huấn về chuyển đổi số</source>
        <translation>Officials trained in digital transformation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giáo viên đủ điều kiện (phương tiện, đường truyền, phần mềm) dạy trực tuyến</source>
        <translation>Teachers equipped (devices, connection, software) to teach online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học sinh đủ điều kiện (phương tiện, đường truyền, phần mềm) học trực tuyến</source>
        <translation>Students equipped (devices, connection, software) to learn online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Học sinh sử dụng nền tảng học trực tuyến</source>
        <translation>Students using an online learning platform</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quản lý học sinh (hồ sơ, kết quả học tập)</source>
        <translation>Student management (records, learning results)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sổ điểm điện tử, học bạ điện tử</source>
        <translation>Electronic gradebook, electronic school record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quản lý đội ngũ CBVCNV</source>
        <translation>Management of managers, teachers and staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quản lý cơ sở vật chất</source>
        <translation>Facilities management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Y tế trường học, sức khỏe học sinh</source>
        <translation>School health, student health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kế toán</source>
        <translation>Accounting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết nối, trao đổi dữ liệu với CSDL ngành</source>
        <translation>Connection and data exchange with the sector database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giáo viên giao bài cho học sinh tự học</source>
        <translation>Teachers set work for students to study on their own</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giáo viên trả lời (giải đáp) câu hỏi của học sinh</source>
        <translation>Teachers answer students&apos; questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổ chức kiểm tra, đánh giá thường xuyên</source>
        <translation>Regular tests and assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phụ huynh tham gia vào hoạt động học tập của học sinh</source>
        <translation>Parents take part in their children&apos;s learning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trang thông tin điện tử (website)</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phần mềm quản trị nhà trường</source>
        <translation>School management software</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư điện tử tên miền riêng của nhà trường</source>
        <translation>Email on the school&apos;s own domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quản lý văn bản điều hành</source>
        <translation>Administrative document management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quản lý thông tin đội ngũ (CB, GV, NV)</source>
        <translation>Staff information management (managers, teachers, staff)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quản lý quá trình học tập, rèn luyện học sinh</source>
        <translation>Management of students&apos; learning and conduct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ sở dữ liệu ngành (phần mềm dùng chung của Ngành)</source>
        <translation>Sector database (software shared across the education sector)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xếp thời khóa biểu</source>
        <translation>Timetabling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quản lý tài sản</source>
        <translation>Asset management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quản lý tài chính, kế toán</source>
        <translation>Finance and accounting management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quản lý thư viện</source>
        <translation>Library management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phổ cập giáo dục</source>
        <translation>Universal education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm định chất lượng giáo dục</source>
        <translation>Education quality accreditation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết nối gia đình – nhà trường</source>
        <translation>Home–school connection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dịch vụ công trực tuyến</source>
        <translation>Online public services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuyển sinh đầu cấp trực tuyến</source>
        <translation>Online enrolment at entry grades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thu phí không dùng tiền mặt</source>
        <translation>Cashless fee collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soạn bài giảng điện tử</source>
        <translation>E-lecture authoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dạy học trực tuyến trực tiếp (Google Meet, Zoom…)</source>
        <translation>Live online teaching (Google Meet, Zoom…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hệ thống quản lý học tập trực tuyến (LMS/LCMS)</source>
        <translation>Online learning management system (LMS/LCMS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kho học liệu số</source>
        <translation>Digital learning materials library</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phần mềm trộn đề kiểm tra</source>
        <translation>Test paper shuffling software</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổ chức thi, kiểm tra trên máy tính</source>
        <translation>Computer-based tests and examinations</translation>
    </message>
</context>
<context>
    <name>sdx::InventoryController</name>
    <message>
        <location filename="../app/gui/inventory/InventoryController.cpp" line="+79"/>
        <source>Ứng dụng mới %1</source>
        <translation>New application %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Phòng mới %1</source>
        <translation>New room %1</translation>
    </message>
</context>
<context>
    <name>sdx::InventoryDerivation</name>
    <message>
        <location filename="../app/core/inventory/InventoryDerivation.cpp" line="+75"/>
        <source>Sổ phần mềm: %1 đang dùng.</source>
        <translation>Software register: %1 in use.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sổ phần mềm: %1 — %2.</source>
        <translation>Software register: %1 — %2.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Chưa có hệ thống LMS/LCMS đang dùng.</source>
        <translation>No LMS/LCMS system in use yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LMS %1 không khai báo chức năng “%2”.</source>
        <translation>LMS %1 does not declare the function “%2”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LMS %1 có chức năng “%2”.</source>
        <translation>LMS %1 has the function “%2”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Số liệu nhân sự, học liệu: %1 = %2.</source>
        <translation>Staff and learning materials figures: %1 = %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Số liệu nhân sự: %1/%2 (%3%) — %4.</source>
        <translation>Staff figures: %1/%2 (%3%) — %4.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Phần mềm thi %1 trao đổi kết quả với hệ thống quản trị nhà trường.</source>
        <translation>Examination software %1 exchanges results with the school management system.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phần mềm thi %1 chưa trao đổi kết quả với hệ thống quản trị nhà trường.</source>
        <translation>Examination software %1 does not yet exchange results with the school management system.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Phần mềm thi %1 đang dùng; %2 phòng tin học với %3 máy tính hoạt động.</source>
        <translation>Examination software %1 in use; %2 computer room(s) with %3 working computers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phần mềm thi %1 đang dùng nhưng không có phòng tin học với máy tính hoạt động.</source>
        <translation>Examination software %1 in use, but there is no computer room with working computers.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kiểm kê: %1/%2 phòng học (%3%) có thiết bị trình chiếu đang hoạt động và kết nối Internet.</source>
        <translation>Inventory: %1/%2 classrooms (%3%) have working projection equipment and an Internet connection.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kiểm kê: không có phòng tin học.</source>
        <translation>Inventory: no computer room.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kiểm kê: %1 phòng tin học nhưng không có máy tính nào.</source>
        <translation>Inventory: %1 computer room(s) but no computers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm kê: %1 phòng tin học, cả %2 máy tính đều hỏng.</source>
        <translation>Inventory: %1 computer room(s), all %2 computers are broken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kiểm kê: %1 phòng tin học, %2/%3 máy tính hoạt động; %4 học sinh/lớp → %5 em/1 máy → mức %6 (ngưỡng do SchoolDX diễn giải, xem tài liệu kiểm kê).</source>
        <translation>Inventory: %1 computer room(s), %2/%3 computers working; %4 students/class → %5 students per computer → level %6 (thresholds as interpreted by SchoolDX, see the inventory documentation).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kiểm kê: không có phòng studio có máy tính hoạt động.</source>
        <translation>Inventory: no studio room with working computers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm kê: phòng studio %1 có máy tính hoạt động.</source>
        <translation>Inventory: studio room %1 has working computers.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sổ phần mềm: không phần mềm đang dùng nào có phân hệ “%1”.</source>
        <translation>Software register: no software in use has the module “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sổ phần mềm: phân hệ “%1” có trong %2.</source>
        <translation>Software register: the module “%1” is provided by %2.</translation>
    </message>
</context>
<context>
    <name>sdx::InventoryExport</name>
    <message>
        <location filename="../app/core/inventory/InventoryExport.cpp" line="+38"/>
        <source>Tệp CSV chỉ chứa được một bảng: hãy chọn phần mềm, phòng hoặc thiết bị (--kind).</source>
        <translation>A CSV file holds only one table: choose software, rooms or equipment (--kind).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp %1: chỉ xuất được dạng .xlsx hoặc .csv.</source>
        <translation>File %1: only .xlsx or .csv can be exported.</translation>
    </message>
</context>
<context>
    <name>sdx::InventoryFeaturesDialog</name>
    <message>
        <location filename="../app/gui/inventory/InventoryFeaturesDialog.cpp" line="+15"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (chỉ số %2)</source>
        <translation>%1 (indicator %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Các phân hệ “%1” đang triển khai:</source>
        <translation>Modules of “%1” in operation:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Các chức năng “%1” đang triển khai (chỉ số 1.3.3):</source>
        <translation>Functions of “%1” in operation (indicator 1.3.3):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phần mềm thi “%1” (chỉ số 1.5.2):</source>
        <translation>Examination software “%1” (indicator 1.5.2):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” không có phân hệ hay chức năng cần khai báo cho Bộ chỉ số.</source>
        <translation>“%1” has no modules or functions to declare for the Index.</translation>
    </message>
</context>
<context>
    <name>sdx::InventoryFieldCodec</name>
    <message>
        <location filename="../app/core/inventory/InventoryFieldCodec.cpp" line="+27"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>sdx::InventoryImportDialog</name>
    <message>
        <location filename="../app/gui/inventory/InventoryImportDialog.cpp" line="+25"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp: %1 — nhập vào năm học %2</source>
        <translation>File: %1 — importing into school year %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Không đọc được tệp: không có gì được nhập.</source>
        <translation>Could not read the file: nothing was imported.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 lỗi. Hãy sửa tệp (hoặc đổi cách gán cột) rồi thử lại: khi còn lỗi, không dòng nào được nhập.</source>
        <translation>%1 error(s). Correct the file (or change the column mapping) and try again: while errors remain, no row is imported.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sẵn sàng nhập %1 dòng: %2 dòng thêm mới, %3 dòng cập nhật.</source>
        <translation>Ready to import %1 rows: %2 new, %3 updated.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Không nhập được: không có gì thay đổi.</source>
        <translation>Import failed: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>sdx::InventoryImporter</name>
    <message>
        <location filename="../app/core/inventory/InventoryImporter.cpp" line="+37"/>
        <source> (dòng %1: “%2”)</source>
        <translation> (line %1: “%2”)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (dòng %1, cột %2: “%3”)</source>
        <translation> (line %1, column %2: “%3”)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chữ trong trang được gõ bằng bảng mã TCVN3 (ABC); SchoolDX đã chuyển sang Unicode, hãy xem lại các chữ hoa có dấu.</source>
        <translation>The text on this sheet was typed in the TCVN3 (ABC) encoding; SchoolDX converted it to Unicode — check the accented capital letters.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trang “%1”, dòng %2: %3</source>
        <translation>Sheet “%1”, row %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trang “%1”: %2</source>
        <translation>Sheet “%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dòng %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Tệp %1: %2</source>
        <translation>File %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp %1 dùng bảng mã %2; SchoolDX đã chuyển sang Unicode, hãy xem lại trước khi nhập.</source>
        <translation>File %1 uses the %2 encoding; SchoolDX converted it to Unicode — check it before importing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tệp %1 là dạng Excel 97-2003 (.xls): hãy mở bằng Excel và lưu thành .xlsx hoặc CSV UTF-8.</source>
        <translation>File %1 is in the Excel 97-2003 format (.xls): open it in Excel and save it as .xlsx or CSV UTF-8.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp %1: chỉ nhập được tệp .csv hoặc .xlsx.</source>
        <translation>File %1: only .csv or .xlsx files can be imported.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>là bảng %1, không nhập vì chỉ nhập bảng %2.</source>
        <translation>is a %1 table; not imported, since only the %2 table is being imported.</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Không nhập gì cả: %n lỗi cần sửa trong tệp.</source>
        <translation>
            <numerusform>Nothing imported: %n error in the file needs correcting.</numerusform>
            <numerusform>Nothing imported: %n errors in the file need correcting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sdx::InventoryPage</name>
    <message>
        <location filename="../app/gui/inventory/InventoryPage.cpp" line="+160"/>
        <source>Xem trước và in…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu PDF hoặc Word…</source>
        <translation>Save as PDF or Word…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Thiết bị của phòng %1</source>
        <translation>Equipment in room %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chọn một phòng để xem thiết bị</source>
        <translation>Choose a room to see its equipment</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kiểm kê năm học %1</source>
        <translation>Inventory, school year %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kiểm kê (chưa có năm học)</source>
        <translation>Inventory (no school year yet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · Chưa xác định: %1 dòng</source>
        <translation> · Not yet determined: %1 row(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tổng hợp như trong kế hoạch:</source>
        <translation>Totals as in the plan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chỉ tiêu báo cáo cấp quản lý:</source>
        <translation>Indicators reported to the managing authority:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1/%2 (%3%)</source>
        <translation>%1/%2 (%3%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chưa có số liệu</source>
        <translation>no figures yet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nhập kiểm kê từ tệp</source>
        <translation>Import the inventory from a file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bảng tính (*.xlsx *.csv);;Tất cả (*)</source>
        <translation>Spreadsheets (*.xlsx *.csv);;All files (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>kiem-ke-%1.xlsx</source>
        <translation>inventory-%1.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel, mọi bảng (*.xlsx)</source>
        <translation>Excel, every table (*.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV, bảng %1 (*.csv)</source>
        <translation>CSV, %1 table (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất kiểm kê</source>
        <translation>Export the inventory</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word (*.docx)</source>
        <translation>Word (*.docx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lưu phụ lục kiểm kê</source>
        <translation>Save inventory annex</translation>
    </message>
</context>
<context>
    <name>sdx::InventoryRepository</name>
    <message>
        <location filename="../app/core/inventory/InventoryRepository.cpp" line="+63"/>
        <source>Không tìm thấy năm học (mã %1).</source>
        <translation>School year not found (id %1).</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Nhóm “%1” đã có ứng dụng “%2”.</source>
        <translation>Group “%1” already has the application “%2”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ứng dụng “%1”</source>
        <translation>Application “%1”</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Không tìm thấy ứng dụng cần xóa (mã %1).</source>
        <translation>The application to delete was not found (id %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã có phòng “%1” trong năm học này.</source>
        <translation>There is already a room “%1” in this school year.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Phòng “%1”</source>
        <translation>Room “%1”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Không tìm thấy phòng cần xóa (mã %1).</source>
        <translation>The room to delete was not found (id %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thiết bị “%1”</source>
        <translation>Equipment “%1”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Không tìm thấy thiết bị cần xóa (mã %1).</source>
        <translation>The equipment to delete was not found (id %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Số liệu nhân sự, học sinh</source>
        <translation>Staff and student figures</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” được nêu hai lần.</source>
        <translation>“%1” is given twice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thiết bị còn thiếu</source>
        <translation>Missing equipment</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ứng dụng “%1”: %2</source>
        <translation>Application “%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ứng dụng “%1” có hai lần trong cùng nhóm.</source>
        <translation>Application “%1” appears twice in the same group.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phòng “%1”: %2</source>
        <translation>Room “%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phòng “%1” có hai lần.</source>
        <translation>Room “%1” appears twice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Phòng “%1”, %2: %3</source>
        <translation>Room “%1”, %2: %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dữ liệu kiểm kê không hợp lệ: %1</source>
        <translation>Invalid inventory data: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Không đọc được trạng thái kiểm kê của năm học.</source>
        <translation>Could not read the inventory status of the school year.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Không tìm thấy phòng (mã %1).</source>
        <translation>Room not found (id %1).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Không tìm thấy thiết bị (mã %1).</source>
        <translation>Equipment not found (id %1).</translation>
    </message>
</context>
<context>
    <name>sdx::InventorySamples</name>
    <message>
        <location filename="../app/core/inventory/InventorySamples.cpp" line="+33"/>
        <source>Trang thông tin điện tử (Website)</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ứng dụng quản trị và lưu trữ nhà trường</source>
        <translation>School management and records application</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thư điện tử với tên miền riêng của nhà trường (gmail)</source>
        <translation>Email on the school&apos;s own domain (Gmail)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ứng dụng quản lý văn bản điều hành (e office)</source>
        <translation>Administrative document management application (e-office)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ứng dụng quản lý thông tin đội ngũ (phần mềm quản lý CB, GV, NV)</source>
        <translation>Staff information management application (software for managers, teachers, staff)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ứng dụng quản lý quá trình học tập, rèn luyện học sinh</source>
        <translation>Application for managing students&apos; learning and conduct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ứng dụng hỗ trợ xếp thời khóa biểu</source>
        <translation>Timetabling application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ứng dụng quản lý tài sản</source>
        <translation>Asset management application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ứng dụng quản lý tài chính</source>
        <translation>Finance management application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ứng dụng quản lý thư viện</source>
        <translation>Library management application</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phần mềm ứng dụng quản lý dùng chung của Ngành</source>
        <translation>Management software shared across the education sector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phần mềm phổ cập</source>
        <translation>Universal education software</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phần mềm kiểm định chất lượng</source>
        <translation>Quality accreditation software</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ứng dụng quản lý hồ sơ chuyên môn (Google Drive)</source>
        <translation>Professional records management application (Google Drive)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ứng dụng quản lý số liệu học sinh, giáo viên hàng ngày (Google trang tính)</source>
        <translation>Daily student and teacher data management application (Google Sheets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>Phần mềm trộn đề kiểm tra</source>
        <translation>Test paper shuffling software</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Ứng dụng thông tin hai chiều giữa gia đình, nhà trường, khảo sát ý kiến</source>
        <translation>Two-way home–school communication and survey application</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nhóm Zalo CBGV-CNV TRƯỜNG CVA</source>
        <translation>Zalo group for the staff of Chu Van An School</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ứng dụng dịch vụ công</source>
        <translation>Public services application</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ứng dụng soạn bài giảng điện tử</source>
        <translation>E-lecture authoring application</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ứng dụng học tập trực tuyến (Google Meet, Zoom)</source>
        <translation>Online learning application (Google Meet, Zoom)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kho tài liệu, học liệu điện tử</source>
        <translation>Library of electronic documents and learning materials</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phần mềm quản lý hoạt động dạy-học, kiểm tra, đánh giá</source>
        <translation>Software for managing teaching, tests and assessment</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Lớp %1%2</source>
        <translation>Class %1%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phòng tin học</source>
        <translation>Computer room</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>03 đường truyền</source>
        <translation>03 lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Văn phòng</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Phòng đa năng với thiết bị ứng dụng CNTT</source>
        <translation>Multi-purpose room with IT equipment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hệ thống giám sát</source>
        <translation>Surveillance system</translation>
    </message>
</context>
<context>
    <name>sdx::InventoryStocktake</name>
    <message>
        <location filename="../app/core/inventory/InventoryStocktake.cpp" line="+39"/>
        <source>Không tìm thấy thiết bị (mã %1).</source>
        <translation>Equipment not found (id %1).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thiết bị %1 không thuộc phòng đang kiểm kê.</source>
        <translation>Equipment %1 does not belong to the room being counted.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Không tìm thấy phòng (mã %1).</source>
        <translation>Room not found (id %1).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: chỉ có %2 đang hoạt động, không thể báo hỏng %3.</source>
        <translation>%1: only %2 are working; %3 cannot be reported broken.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: chỉ có %2, không thể báo thiếu %3.</source>
        <translation>%1: there are only %2; %3 cannot be reported missing.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Không thể chuyển thiết bị sang phòng của năm học khác.</source>
        <translation>Equipment cannot be moved to a room of another school year.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phòng nhận trùng với phòng hiện tại.</source>
        <translation>The destination room is the current room.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: không thể chuyển %2 đang hoạt động và %3 hỏng (hiện có %4 đang hoạt động, %5 hỏng).</source>
        <translation>%1: cannot move %2 working and %3 broken (there are %4 working, %5 broken).</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: số máy cần sửa (%2) phải từ 1 đến %3.</source>
        <translation>%1: the number of units to repair (%2) must be between 1 and %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thiếu ngày bắt đầu sửa chữa.</source>
        <translation>The repair start date is missing.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Không tìm thấy phiếu sửa chữa (mã %1).</source>
        <translation>Repair ticket not found (id %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phiếu sửa chữa này đã đóng.</source>
        <translation>This repair ticket is already closed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ngày kết thúc sửa chữa phải từ ngày %1 trở đi.</source>
        <translation>The repair end date must be %1 or later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hãy chọn kết quả sửa chữa.</source>
        <translation>Choose the outcome of the repair.</translation>
    </message>
</context>
<context>
    <name>sdx::InventoryStocktakeDialog</name>
    <message>
        <location filename="../app/gui/inventory/InventoryStocktakeDialog.cpp" line="+22"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+16"/>
        <source>Kiểm kê lần cuối: %1</source>
        <translation>Last counted: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Chưa kiểm kê lần nào</source>
        <translation>Never counted</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Đã lưu số liệu kiểm kê của phòng %1.</source>
        <translation>Saved the stocktake figures of room %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>Đồng ý</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Số máy bị hỏng:</source>
        <translation>Number of units broken:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hư hỏng gì (ghi vào nhật ký sửa chữa):</source>
        <translation>What is broken (written in the repair log):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã báo hỏng và mở phiếu sửa chữa.</source>
        <translation>Reported broken and opened a repair ticket.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Số máy bị mất, thiếu:</source>
        <translation>Number of units lost or missing:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ghi chú (lý do):</source>
        <translation>Note (reason):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã ghi nhận thiết bị mất, thiếu.</source>
        <translation>Recorded the lost or missing equipment.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chuyển sang phòng:</source>
        <translation>Move to room:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Số máy đang hoạt động chuyển đi:</source>
        <translation>Number of working units to move:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Số máy hỏng chuyển đi:</source>
        <translation>Number of broken units to move:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã chuyển sang phòng %1.</source>
        <translation>Moved to room %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kết quả sửa chữa:</source>
        <translation>Repair outcome:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ghi chú:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã kết thúc phiếu sửa chữa.</source>
        <translation>Closed the repair ticket.</translation>
    </message>
</context>
<context>
    <name>sdx::InventoryTotals</name>
    <message>
        <location filename="../app/core/inventory/InventoryTotals.cpp" line="+91"/>
        <source>Máy tính được cài đặt phần mềm phòng, chống mã độc</source>
        <translation>Computers with anti-malware software installed</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Tổng số phần mềm và ứng dụng đang sử dụng: %1</source>
        <translation>Total software and applications in use: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng số phần mềm và ứng dụng cần được trang bị nhưng còn thiếu: %1</source>
        <translation>Total software and applications needed but still missing: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng số trang thiết bị CNTT và hạ tầng đã có: %1</source>
        <translation>Total IT and infrastructure equipment in place: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng số trang thiết bị CNTT và hạ tầng còn thiếu cần bổ sung: %1</source>
        <translation>Total IT and infrastructure equipment still missing and to be acquired: %1</translation>
    </message>
</context>
<context>
    <name>sdx::InventoryValidator</name>
    <message>
        <location filename="../app/core/inventory/InventoryValidator.cpp" line="+59"/>
        <source>Chỉ phần mềm quản trị nhà trường mới khai báo phân hệ (“%1” không phải).</source>
        <translation>Only the school management software declares modules (“%1” is not it).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phân hệ “%1” không có trong danh mục.</source>
        <translation>Module “%1” is not in the catalogue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chỉ hệ thống LMS/LCMS mới khai báo chức năng (“%1” không phải).</source>
        <translation>Only an LMS/LCMS system declares functions (“%1” is not one).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chức năng LMS “%1” không có trong danh mục.</source>
        <translation>LMS function “%1” is not in the catalogue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chỉ phần mềm thi trên máy tính mới khai báo trao đổi kết quả với phần mềm quản trị.</source>
        <translation>Only computer-based examination software declares result exchange with the management software.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đường link “%1” không hợp lệ: hãy ghi dạng https://ten-mien.vn, ten-mien.vn hoặc địa chỉ thư điện tử; nhiều link cách nhau bằng dấu chấm phẩy (;).</source>
        <translation>Link “%1” is not valid: write it as https://domain.vn, domain.vn or an email address; separate several links with a semicolon (;).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thiếu tên ứng dụng.</source>
        <translation>The application name is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên ứng dụng quá dài (%1 ký tự, tối đa %2).</source>
        <translation>The application name is too long (%1 characters, at most %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vai trò “%1” không có trong danh mục.</source>
        <translation>Role “%1” is not in the catalogue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Số lượng không được âm (%1).</source>
        <translation>The quantity cannot be negative (%1).</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Số lượng %1 quá lớn (tối đa %2).</source>
        <translation>Quantity %1 is too large (at most %2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Thiếu tên phòng.</source>
        <translation>The room name is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên phòng quá dài (%1 ký tự).</source>
        <translation>The room name is too long (%1 characters).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thiếu loại phòng.</source>
        <translation>The room type is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại phòng “%1” không có trong danh mục.</source>
        <translation>Room type “%1” is not in the catalogue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thiếu loại thiết bị.</source>
        <translation>The equipment type is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại thiết bị “%1” không có trong danh mục.</source>
        <translation>Equipment type “%1” is not in the catalogue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Số lượng %1 quá lớn cho một dòng (tối đa %2): hãy kiểm tra lại.</source>
        <translation>Quantity %1 is too large for one row (at most %2): please check it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số đang hoạt động không được âm (%1).</source>
        <translation>The number working cannot be negative (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Số đang hoạt động (%1) nhiều hơn số lượng (%2).</source>
        <translation>The number working (%1) is more than the quantity (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Số máy có phần mềm phòng chống mã độc (%1) phải từ 0 đến số lượng (%2).</source>
        <translation>The number of computers with anti-malware software (%1) must be between 0 and the quantity (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chỉ máy tính mới khai báo phần mềm phòng chống mã độc (%1 không phải máy tính).</source>
        <translation>Only computers declare anti-malware software (%1 is not a computer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Năm trang bị %1 không hợp lệ (từ 1970 đến %2).</source>
        <translation>Year acquired %1 is not valid (from 1970 to %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tốc độ đường truyền %1 Mbps không hợp lệ.</source>
        <translation>Line speed %1 Mbps is not valid.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ đường truyền Internet mới có tốc độ (Mbps).</source>
        <translation>Only an Internet line has a speed (Mbps).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Số liệu “%1” không có trong danh mục.</source>
        <translation>Figure “%1” is not in the catalogue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 không hợp lệ (từ 0 đến %3).</source>
        <translation>%1: %2 is not valid (from 0 to %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2) nhiều hơn tổng số %3 (%4).</source>
        <translation>%1 (%2) is more than the total %3 (%4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> và </source>
        <translation> and </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” không phải loại thiết bị hay loại phòng trong danh mục.</source>
        <translation>“%1” is not an equipment type or room type in the catalogue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Số lượng cần bổ sung %1 không hợp lệ.</source>
        <translation>Quantity to acquire %1 is not valid.</translation>
    </message>
</context>
<context>
    <name>sdx::ItemRules</name>
    <message>
        <location filename="../app/core/index/ItemRules.cpp" line="+53"/>
        <source>Mục %1: cần dạng {&quot;count&quot;: n, &quot;of&quot;: m} với n, m là số nguyên, nhận được %2.</source>
        <translation>Item %1: needs the form {&quot;count&quot;: n, &quot;of&quot;: m} with n, m whole numbers; got %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mục %1: số lượng và tổng số không được âm (nhận được %2).</source>
        <translation>Item %1: the count and the total cannot be negative (got %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mục %1: tổng số (&quot;of&quot;) phải lớn hơn 0 (nhận được %2).</source>
        <translation>Item %1: the total (&quot;of&quot;) must be greater than 0 (got %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mục %1: số lượng (%2) lớn hơn tổng số (%3).</source>
        <translation>Item %1: the count (%2) is greater than the total (%3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mục %1: cần mức độ %2, nhận được %3.</source>
        <translation>Item %1: needs level %2; got %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mục %1: cần giá trị có/không (true hoặc false), nhận được %2.</source>
        <translation>Item %1: needs a yes/no value (true or false); got %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mục %1: cần một số nguyên không âm (số %2), nhận được %3.</source>
        <translation>Item %1: needs a non-negative whole number (number %2); got %3.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mức độ %1</source>
        <translation>Level %1</translation>
    </message>
</context>
<context>
    <name>sdx::LegacyEncoding</name>
    <message>
        <location filename="../app/core/inventory/LegacyEncoding.cpp" line="+204"/>
        <source>không rõ</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tệp dùng bảng mã TCVN3 (ABC), hãy lưu lại dạng UTF-8 (trong Excel: Lưu thành › CSV UTF-8), hoặc chọn chuyển đổi từ TCVN3 khi nhập.</source>
        <translation>The file uses the TCVN3 (ABC) encoding: save it again as UTF-8 (in Excel: Save As › CSV UTF-8), or choose conversion from TCVN3 when importing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp dùng bảng mã VNI, hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi lưu lại dạng UTF-8.</source>
        <translation>The file uses the VNI encoding: convert it to Unicode (for example with Unikey&apos;s converter), then save it again as UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp dùng bảng mã Windows-1258; SchoolDX đã đọc và chuyển sang Unicode.</source>
        <translation>The file uses the Windows-1258 encoding; SchoolDX read it and converted it to Unicode.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp không phải văn bản UTF-8 và không nhận ra bảng mã tiếng Việt nào; hãy lưu lại dạng CSV UTF-8.</source>
        <translation>The file is not UTF-8 text and no Vietnamese encoding was recognised; save it again as CSV UTF-8.</translation>
    </message>
</context>
<context>
    <name>sdx::LegalBasisCatalogue</name>
    <message>
        <location filename="../app/core/documents/LegalBasisCatalogue.cpp" line="+38"/>
        <source>mục thứ %1 thiếu mã, số hiệu hoặc ngày hợp lệ</source>
        <translation>entry no. %1 lacks a valid code, reference number or date</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Danh mục văn bản căn cứ %1 không đọc được: %2</source>
        <translation>Could not read the legal basis catalogue %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Danh mục văn bản căn cứ %1</source>
        <translation>Legal basis catalogue %1</translation>
    </message>
</context>
<context>
    <name>sdx::LegalBasisListModel</name>
    <message>
        <location filename="../app/gui/documents/LegalBasisListModel.cpp" line="+74"/>
        <source> — văn bản của địa phương, nhà trường</source>
        <translation> — local or school document</translation>
    </message>
</context>
<context>
    <name>sdx::LegalBasisRepository</name>
    <message>
        <location filename="../app/core/documents/LegalBasisRepository.cpp" line="+35"/>
        <source>Văn bản căn cứ cần có loại văn bản (Công văn, Quyết định, Kế hoạch, …).</source>
        <translation>A legal basis document needs a document type (Công văn, Quyết định, Kế hoạch, …).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Văn bản căn cứ cần có số, ký hiệu (ví dụ 1470/SGDĐT-VP).</source>
        <translation>A legal basis document needs a number and reference (for example 1470/SGDĐT-VP).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Văn bản căn cứ &quot;%1&quot; cần có cơ quan ban hành.</source>
        <translation>Legal basis document &quot;%1&quot; needs an issuing authority.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Không thêm được văn bản căn cứ %1</source>
        <translation>Could not add the legal basis document %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Không sửa được văn bản căn cứ %1</source>
        <translation>Could not edit the legal basis document %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không tìm thấy văn bản căn cứ %1 để sửa.</source>
        <translation>Legal basis document %1 not found; nothing to edit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Không xoá được văn bản căn cứ</source>
        <translation>Could not delete the legal basis document</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Không lưu được văn bản căn cứ &quot;%1&quot;</source>
        <translation>Could not save the legal basis document &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>sdx::LinkChecker</name>
    <message>
        <location filename="../app/core/index/LinkChecker.cpp" line="+115"/>
        <source>Truy cập được (HTTP %1)</source>
        <translation>Reachable (HTTP %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không truy cập được: máy chủ trả lời HTTP %1</source>
        <translation>Not reachable: the server answered HTTP %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không truy cập được: hết thời gian chờ (%1 giây)</source>
        <translation>Not reachable: timed out (%1 seconds)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không truy cập được: %1</source>
        <translation>Not reachable: %1</translation>
    </message>
</context>
<context>
    <name>sdx::Migrations</name>
    <message>
        <location filename="../app/core/store/Migrations.cpp" line="+42"/>
        <location line="+45"/>
        <source>Thiếu bước nâng cấp lược đồ %1</source>
        <translation>Schema upgrade step %1 is missing</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Nâng cấp lược đồ lên %1 thất bại</source>
        <translation>Upgrading the schema to %1 failed</translation>
    </message>
</context>
<context>
    <name>sdx::NarrativeDefaults</name>
    <message>
        <location filename="../app/core/documents/NarrativeDefaults.cpp" line="+79"/>
        <source>%1, dòng %2: tiêu đề phần phải có dạng &quot;=== khoá | tên&quot;</source>
        <translation>%1, line %2: a section heading must have the form &quot;=== key | name&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, dòng %2: khoá &quot;%3&quot; bị lặp</source>
        <translation>%1, line %2: key &quot;%3&quot; is repeated</translation>
    </message>
</context>
<context>
    <name>sdx::NarrativeRepository</name>
    <message>
        <location filename="../app/core/documents/NarrativeRepository.cpp" line="+63"/>
        <source>Không lưu được nội dung văn bản: thiếu tên phần.</source>
        <translation>Could not save the document content: the section name is missing.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Không lưu được phần &quot;%1&quot; của %2</source>
        <translation>Could not save section &quot;%1&quot; of %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Không khôi phục được nội dung mặc định: thiếu tên phần.</source>
        <translation>Could not restore the default content: the section name is missing.</translation>
    </message>
</context>
<context>
    <name>sdx::NarrativeSectionListModel</name>
    <message>
        <location filename="../app/gui/documents/NarrativeSectionListModel.cpp" line="+68"/>
        <source>Nhà trường đã sửa phần này</source>
        <translation>The school has edited this section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang dùng nội dung mặc định</source>
        <translation>Using the default content</translation>
    </message>
</context>
<context>
    <name>sdx::NeedsTableModel</name>
    <message>
        <location filename="../app/gui/inventory/NeedsTableModel.cpp" line="+84"/>
        <source>Còn thiếu, cần bổ sung</source>
        <translation>Missing, to be acquired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>sdx::OfficeXml</name>
    <message>
        <location filename="../app/core/documents/OfficeXml.cpp" line="+26"/>
        <source>Phần %1 không phải XML hợp lệ (dòng %2): %3</source>
        <translation>Part %1 is not valid XML (line %2): %3</translation>
    </message>
</context>
<context>
    <name>sdx::PdfRenderer</name>
    <message>
        <location filename="../app/core/documents/PdfRenderer.cpp" line="+29"/>
        <source>Không tạo được bộ đệm để dựng tệp PDF</source>
        <translation>Could not create a buffer to build the PDF file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không khởi tạo được trình vẽ PDF</source>
        <translation>Could not start the PDF painter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không hoàn tất được tệp PDF</source>
        <translation>Could not finish the PDF file</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tệp PDF thiếu phần đầu &quot;%PDF-&quot;</source>
        <translation>The PDF file lacks the &quot;%PDF-&quot; header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp PDF thiếu phần kết (trailer, %%EOF): tệp bị cắt cụt?</source>
        <translation>The PDF file lacks its ending (trailer, %%EOF): is the file truncated?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp PDF có %1 trang thay vì %2 trang</source>
        <translation>The PDF file has %1 pages instead of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp PDF không có trang nào</source>
        <translation>The PDF file has no pages</translation>
    </message>
</context>
<context>
    <name>sdx::PeopleCountsModel</name>
    <message>
        <location filename="../app/gui/inventory/PeopleCountsModel.cpp" line="+53"/>
        <source>Bộ chỉ số %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ tiêu %1 của cấp quản lý</source>
        <translation>Managing authority&apos;s indicator %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Để trống nếu chưa biết: SchoolDX không suy ra gì từ số liệu chưa biết.</source>
        <translation>Leave blank if not known: SchoolDX derives nothing from unknown figures.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Số liệu</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trên tổng số</source>
        <translation>Out of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dùng cho</source>
        <translation>Used for</translation>
    </message>
</context>
<context>
    <name>sdx::RepairTableModel</name>
    <message>
        <location filename="../app/gui/inventory/RepairTableModel.cpp" line="+76"/>
        <source>Ngày báo hỏng</source>
        <translation>Reported broken on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số máy</source>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hư hỏng</source>
        <translation>Damage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày xong</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>sdx::ResultsPage</name>
    <message>
        <location filename="../app/gui/index/ResultsPage.cpp" line="+70"/>
        <source>Chưa có năm học để xem kết quả.</source>
        <translation>No school year yet to show results for.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kết quả tự đánh giá năm học %1 theo %2</source>
        <translation>Self-assessment results for school year %1 under %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nhóm %1. %2</source>
        <translation>Group %1. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;span style=&quot;font-size:20pt; font-weight:bold&quot;&gt;%1&lt;/span&gt;/%2 điểm</source>
        <translation>&lt;span style=&quot;font-size:20pt; font-weight:bold&quot;&gt;%1&lt;/span&gt;/%2 points</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Theo điểm đạt %1, nhưng chưa đạt điều kiện bắt buộc %2 nên xếp %3.</source>
        <translation>By points it reaches %1, but mandatory conditions %2 are not met, so it is placed at %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chưa đạt điều kiện bắt buộc %1.</source>
        <translation>Mandatory conditions %1 are not met.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1/%2 mục đã trả lời</source>
        <translation>%1/%2 items answered</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;i&gt;%1: %2 → %3 điểm&lt;/i&gt; (lý do: %4; người điều chỉnh: %5)</source>
        <translation>&lt;i&gt;%1: %2 → %3 points&lt;/i&gt; (reason: %4; adjusted by: %5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>không ghi</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Điểm điều chỉnh thủ công (thấp hơn mức tối đa):&lt;br&gt;%1</source>
        <translation>Points set by manual adjustment (below the maximum):&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Chưa hợp lệ, cần sửa trong phần Tự đánh giá:&lt;br&gt;%1</source>
        <translation>Not valid; needs correcting in the Self-assessment section:&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>sdx::RoomTableModel</name>
    <message>
        <location filename="../app/gui/inventory/RoomTableModel.cpp" line="+56"/>
        <source>%1 %2 (%3 hỏng)</source>
        <translation>%1 %2 (%3 broken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chưa</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Phòng học có thiết bị trình chiếu đang hoạt động và kết nối Internet (chỉ số 1.7.1)</source>
        <translation>Classrooms with working projection equipment and an Internet connection (indicator 1.7.1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Phòng</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại phòng</source>
        <translation>Room type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thiết bị</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trình chiếu + Internet</source>
        <translation>Projection + Internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm kê lần cuối</source>
        <translation>Last counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>sdx::SafeFile</name>
    <message>
        <location filename="../app/core/common/SafeFile.cpp" line="+24"/>
        <source>Không tạo được thư mục %1</source>
        <translation>Could not create the folder %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Không mở được tệp %1 để ghi: %2</source>
        <translation>Could not open the file %1 for writing: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không ghi được tệp %1: %2</source>
        <translation>Could not write the file %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không ghi được tệp %1 (ổ đĩa đầy hoặc không có quyền ghi?): %2</source>
        <translation>Could not write the file %1 (disk full or no write permission?): %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Không đọc lại được tệp vừa ghi %1</source>
        <translation>Could not read back the file just written, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp vừa ghi %1 không khớp với dữ liệu (lỗi ổ đĩa?)</source>
        <translation>The file just written, %1, does not match the data (disk error?)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Không tìm thấy tệp %1</source>
        <translation>File %1 not found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không mở được tệp %1: %2</source>
        <translation>Could not open the file %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp %1 quá lớn (%2 MB, giới hạn %3 MB)</source>
        <translation>File %1 is too large (%2 MB, the limit is %3 MB)</translation>
    </message>
</context>
<context>
    <name>sdx::SampleSchool</name>
    <message>
        <location filename="../app/core/samples/SampleSchool.cpp" line="+34"/>
        <source>Thiếu dữ liệu trường mẫu (seed-002-facts.json).</source>
        <translation>The sample school data is missing (seed-002-facts.json).</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Cơ sở dữ liệu này đã có trường “%1”; trường mẫu chỉ được tạo trong một tệp mới.</source>
        <translation>This database already has the school “%1”; the sample school can only be created in a new file.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Không tạo được trường mẫu</source>
        <translation>Could not create the sample school</translation>
    </message>
</context>
<context>
    <name>sdx::SchoolProfile</name>
    <message>
        <location filename="../app/core/school/SchoolProfile.cpp" line="+25"/>
        <source>Tiểu học</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trường Tiểu học</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trung học cơ sở</source>
        <translation>Lower secondary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trường THCS</source>
        <translation>Lower secondary school</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trung học phổ thông</source>
        <translation>Upper secondary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trường THPT</source>
        <translation>Upper secondary school</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liên cấp</source>
        <translation>Multi-level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trường</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giáo dục thường xuyên</source>
        <translation>Continuing education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trung tâm GDNN-GDTX</source>
        <translation>Vocational and continuing education centre</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Chưa nhập tên trường.</source>
        <translation>The school name has not been entered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa nhập cơ quan chủ quản (ví dụ: UBND XÃ …, SỞ GD&amp;ĐT …).</source>
        <translation>The managing authority has not been entered (for example: UBND XÃ …, SỞ GD&amp;ĐT …).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa nhập địa danh dùng ở dòng ngày tháng của văn bản.</source>
        <translation>The place name used in the date line of documents has not been entered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ký hiệu văn bản &quot;%1&quot; chỉ gồm chữ in hoa và số, không dấu cách (ví dụ: THCVA).</source>
        <translation>Document reference code &quot;%1&quot; may contain only capital letters and digits, without spaces (for example: THCVA).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Địa chỉ thư điện tử &quot;%1&quot; không hợp lệ.</source>
        <translation>Email address &quot;%1&quot; is not valid.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Có cán bộ phụ trách CNTT chưa có họ tên.</source>
        <translation>A member of the IT staff has no name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thư điện tử của %1 (&quot;%2&quot;) không hợp lệ.</source>
        <translation>The email of %1 (&quot;%2&quot;) is not valid.</translation>
    </message>
</context>
<context>
    <name>sdx::SchoolSession</name>
    <message>
        <location filename="../app/core/school/SchoolSession.cpp" line="+105"/>
        <source>Không tìm thấy năm học (mã %1).</source>
        <translation>School year not found (id %1).</translation>
    </message>
</context>
<context>
    <name>sdx::Scoring</name>
    <message>
        <location filename="../app/core/index/ScoringEngine.cpp" line="+19"/>
        <source>%1/%2 điểm</source>
        <translation>%1/%2 points</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: giá trị không hợp lệ, chưa tính điểm (%2)</source>
        <translation>%1: invalid value, not scored (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: chưa trả lời → Không đạt (điều kiện bắt buộc)</source>
        <translation>%1: not answered → Not met (mandatory condition)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: chưa trả lời → %2</source>
        <translation>%1: not answered → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: không tính vì %2 (%3)</source>
        <translation>%1: not counted because %2 (%3)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>không thuộc bậc nào</source>
        <translation>in no tier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 (%3) → %4</source>
        <translation>%1: %2 (%3) → %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 %3 (%4) → %5</source>
        <translation>%1: %2 %3 (%4) → %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 ở mức độ %3 → %4</source>
        <translation>%1: %2 at level %3 → %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>có %1</source>
        <translation>has %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chưa có %1</source>
        <translation>does not have %1 yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 → Đạt (điều kiện bắt buộc)</source>
        <translation>%1: %2 → Met (mandatory condition)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → Không đạt (điều kiện bắt buộc)</source>
        <translation>%1: %2 → Not met (mandatory condition)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>; điều chỉnh còn %1 (lý do: %2; người điều chỉnh: %3)</source>
        <translation>; adjusted to %1 (reason: %2; adjusted by: %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>không ghi</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mục %1: điều chỉnh điểm phải ghi lý do.</source>
        <translation>Item %1: a score adjustment needs a reason.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mục %1: điểm điều chỉnh %2 không hợp lệ (cần một số không âm, tối đa hai chữ số thập phân).</source>
        <translation>Item %1: adjusted points %2 are not valid (a non-negative number with at most two decimals is needed).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mục %1: chỉ được điều chỉnh giảm; %2 điểm cao hơn mức tối đa của bậc đạt được (%3 điểm).</source>
        <translation>Item %1: points can only be adjusted down; %2 points is more than the maximum of the tier reached (%3 points).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: Đạt (điều kiện bắt buộc)</source>
        <translation>%1: Met (mandatory condition)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: Không đạt (điều kiện bắt buộc)</source>
        <translation>%1: Not met (mandatory condition)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 → Mức độ %3 (%4)</source>
        <translation>%1: %2 → Level %3 (%4)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nhóm %1: %2 (Mức độ %3 theo điểm) → Mức độ %4 vì chưa đạt điều kiện bắt buộc %5</source>
        <translation>Group %1: %2 (Level %3 by points) → Level %4 because mandatory conditions %5 are not met</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nhóm %1: %2 → Mức độ %3 (%4)</source>
        <translation>Group %1: %2 → Level %3 (%4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; chưa đạt điều kiện bắt buộc %1</source>
        <translation>; mandatory conditions %1 not met</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mục &quot;%1&quot; không có trong bộ chỉ số %2.</source>
        <translation>Item &quot;%1&quot; is not in index %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Điều chỉnh điểm cho mục &quot;%1&quot; không có trong bộ chỉ số %2.</source>
        <translation>Score adjustment for item &quot;%1&quot;, which is not in index %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>từ %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trên %1</source>
        <translation>above %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>từ %1 điểm trở lên</source>
        <translation>%1 points or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trên %1 điểm</source>
        <translation>more than %1 points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dưới %1 điểm</source>
        <translation>under %1 points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>đến %1 điểm</source>
        <translation>up to %1 points</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>không quá %1 điểm</source>
        <translation>at most %1 points</translation>
    </message>
</context>
<context>
    <name>sdx::SoftwareRow</name>
    <message>
        <location filename="../app/core/inventory/SoftwareRow.cpp" line="+46"/>
        <source>Quản lý, điều hành</source>
        <translation>Management, administration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dạy học, kiểm tra đánh giá</source>
        <translation>Teaching, testing and assessment</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Chưa xác định</source>
        <translation>Not yet determined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang dùng</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Còn thiếu, cần trang bị</source>
        <translation>Missing, to be acquired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không cần</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Tự xây dựng</source>
        <translation>Built in-house</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mua</source>
        <translation>Bought</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thuê</source>
        <translation>Rented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Miễn phí</source>
        <translation>Free</translation>
    </message>
</context>
<context>
    <name>sdx::SoftwareTableModel</name>
    <message>
        <location filename="../app/gui/inventory/SoftwareTableModel.cpp" line="+61"/>
        <source>Phân hệ: %1</source>
        <translation>Modules: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chức năng: %1</source>
        <translation>Functions: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trao đổi kết quả với phần mềm quản trị</source>
        <translation>Exchanges results with the management software</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(chưa khai báo)</source>
        <translation>(not declared)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(khác)</source>
        <translation>(other)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(khác, không dùng cho Bộ chỉ số)</source>
        <translation>(other, not used for the Index)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (chỉ số %2)</source>
        <translation>%1 (indicator %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(không rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loại ứng dụng theo danh mục: SchoolDX suy ra các chỉ số từ loại này, không từ tên.</source>
        <translation>Application type from the catalogue: SchoolDX derives the indicators from this type, not from the name.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nhóm</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên ứng dụng, dịch vụ</source>
        <translation>Application, service name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thuộc loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sản phẩm</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhà cung cấp</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đường link (tên miền)</source>
        <translation>Link (domain name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hình thức</source>
        <translation>Acquisition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phân hệ, chức năng</source>
        <translation>Modules, functions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>sdx::StocktakeCountsModel</name>
    <message>
        <location filename="../app/gui/inventory/StocktakeCountsModel.cpp" line="+72"/>
        <source>%1 (%2 hoạt động)</source>
        <translation>%1 (%2 working)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loại thiết bị</source>
        <translation>Equipment type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mô tả</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sổ đang ghi</source>
        <translation>In the register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đếm được</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hoạt động</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hỏng</source>
        <translation>Broken</translation>
    </message>
</context>
<context>
    <name>sdx::XlsxExport</name>
    <message>
        <location filename="../app/core/inventory/XlsxExport.cpp" line="+43"/>
        <source>không tạo được trang tính “%1”</source>
        <translation>could not create the worksheet “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>không ghi được tiêu đề của trang “%1”</source>
        <translation>could not write the header of the sheet “%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>không ghi được ô %1 của trang “%2”: %3</source>
        <translation>could not write cell %1 of the sheet “%2”: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>thiếu thư viện libxlsxwriter để ghi tệp Excel (%1)</source>
        <translation>the libxlsxwriter library needed to write Excel files is missing (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>không tạo được sổ tính tạm</source>
        <translation>could not create the temporary workbook</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>không đóng được sổ tính tạm: %1</source>
        <translation>could not close the temporary workbook: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tệp vừa ghi %1 thiếu trang tính.</source>
        <translation>The file just written, %1, lacks worksheets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp vừa ghi %1: trang “%2” thiếu dòng.</source>
        <translation>The file just written, %1: the sheet “%2” lacks rows.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Không tạo được thư mục tạm để ghi tệp Excel.</source>
        <translation>Could not create a temporary folder to write the Excel file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp %1</source>
        <translation>File %1</translation>
    </message>
</context>
<context>
    <name>sdx::XlsxReader</name>
    <message>
        <location filename="../app/core/inventory/XlsxReader.cpp" line="+36"/>
        <source>thiếu phần %1 của tệp Excel</source>
        <translation>part %1 of the Excel file is missing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>phần %1 quá lớn</source>
        <translation>part %1 is too large</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>không giải nén được %1</source>
        <translation>could not decompress %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>phần %1 bị hỏng</source>
        <translation>part %1 is corrupt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>danh sách chữ (sharedStrings) hỏng: %1</source>
        <translation>the string list (sharedStrings) is corrupt: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>mục lục trang tính hỏng</source>
        <translation>the worksheet index is corrupt</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>trang tính “%1” hỏng: %2</source>
        <translation>the worksheet “%1” is corrupt: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Không tìm thấy tệp %1</source>
        <translation>File %1 not found</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp %1 không phải tệp Excel (.xlsx) hợp lệ.</source>
        <translation>File %1 is not a valid Excel (.xlsx) file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Tệp %1</source>
        <translation>File %1</translation>
    </message>
</context>
<context>
    <name>sdx::YearComparisonModel</name>
    <message>
        <location filename="../app/gui/index/YearComparisonModel.cpp" line="+15"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nhóm %1. %2</source>
        <translation>Group %1. %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tiêu chí</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Năm học trước</source>
        <translation>Previous school year</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Năm học %1</source>
        <translation>School year %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thay đổi (điểm)</source>
        <translation>Change (points)</translation>
    </message>
</context>
<context>
    <name>sdx::YearLock</name>
    <message>
        <location filename="../app/core/exchange/YearLock.cpp" line="+32"/>
        <source>Không tìm thấy năm học (mã %1).</source>
        <translation>School year not found (id %1).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Năm học %1 đã chốt số liệu (lần %2, ngày %3): không sửa được. Muốn sửa, hãy &quot;Mở lại&quot; năm học và ghi lý do.</source>
        <translation>The figures of school year %1 are finalised (revision %2, on %3): they cannot be edited. To edit them, &quot;Reopen&quot; the school year and give a reason.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Năm học %1 đã được chốt số liệu (lần %2).</source>
        <translation>The figures of school year %1 have been finalised (revision %2).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cần ghi lý do mở lại năm học đã chốt số liệu.</source>
        <translation>A reason is needed to reopen a finalised school year.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Năm học %1 chưa chốt số liệu nên không cần mở lại.</source>
        <translation>School year %1 is not finalised, so it does not need reopening.</translation>
    </message>
</context>
<context>
    <name>sdx::YearRepository</name>
    <message>
        <location filename="../app/core/school/YearRepository.cpp" line="+52"/>
        <source>Không tìm thấy năm học (mã %1).</source>
        <translation>School year not found (id %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+59"/>
        <source>&quot;%1&quot; không phải là năm học hợp lệ (ví dụ: 2023-2024).</source>
        <translation>&quot;%1&quot; is not a valid school year (for example: 2023-2024).</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Chưa có năm học %1.</source>
        <translation>There is no school year %1 yet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Không sao chép được dữ liệu từ năm học %1</source>
        <translation>Could not copy the data from school year %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Năm học %1 đã có.</source>
        <translation>School year %1 already exists.</translation>
    </message>
</context>
<context>
    <name>sdx::ZipPackage</name>
    <message>
        <location filename="../app/core/documents/ZipPackage.cpp" line="+29"/>
        <source>Không mở được gói %1 (không phải tệp ZIP hợp lệ?), mã lỗi %2</source>
        <translation>Could not open the package %1 (not a valid ZIP file?), error code %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gói %1: không đọc được thông tin một phần</source>
        <translation>Package %1: could not read the information of a part</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gói %1: phần %2 quá lớn</source>
        <translation>Package %1: part %2 is too large</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gói %1: không mở được phần %2</source>
        <translation>Package %1: could not open part %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gói %1: phần %2 bị hỏng (sai mã kiểm tra)</source>
        <translation>Package %1: part %2 is corrupt (checksum mismatch)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Không tạo được gói ZIP trong bộ nhớ, mã lỗi %1</source>
        <translation>Could not create the ZIP package in memory, error code %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không ghi được phần %1 vào gói ZIP</source>
        <translation>Could not write part %1 into the ZIP package</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Không ghi được phần %1 vào gói ZIP, mã lỗi %2</source>
        <translation>Could not write part %1 into the ZIP package, error code %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không đóng được gói ZIP, mã lỗi %1</source>
        <translation>Could not close the ZIP package, error code %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>trong bộ nhớ</source>
        <translation>in memory</translation>
    </message>
</context>
<context>
    <name>sdx::cli</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+38"/>
        <source>Chưa có cơ sở dữ liệu tại %1 (dùng --db ĐƯỜNG_DẪN hoặc biến SCHOOLDX_DB).</source>
        <translation>There is no database at %1 yet (use --db PATH or the SCHOOLDX_DB variable).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lỗi: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/InfoCommand.cpp" line="+48"/>
        <source>Cơ sở dữ liệu: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phiên bản lược đồ: %1</source>
        <translation>Schema version: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trường: %1</source>
        <translation>School: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (mã %1)</source>
        <translation> (code %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp học: %1</source>
        <translation>School level: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ quan chủ quản: %1</source>
        <translation>Managing authority: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trường: chưa khai báo</source>
        <translation>School: not entered yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (đang làm việc)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm học: %1</source>
        <translation>School year: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chưa có</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In thông tin cơ sở dữ liệu, trường và năm học.</source>
        <translation>Print the database, school and school year information.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in dạng JSON</source>
        <translation>print as JSON</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="+10"/>
        <source>Đường dẫn cơ sở dữ liệu, phiên bản lược đồ, trường và các năm học</source>
        <translation>Database path, schema version, school and school years</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tạo trường mẫu Chu Văn An (năm học 2022 - 2023) trong cơ sở dữ liệu mới</source>
        <translation>Create the Chu Van An sample school (school year 2022 - 2023) in a new database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tính điểm theo bộ chỉ số từ tệp dữ kiện hoặc năm học, in JSON</source>
        <translation>Score against the index from a facts file or a school year, print JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm kê: nhập, xuất tệp và in số liệu suy ra cho Bộ chỉ số</source>
        <translation>Inventory: import, export files and print the figures derived for the Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In kế hoạch, báo cáo của năm học ra PDF, DOCX hoặc ODT</source>
        <translation>Print the school year&apos;s plans and reports to PDF, DOCX or ODT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chốt số liệu một năm học (khóa năm học)</source>
        <translation>Finalise the figures of a school year (lock the school year)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở lại năm học đã chốt, ghi lý do (lần chốt tiếp theo)</source>
        <translation>Reopen a finalised school year, giving a reason (next revision)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xuất tệp trao đổi .sdx của năm học đã chốt để gửi cơ quan quản lý</source>
        <translation>Export the .sdx exchange file of a finalised school year to send to the managing authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khôi phục năm học từ tệp .sdx của trường (--yes để thực hiện)</source>
        <translation>Restore a school year from a school&apos;s .sdx file (--yes to carry it out)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra và tổng hợp tệp .sdx của nhiều trường ra .xlsx hoặc .json</source>
        <translation>Check and aggregate the .sdx files of many schools into .xlsx or .json</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/AggregateCommand.cpp" line="+75"/>
        <source>Báo cáo tổng hợp cần hồ sơ cơ quan tổng hợp: --authority TỆP.json (xem docs/cli.md).</source>
        <translation>A summary report needs a receiving authority profile: --authority FILE.json (see docs/cli.md).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Số văn bản phải là số nguyên từ 0 đến 99999: %1</source>
        <translation>The document number must be an integer from 0 to 99999: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ngày ban hành phải có dạng NĂM-THÁNG-NGÀY (2025-05-20): %1</source>
        <translation>The date of issue must be in YEAR-MONTH-DAY format (2025-05-20): %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Không có trường nào để tổng hợp: không ghi báo cáo.</source>
        <translation>No schools to aggregate: no report written.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 v%3)</source>
        <translation>%1 (%2 v%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Các tệp thuộc nhiều năm học hoặc phiên bản bộ chỉ số: %1. Một báo cáo chỉ cho một năm học: hãy chọn bằng --year.</source>
        <translation>The files span several school years or Index versions: %1. A report covers only one school year: choose one with --year.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đã ghi %1 (%2 trang)</source>
        <translation>Wrote %1 (%2 pages)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Từ chối: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã đọc %1 tệp: %2 được nhận, %3 bị từ chối, %4 bản cũ hoặc trùng lặp.</source>
        <translation>Read %1 file(s): %2 received, %3 rejected, %4 old versions or duplicates.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nhóm %1: mức 1: %2, mức 2: %3, mức 3: %4</source>
        <translation>group %1: level 1: %2, level 2: %3, level 3: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Năm học %1 (%2 trường): %3.</source>
        <translation>School year %1 (%2 schools): %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kiểm tra và tổng hợp nhiều tệp trao đổi (.sdx) của các trường.</source>
        <translation>Check and aggregate many schools&apos; exchange files (.sdx).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>các tệp .sdx hoặc thư mục chứa chúng</source>
        <translation>the .sdx files or the folders that hold them</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tệp kết quả: .xlsx, .json, hoặc báo cáo tổng hợp .pdf, .docx, .odt</source>
        <translation>output file: .xlsx, .json, or a summary report as .pdf, .docx, .odt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hồ sơ cơ quan tổng hợp (JSON), cần cho báo cáo .pdf/.docx/.odt</source>
        <translation>receiving authority profile (JSON), required for .pdf/.docx/.odt reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>số của báo cáo (0: để trống cho văn thư ghi)</source>
        <translation>report number (0: leave blank for the records office to fill in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ngày ban hành NĂM-THÁNG-NGÀY (mặc định: để trống)</source>
        <translation>date of issue YEAR-MONTH-DAY (default: blank)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cách dùng: aggregate TỆP_HOẶC_THƯ_MỤC... -o KẾT_QUẢ.(xlsx|json|pdf|docx|odt)</source>
        <translation>Usage: aggregate FILE_OR_FOLDER... -o OUTPUT.(xlsx|json|pdf|docx|odt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp kết quả phải là .xlsx, .json, .pdf, .docx hoặc .odt: %1</source>
        <translation>The output file must be .xlsx, .json, .pdf, .docx or .odt: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Không có tệp nào được nhận: không ghi báo cáo.</source>
        <translation>No files were accepted: no report written.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>chỉ tổng hợp năm học này</source>
        <translation>aggregate only this school year</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Không tìm thấy %1</source>
        <translation>%1 not found</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+98"/>
        <source>Đã ghi %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ExportCommand.cpp" line="+34"/>
        <source>Chưa có năm học nào.</source>
        <translation>There is no school year yet.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>nhóm %1: %2/%3 điểm, mức %4</source>
        <translation>group %1: %2/%3 points, level %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Chốt số liệu một năm học: năm học bị khóa cho đến khi mở lại.</source>
        <translation>Finalise the figures of a school year: the school year is locked until it is reopened.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <location line="+27"/>
        <source>năm học (mặc định: năm đang làm việc)</source>
        <translation>school year (default: the current one)</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>người chốt (mặc định: hiệu trưởng)</source>
        <translation>person finalising (default: the principal)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đã chốt số liệu năm học %1 (lần %2).</source>
        <translation>Finalised the figures of school year %1 (revision %2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mở lại một năm học đã chốt số liệu (bắt đầu lần chốt tiếp theo).</source>
        <translation>Reopen a school year whose figures are finalised (starts the next revision).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lý do mở lại (bắt buộc)</source>
        <translation>reason for reopening (required)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>người mở lại</source>
        <translation>person reopening</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cần --reason &quot;lý do mở lại&quot;.</source>
        <translation>--reason &quot;reason for reopening&quot; is required.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đã mở lại năm học %1: đang soạn lần %2.</source>
        <translation>Reopened school year %1: revision %2 in progress.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xuất tệp trao đổi (.sdx) của một năm học đã chốt số liệu, để gửi cơ quan quản lý.</source>
        <translation>Export the exchange file (.sdx) of a finalised school year, to send to the managing authority.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tệp .sdx cần ghi, hoặc một thư mục (tên tệp được đặt tự động)</source>
        <translation>the .sdx file to write, or a folder (the file name is chosen automatically)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>không nén (JSON đọc được bằng mắt)</source>
        <translation>uncompressed (human-readable JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in kết quả dạng JSON</source>
        <translation>print the result as JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cần -o TỆP (tệp .sdx hoặc thư mục).</source>
        <translation>-o FILE is required (a .sdx file or a folder).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Đã xuất và kiểm tra lại tệp %1</source>
        <translation>Exported and checked the file %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Năm học %1, lần chốt %2; %3.</source>
        <translation>School year %1, revision %2; %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mã kiểm tra (SHA-256): %1</source>
        <translation>Checksum (SHA-256): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ImportCommand.cpp" line="+28"/>
        <source>Khôi phục một năm học từ tệp trao đổi (.sdx) của trường. Không có --yes: chỉ in những gì sẽ bị thay thế, không thay đổi gì.</source>
        <translation>Restore a school year from a school&apos;s exchange file (.sdx). Without --yes: only print what would be replaced, change nothing.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tệp .sdx</source>
        <translation>.sdx file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>khôi phục thật (thay thế dữ liệu năm học)</source>
        <translation>really restore (replaces the school year&apos;s data)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>người khôi phục</source>
        <translation>person restoring</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cần đúng một tệp .sdx.</source>
        <translation>Exactly one .sdx file is needed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chưa thay đổi gì. Chạy lại với --yes để khôi phục.</source>
        <translation>Nothing was changed. Run again with --yes to restore.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã khôi phục năm học %1 (đã chốt lần %2).</source>
        <translation>Restored school year %1 (finalised, revision %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/InventoryCommand.cpp" line="+34"/>
        <source>năm học, ví dụ 2022-2023 (mặc định: năm đang làm việc)</source>
        <translation>school year, for example 2022-2023 (default: the current one)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NĂM</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bảng: software (phần mềm), rooms (phòng) hoặc equipment (thiết bị)</source>
        <translation>table: software, rooms or equipment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BẢNG</source>
        <translation>TABLE</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--kind phải là software, rooms hoặc equipment (không phải “%1”).</source>
        <translation>--kind must be software, rooms or equipment (not “%1”).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chưa có năm học nào: hãy tạo năm học trước (hoặc dùng --year).</source>
        <translation>There is no school year yet: create one first (or use --year).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Năm học “%1” không hợp lệ (ví dụ: 2022-2023).</source>
        <translation>School year “%1” is not valid (for example: 2022-2023).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nhập phần mềm, phòng hoặc thiết bị từ tệp .csv hoặc .xlsx. Mọi dòng được kiểm tra trước; chỉ một dòng lỗi là không nhập gì cả.</source>
        <translation>Import software, rooms or equipment from a .csv or .xlsx file. Every row is checked first; a single faulty row means nothing is imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tệp .csv hoặc .xlsx</source>
        <translation>.csv or .xlsx file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chuyển chữ gõ bằng bảng mã TCVN3 (ABC) sang Unicode</source>
        <translation>convert text typed in the TCVN3 (ABC) encoding to Unicode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chỉ kiểm tra, không nhập</source>
        <translation>only check, do not import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cần đúng một tệp để nhập (xem inventory import --help).</source>
        <translation>Exactly one file to import is needed (see inventory import --help).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 lỗi; chưa nhập gì.</source>
        <translation>%1 error(s); nothing imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm tra xong: %1 dòng thêm mới, %2 dòng cập nhật (chưa nhập).</source>
        <translation>Check complete: %1 new rows, %2 updated rows (not imported).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã nhập vào năm học %1: %2 dòng thêm mới, %3 dòng cập nhật.</source>
        <translation>Imported into school year %1: %2 new rows, %3 updated rows.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Xuất phần mềm, phòng và thiết bị ra tệp .xlsx (mỗi bảng một trang) hoặc .csv (một bảng, UTF-8 có BOM để Excel hiển thị tiếng Việt).</source>
        <translation>Export software, rooms and equipment to a .xlsx file (one sheet per table) or a .csv file (one table, UTF-8 with a BOM so that Excel shows Vietnamese).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tệp sẽ ghi (.xlsx hoặc .csv)</source>
        <translation>file to write (.xlsx or .csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TỆP</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cần -o TỆP (xem inventory export --help).</source>
        <translation>-o FILE is required (see inventory export --help).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp CSV chỉ chứa được một bảng: hãy thêm --kind software, rooms hoặc equipment.</source>
        <translation>A CSV file holds only one table: add --kind software, rooms or equipment.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đã xuất kiểm kê năm học %1 ra %2.</source>
        <translation>Exported the inventory of school year %1 to %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In dạng JSON các số liệu của Bộ chỉ số suy ra từ kiểm kê, nguồn của từng số liệu và các tổng số.</source>
        <translation>Print as JSON the Index figures derived from the inventory, the source of each figure and the totals.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tham số thừa: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cách dùng: schooldx-cli inventory import|export|facts [tùy chọn]</source>
        <translation>Usage: schooldx-cli inventory import|export|facts [options]</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Thiếu lệnh con của inventory.</source>
        <translation>The inventory subcommand is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lệnh con không rõ: %1</source>
        <translation>Unknown subcommand: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/SampleCommand.cpp" line="+16"/>
        <source>Tạo trường mẫu (Trường Tiểu học Chu Văn An, năm học 2022 - 2023) trong một cơ sở dữ liệu mới.</source>
        <translation>Create the sample school (Chu Van An Primary School, school year 2022 - 2023) in a new database.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đã tạo trường mẫu trong %1</source>
        <translation>Created the sample school in %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RenderCommand.cpp" line="+65"/>
        <source>Đối số thừa: %1 (xem render --help).</source>
        <translation>Unexpected argument: %1 (see render --help).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thiếu --doc plan|self-assessment|midterm|annual|inventory-annex.</source>
        <translation>Missing --doc plan|self-assessment|midterm|annual|inventory-annex.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không có văn bản &quot;%1&quot;: dùng plan (kế hoạch), self-assessment (báo cáo tự đánh giá), midterm (báo cáo sơ kết học kỳ I), annual (báo cáo tổng kết năm học) hoặc inventory-annex (phụ lục kiểm kê phòng và thiết bị CNTT).</source>
        <translation>There is no document &quot;%1&quot;: use plan (plan), self-assessment (self-assessment report), midterm (first-semester review report), annual (end-of-year report) or inventory-annex (inventory annex of rooms and IT equipment).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thiếu -o TỆP_KẾT_QUẢ.</source>
        <translation>Missing -o OUTPUT_FILE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không hỗ trợ định dạng &quot;%1&quot;: dùng pdf, docx hoặc odt.</source>
        <translation>Format &quot;%1&quot; is not supported: use pdf, docx or odt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không đoán được định dạng từ tên tệp %1: thêm --format pdf|docx|odt.</source>
        <translation>Cannot work out the format from the file name %1: add --format pdf|docx|odt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dùng một nguồn: -i TỆP.sdx (năm học của tệp) hoặc --year với cơ sở dữ liệu.</source>
        <translation>Use one source: -i FILE.sdx (the file&apos;s school year) or --year with the database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phụ lục kiểm kê được lập từ cơ sở dữ liệu (danh mục phòng không có trong tệp .sdx): bỏ -i.</source>
        <translation>The inventory annex is made from the database (an .sdx file holds no room list): leave out -i.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cơ sở dữ liệu chưa có thông tin trường: chưa lập được văn bản.</source>
        <translation>The database has no school details yet: the document cannot be created.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../app/cli/commands/ScoreCommand.cpp" line="+69"/>
        <source>Cơ sở dữ liệu chưa có năm học nào (dùng --year NĂM_HỌC).</source>
        <translation>The database has no school year yet (use --year SCHOOL_YEAR).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>In một văn bản của năm học (kế hoạch, báo cáo) ra PDF, Word (DOCX) hoặc ODT, từ cơ sở dữ liệu hoặc từ một tệp trao đổi .sdx.</source>
        <translation>Print a school-year document (plan, report) to PDF, Word (DOCX) or ODT, from the database or from an .sdx exchange file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>văn bản: plan, self-assessment, midterm, annual, inventory-annex</source>
        <translation>document: plan, self-assessment, midterm, annual, inventory-annex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>định dạng: pdf, docx, odt (mặc định: theo đuôi tên tệp)</source>
        <translation>format: pdf, docx, odt (default: from the file extension)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lập văn bản từ tệp trao đổi .sdx thay cho cơ sở dữ liệu</source>
        <translation>create the document from an .sdx exchange file instead of the database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tệp kết quả</source>
        <translation>output file</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đã lưu %1 (%2, %3 trang, %4 byte).</source>
        <translation>Saved %1 (%2, %3 pages, %4 bytes).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã lưu %1 (%2, %3 byte).</source>
        <translation>Saved %1 (%2, %3 bytes).</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ScoreCommand.cpp" line="+13"/>
        <source>Tính điểm theo bộ chỉ số từ một tệp dữ kiện, hoặc từ năm học trong cơ sở dữ liệu, và in kết quả dạng JSON.</source>
        <translation>Score against the index from a facts file, or from a school year in the database, and print the result as JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tệp dữ kiện {&quot;index&quot;: …, &quot;facts&quot;: {…}}</source>
        <translation>facts file {&quot;index&quot;: …, &quot;facts&quot;: {…}}</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/RenderCommand.cpp" line="-29"/>
        <location filename="../app/cli/commands/ScoreCommand.cpp" line="+2"/>
        <source>năm học trong cơ sở dữ liệu (mặc định: năm đang làm việc)</source>
        <translation>school year in the database (default: the current one)</translation>
    </message>
    <message>
        <location filename="../app/cli/commands/ScoreCommand.cpp" line="+2"/>
        <source>in thêm các việc cần làm để tăng điểm</source>
        <translation>also print what to do to raise the score</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chỉ dùng một nguồn: một tệp dữ kiện, hoặc --year (xem score --help).</source>
        <translation>Use only one source: a facts file, or --year (see score --help).</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+27"/>
        <source>Cách dùng: schooldx-cli [--db ĐƯỜNG_DẪN] LỆNH [tùy chọn]</source>
        <translation>Usage: schooldx-cli [--db PATH] COMMAND [options]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tùy chọn chung:</source>
        <translation>General options:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tệp cơ sở dữ liệu (mặc định: biến SCHOOLDX_DB, rồi thư mục dữ liệu người dùng)</source>
        <translation>database file (default: the SCHOOLDX_DB variable, then the user&apos;s data folder)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ngôn ngữ của thông báo (mặc định: vi)</source>
        <translation>language of the messages (default: vi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in hướng dẫn này</source>
        <translation>print this help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in phiên bản</source>
        <translation>print the version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lệnh:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mỗi lệnh có --help riêng. Mã thoát: 0 thành công, 1 lỗi dữ liệu, 2 sai cú pháp.</source>
        <translation>Each command has its own --help. Exit codes: 0 success, 1 data error, 2 usage error.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Thiếu giá trị sau %1</source>
        <translation>Missing value after %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tùy chọn không rõ: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Lệnh không rõ: %1 (xem schooldx-cli --help)</source>
        <translation>Unknown command: %1 (see schooldx-cli --help)</translation>
    </message>
</context>
<context>
    <name>sdx::gui</name>
    <message>
        <location filename="../app/gui/shell/Application.cpp" line="+20"/>
        <source>Hồ sơ chuyển đổi số trường học</source>
        <translation>School digital transformation records</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tệp cơ sở dữ liệu</source>
        <translation>database file</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Không mở được dữ liệu</source>
        <translation>Could not open the data</translation>
    </message>
</context>
<context>
    <name>sdx::gui::AuthorityProfileDialog</name>
    <message>
        <location filename="../app/gui/exchange/AuthorityProfileDialog.cpp" line="+18"/>
        <source>(ký trực tiếp)</source>
        <translation>(signs directly)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Số văn bản sẽ in: %1</source>
        <translation>Document number to be printed: %1</translation>
    </message>
</context>
<context>
    <name>sdx::gui::ExchangePage</name>
    <message>
        <location filename="../app/gui/exchange/ExchangePage.cpp" line="+20"/>
        <source>Gửi lên</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhận và tổng hợp</source>
        <translation>Receive and aggregate</translation>
    </message>
</context>
<context>
    <name>sdx::gui::ExchangeReceivePanel</name>
    <message>
        <location filename="../app/gui/exchange/ExchangeReceivePanel.cpp" line="+82"/>
        <source>Đang kiểm tra và nhập tệp…</source>
        <translation>Checking and importing the files…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dừng</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập tệp của các trường</source>
        <translation>Import the schools&apos; files</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đã xử lý %1/%2: %3</source>
        <translation>Processed %1/%2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nhập tệp</source>
        <translation>Import files</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lần nhập vừa rồi: %1 tệp, %2 nhận, %3 từ chối, %4 bản cũ/trùng%5.</source>
        <translation>Last import: %1 file(s), %2 received, %3 rejected, %4 old/duplicate%5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (đã dừng giữa chừng)</source>
        <translation> (stopped part-way)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chọn các tệp .sdx của các trường</source>
        <translation>Choose the schools&apos; .sdx files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp trao đổi SchoolDX (*.sdx);;Mọi tệp (*)</source>
        <translation>SchoolDX exchange files (*.sdx);;All files (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chọn thư mục chứa các tệp .sdx</source>
        <translation>Choose the folder that holds the .sdx files</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 · %2 v%3 (%4 trường)</source>
        <translation>%1 · %2 v%3 (%4 schools)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nhận lúc %1</source>
        <translation>Received at %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trùng lặp</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã nhận (%1)</source>
        <translation>Received (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bị từ chối (%1)</source>
        <translation>Rejected (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bản cũ, trùng lặp (%1)</source>
        <translation>Old versions, duplicates (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Xuất Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã ghi %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xuất bảng tổng hợp</source>
        <translation>Export the summary table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tong-hop-chuyen-doi-so_%1.xlsx</source>
        <translation>Digital-transformation-summary_%1.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chưa có kết quả hợp lệ nào để lập báo cáo tổng hợp.</source>
        <translation>There are no valid results yet for a summary report.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hãy chọn một trường trong bảng tổng hợp.</source>
        <translation>Choose a school in the summary table.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hồ sơ trường</source>
        <translation>School record</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <source>Xóa dữ liệu đã nhận</source>
        <translation>Delete the received data</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Xóa mọi tệp đã nhận và danh sách bản cũ? (Các tệp .sdx gốc không bị xóa.)</source>
        <translation>Delete all received files and the list of old versions? (The original .sdx files are not deleted.)</translation>
    </message>
</context>
<context>
    <name>sdx::gui::ExchangeSendPanel</name>
    <message>
        <location filename="../app/gui/exchange/ExchangeSendPanel.cpp" line="+87"/>
        <source>Chưa có năm học.</source>
        <translation>No school year yet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Năm học &lt;b&gt;%1&lt;/b&gt;: &lt;b&gt;đã chốt số liệu lần %2&lt;/b&gt; ngày %3%4. Số liệu bị khóa; muốn sửa phải mở lại (lần chốt sau sẽ là lần %5).</source>
        <translation>School year &lt;b&gt;%1&lt;/b&gt;: &lt;b&gt;figures finalised, revision %2&lt;/b&gt; on %3%4. The figures are locked; to edit them, reopen the year (the next finalisation will be revision %5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, bởi %1</source>
        <translation>, by %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Năm học &lt;b&gt;%1&lt;/b&gt;: &lt;b&gt;đang soạn&lt;/b&gt; (lần %2). Khi số liệu đã được hiệu trưởng phê duyệt, hãy chốt số liệu rồi xuất tệp gửi cơ quan quản lý.</source>
        <translation>School year &lt;b&gt;%1&lt;/b&gt;: &lt;b&gt;in progress&lt;/b&gt; (revision %2). Once the principal has approved the figures, finalise them and then export the file for the managing authority.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Chốt số liệu</source>
        <translation>Finalise the figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chốt số liệu năm học %1? Sau khi chốt, số liệu bị khóa; muốn sửa phải mở lại và ghi lý do.</source>
        <translation>Finalise the figures of school year %1? Once finalised, the figures are locked; to edit them you must reopen the year and give a reason.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đã chốt số liệu năm học %1 (lần %2).</source>
        <translation>Finalised the figures of school year %1 (revision %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mở lại năm học</source>
        <translation>Reopen the school year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do mở lại (được ghi vào lịch sử chốt số liệu):</source>
        <translation>Reason for reopening (written in the finalisation history):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đã mở lại năm học %1: đang soạn lần %2.</source>
        <translation>Reopened school year %1: revision %2 in progress.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đã xuất và kiểm tra lại tệp %1 (lần chốt %2). Gửi tệp này cho %3.</source>
        <translation>Exported and checked the file %1 (revision %2). Send this file to %3.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Xuất tệp trao đổi</source>
        <translation>Export the exchange file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp trao đổi SchoolDX (*.sdx)</source>
        <translation>SchoolDX exchange files (*.sdx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>Nhập lại từ tệp</source>
        <translation>Restore from a file</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Tệp trao đổi SchoolDX (*.sdx);;Mọi tệp (*)</source>
        <translation>SchoolDX exchange files (*.sdx);;All files (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Những gì sẽ được thay thế:</source>
        <translation>What will be replaced:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đã khôi phục năm học %1 từ tệp %2.</source>
        <translation>Restored school year %1 from the file %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã lưu nơi nhận báo cáo.</source>
        <translation>Saved the report recipient.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã lưu chỉ số báo cáo.</source>
        <translation>Saved the reported indicators.</translation>
    </message>
</context>
<context>
    <name>sdx::gui::FirstRunWizard</name>
    <message>
        <location filename="../app/gui/school/FirstRunWizard.cpp" line="+19"/>
        <source>Bắt đầu với SchoolDX</source>
        <translation>Getting started with SchoolDX</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Không tạo được hồ sơ</source>
        <translation>Could not create the record</translation>
    </message>
</context>
<context>
    <name>sdx::gui::ImportEntriesModel</name>
    <message>
        <location filename="../app/gui/exchange/ImportEntriesModel.cpp" line="+43"/>
        <source>%1 (mã %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trường</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Năm học</source>
        <translation>School year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lần chốt</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>sdx::gui::IndicatorsModel</name>
    <message>
        <location filename="../app/gui/exchange/IndicatorsModel.cpp" line="+80"/>
        <source>Số liệu kiểm kê, được gửi khi ô này để trống; nhập số khác để thay.</source>
        <translation>Inventory figure, sent while this cell is empty; type another number to replace it.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Chỉ số</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
</context>
<context>
    <name>sdx::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/shell/MainWindow.cpp" line="+71"/>
        <source>Dữ liệu: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trường</source>
        <translation>School</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kiểm kê</source>
        <translation>Inventory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bộ chỉ số</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gửi/Nhận</source>
        <translation>Send/Receive</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Năm học: </source>
        <translation>School year: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Không đổi được năm học</source>
        <translation>Could not change the school year</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chưa khai báo trường</source>
        <translation>No school entered yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — SchoolDX</source>
        <translation>%1 — SchoolDX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Năm học %2 — SchoolDX</source>
        <translation>%1 — School year %2 — SchoolDX</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Năm học %1 đã chốt số liệu (lần %2, %3): chỉ xem. Muốn sửa, hãy mở lại năm học ở mục Gửi/Nhận.</source>
        <translation>The figures of school year %1 are finalised (revision %2, %3): view only. To edit them, reopen the school year under Send/Receive.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Không tạo được năm học</source>
        <translation>Could not create the school year</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SchoolDX-sao-luu-%1.sqlite</source>
        <translation>SchoolDX-backup-%1.sqlite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>Sao lưu dữ liệu</source>
        <translation>Back up the data</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cơ sở dữ liệu SchoolDX (*.sqlite)</source>
        <translation>SchoolDX databases (*.sqlite)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã sao lưu toàn bộ dữ liệu vào %1.</source>
        <translation>Backed up all data to %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngôn ngữ mới sẽ được dùng khi mở lại SchoolDX.
The new language will be used the next time SchoolDX starts.</source>
        <translation>The new language will be used the next time SchoolDX starts.
Ngôn ngữ mới sẽ được dùng khi mở lại SchoolDX.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Giới thiệu SchoolDX</source>
        <translation>About SchoolDX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SchoolDX %1&lt;/h3&gt;&lt;p&gt;Hồ sơ chuyển đổi số trường học: kiểm kê, tự đánh giá theo Bộ chỉ số ban hành kèm theo Quyết định số 4725/QĐ-BGDĐT ngày 30/12/2022 của Bộ Giáo dục và Đào tạo, minh chứng, văn bản theo thể thức Nghị định 30/2020/NĐ-CP và tệp gửi cơ quan quản lý.&lt;/p&gt;&lt;p&gt;Chạy hoàn toàn trên máy, không cần Internet.&lt;/p&gt;&lt;p&gt;Dữ liệu: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SchoolDX %1&lt;/h3&gt;&lt;p&gt;School digital transformation records: inventory, self-assessment against the Index issued with Decision No. 4725/QĐ-BGDĐT of 30/12/2022 of the Ministry of Education and Training, evidence, documents in the format of Decree 30/2020/NĐ-CP, and the file sent to the managing authority.&lt;/p&gt;&lt;p&gt;Runs entirely on this computer; no Internet connection is needed.&lt;/p&gt;&lt;p&gt;Data: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Thay đổi chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hồ sơ nhà trường có thay đổi chưa lưu. Lưu trước khi đóng?</source>
        <translation>The school record has unsaved changes. Save them before closing?</translation>
    </message>
</context>
<context>
    <name>sdx::gui::NewYearDialog</name>
    <message>
        <location filename="../app/gui/shell/NewYearDialog.cpp" line="+53"/>
        <source>“%1” không phải là năm học hợp lệ. Hãy viết như 2025 - 2026.</source>
        <translation>“%1” is not a valid school year. Write it like 2025 - 2026.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Năm học %1 đã có.</source>
        <translation>School year %1 already exists.</translation>
    </message>
</context>
<context>
    <name>sdx::gui::ReceivedRecordDialog</name>
    <message>
        <location filename="../app/gui/exchange/ReceivedRecordDialog.cpp" line="+21"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Đạt (bắt buộc)</source>
        <translation>Met (mandatory)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;font color=#b00020&gt;Không đạt (bắt buộc)&lt;/font&gt;</source>
        <translation>&lt;font color=#b00020&gt;Not met (mandatory)&lt;/font&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;h3&gt;Kết quả tự đánh giá&lt;/h3&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;Tiêu chí&lt;/th&gt;&lt;th&gt;Nội dung&lt;/th&gt;&lt;th&gt;Điểm&lt;/th&gt;&lt;th&gt;Tối đa&lt;/th&gt;&lt;th&gt;Mức&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h3&gt;Self-assessment results&lt;/h3&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;Criterion&lt;/th&gt;&lt;th&gt;Content&lt;/th&gt;&lt;th&gt;Points&lt;/th&gt;&lt;th&gt;Maximum&lt;/th&gt;&lt;th&gt;Level&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (chưa đạt điều kiện bắt buộc; theo điểm: %2)</source>
        <translation>%1 (mandatory conditions not met; by points: %2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;h3&gt;Dữ kiện và minh chứng&lt;/h3&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;Mục&lt;/th&gt;&lt;th&gt;Giá trị&lt;/th&gt;&lt;th&gt;Nguồn&lt;/th&gt;&lt;th&gt;Minh chứng&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h3&gt;Facts and evidence&lt;/h3&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;&lt;tr&gt;&lt;th&gt;Item&lt;/th&gt;&lt;th&gt;Value&lt;/th&gt;&lt;th&gt;Source&lt;/th&gt;&lt;th&gt;Evidence&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;h3&gt;Chỉ số báo cáo cơ quan quản lý&lt;/h3&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;</source>
        <translation>&lt;h3&gt;Indicators reported to the managing authority&lt;/h3&gt;&lt;table border=1 cellspacing=0 cellpadding=3&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;Mã trường: &lt;b&gt;%2&lt;/b&gt; · Năm học %3 · Lần chốt %4 (%5) · Gửi: %6&lt;/p&gt;&lt;p&gt;Hiệu trưởng: %7 · Cơ quan chủ quản: %8 · Bộ chỉ số %9 phiên bản %10&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;School code: &lt;b&gt;%2&lt;/b&gt; · School year %3 · Revision %4 (%5) · Sent: %6&lt;/p&gt;&lt;p&gt;Principal: %7 · Managing authority: %8 · Index %9 version %10&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hồ sơ đã nhận: %1 (chỉ xem)</source>
        <translation>Received record: %1 (view only)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>sdx::gui::RevisionHistoryModel</name>
    <message>
        <location filename="../app/gui/exchange/RevisionHistoryModel.cpp" line="+40"/>
        <source>Chốt số liệu</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mở lại</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khôi phục từ tệp</source>
        <translation>Restored from a file</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lần</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Người thực hiện</source>
        <translation>Done by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>sdx::gui::SchoolProfileModel</name>
    <message>
        <location filename="../app/gui/school/SchoolProfileModel.cpp" line="+91"/>
        <source>Tên trường</source>
        <translation>School name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã trường</source>
        <translation>School code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp học</source>
        <translation>School level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ quan chủ quản</source>
        <translation>Managing authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa danh</source>
        <translation>Place name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ký hiệu văn bản</source>
        <translation>Document reference code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người ký</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ người ký</source>
        <translation>Signatory&apos;s position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư điện tử</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trang thông tin điện tử</source>
        <translation>Website</translation>
    </message>
</context>
<context>
    <name>sdx::gui::SchoolProfilePage</name>
    <message>
        <location filename="../app/gui/school/SchoolProfilePage.cpp" line="+44"/>
        <source>Đã lưu hồ sơ nhà trường.</source>
        <translation>Saved the school record.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Có thay đổi chưa lưu.</source>
        <translation>There are unsaved changes.</translation>
    </message>
</context>
<context>
    <name>sdx::gui::StaffTableModel</name>
    <message>
        <location filename="../app/gui/school/StaffTableModel.cpp" line="+90"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư điện tử</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>sdx::gui::SummaryCharts</name>
    <message>
        <location filename="../app/gui/exchange/SummaryCharts.cpp" line="+33"/>
        <source>Số trường ở mỗi mức, theo nhóm tiêu chí</source>
        <translation>Number of schools at each level, by criteria group</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mức %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nhóm %1</source>
        <translation>Group %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Số trường</source>
        <translation>Number of schools</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Điểm trung bình mỗi tiêu chí (% điểm tối đa)</source>
        <translation>Average points per criterion (% of the maximum)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Điểm trung bình / tối đa</source>
        <translation>Average points / maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điều kiện bắt buộc: tỷ lệ trường đạt</source>
        <translation>Mandatory condition: share of schools meeting it</translation>
    </message>
</context>
<context>
    <name>sdx::gui::SummaryReportDialog</name>
    <message>
        <location filename="../app/gui/exchange/SummaryReportDialog.cpp" line="+21"/>
        <source>(ký trực tiếp)</source>
        <translation>(signs directly)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Năm học %1, %2 phiên bản %3: %4 cơ sở giáo dục có kết quả hợp lệ.</source>
        <translation>School year %1, %2 version %3: %4 educational institutions with valid results.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Ký hiệu: BC-%1 · Địa danh: %2 · Người đứng đầu: %3</source>
        <translation>Code: BC-%1 · Place name: %2 · Head: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa có thông tin cơ quan tổng hợp. Hãy bấm &quot;Sửa thông tin cơ quan…&quot; để nhập tên, ký hiệu và người ký trước khi in báo cáo.</source>
        <translation>The receiving authority details have not been entered. Click &quot;Edit authority details…&quot; to enter the name, code and signatory before printing the report.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Đã lưu thông tin cơ quan tổng hợp.</source>
        <translation>Receiving authority details saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đã gửi báo cáo đến máy in.</source>
        <translation>Report sent to the printer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chưa có thông tin cơ quan tổng hợp: hãy nhập trước khi lưu báo cáo.</source>
        <translation>The receiving authority details have not been entered: enter them before saving the report.</translation>
    </message>
</context>
<context>
    <name>sdx::gui::SummaryStatistics</name>
    <message>
        <location filename="../app/gui/exchange/SummaryStatisticsHtml.cpp" line="+23"/>
        <source>&lt;h3&gt;Số trường ở mỗi mức&lt;/h3&gt;&lt;table border=1 cellspacing=0 cellpadding=4&gt;&lt;tr&gt;&lt;th&gt;Nhóm tiêu chí&lt;/th&gt;&lt;th&gt;Mức 1&lt;/th&gt;&lt;th&gt;Mức 2&lt;/th&gt;&lt;th&gt;Mức 3&lt;/th&gt;&lt;th&gt;Điểm trung bình&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h3&gt;Number of schools at each level&lt;/h3&gt;&lt;table border=1 cellspacing=0 cellpadding=4&gt;&lt;tr&gt;&lt;th&gt;Criteria group&lt;/th&gt;&lt;th&gt;Level 1&lt;/th&gt;&lt;th&gt;Level 2&lt;/th&gt;&lt;th&gt;Level 3&lt;/th&gt;&lt;th&gt;Average points&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;h3&gt;Trung bình theo tiêu chí&lt;/h3&gt;&lt;table border=1 cellspacing=0 cellpadding=4&gt;&lt;tr&gt;&lt;th&gt;Tiêu chí&lt;/th&gt;&lt;th&gt;Nội dung&lt;/th&gt;&lt;th&gt;Điểm TB / tối đa&lt;/th&gt;&lt;th&gt;Số trường đạt&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h3&gt;Averages by criterion&lt;/h3&gt;&lt;table border=1 cellspacing=0 cellpadding=4&gt;&lt;tr&gt;&lt;th&gt;Criterion&lt;/th&gt;&lt;th&gt;Content&lt;/th&gt;&lt;th&gt;Average / maximum&lt;/th&gt;&lt;th&gt;Schools meeting it&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1% trường đạt</source>
        <translation>%1% of schools meet it</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;h3&gt;Tiêu chí chưa trường nào đạt&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Criteria no school meets yet&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&lt;p&gt;Nội dung chưa trường nào có điểm: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;Contents for which no school has points yet: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h3&gt;Trường chưa đạt điều kiện bắt buộc (%1)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Schools not meeting the mandatory conditions (%1)&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;(không có)&lt;/p&gt;</source>
        <translation>&lt;p&gt;(none)&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;h3&gt;Chỉ số báo cáo cơ quan quản lý (cộng các trường)&lt;/h3&gt;&lt;table border=1 cellspacing=0 cellpadding=4&gt;&lt;tr&gt;&lt;th&gt;Chỉ số&lt;/th&gt;&lt;th&gt;Tổng&lt;/th&gt;&lt;th&gt;Số trường báo cáo&lt;/th&gt;&lt;th&gt;Tỷ lệ&lt;/th&gt;&lt;/tr&gt;</source>
        <translation>&lt;h3&gt;Indicators reported to the managing authority (all schools added up)&lt;/h3&gt;&lt;table border=1 cellspacing=0 cellpadding=4&gt;&lt;tr&gt;&lt;th&gt;Indicator&lt;/th&gt;&lt;th&gt;Total&lt;/th&gt;&lt;th&gt;Schools reporting&lt;/th&gt;&lt;th&gt;Share&lt;/th&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;p&gt;Chưa nhận tệp nào. Dùng &quot;Nhập nhiều tệp…&quot; hoặc &quot;Nhập cả thư mục…&quot;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No files received yet. Use &quot;Import several files…&quot; or &quot;Import a whole folder…&quot;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Năm học %1 · %2 trường&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;School year %1 · %2 schools&lt;/h2&gt;</translation>
    </message>
</context>
<context>
    <name>sdx::gui::SummaryTableModel</name>
    <message>
        <location filename="../app/gui/exchange/SummaryTableModel.cpp" line="+67"/>
        <source>Chưa đáp ứng điều kiện bắt buộc (mức theo điểm: %1)</source>
        <translation>Mandatory conditions not met (level by points: %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mức %1</source>
        <translation>Level %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mức %1 (*)</source>
        <translation>Level %1 (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đạt</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Không đạt</source>
        <translation>Not met</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nhóm %1
điểm</source>
        <translation>Group %1
points</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nhóm %1
mức</source>
        <translation>Group %1
level</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1
(bắt buộc)</source>
        <translation>%1
(mandatory)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1
(/%2)</source>
        <translation>%1
(/%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mã trường</source>
        <translation>School code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên trường</source>
        <translation>School name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cấp học</source>
        <translation>School level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lần
chốt</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ĐK bắt buộc
chưa đạt</source>
        <translation>Mandatory
not met</translation>
    </message>
</context>
<context>
    <name>sdx::gui::WizardSchoolPage</name>
    <message>
        <location filename="../app/gui/school/FirstRunWizardPages.cpp" line="+40"/>
        <source>Thông tin nhà trường</source>
        <translation>School information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Những thông tin này in ở đầu mọi văn bản. Có thể sửa lại bất cứ lúc nào ở mục “Trường”.</source>
        <translation>This information is printed at the top of every document. It can be changed at any time under “School”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hiệu trưởng</source>
        <translation>Principal</translation>
    </message>
</context>
<context>
    <name>sdx::gui::WizardWelcomePage</name>
    <message>
        <location line="-28"/>
        <source>Chào mừng đến với SchoolDX</source>
        <translation>Welcome to SchoolDX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hồ sơ chuyển đổi số của nhà trường: kiểm kê, tự đánh giá theo Bộ chỉ số 4725, văn bản và tệp gửi cấp trên.</source>
        <translation>The school&apos;s digital transformation records: inventory, self-assessment against Index 4725, documents, and the file sent to the managing authority.</translation>
    </message>
</context>
<context>
    <name>sdx::gui::WizardYearPage</name>
    <message>
        <location line="+48"/>
        <source>Năm học</source>
        <translation>School year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mọi số liệu kiểm kê, tự đánh giá và văn bản thuộc về một năm học.</source>
        <translation>Every inventory figure, self-assessment and document belongs to a school year.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” không phải là năm học hợp lệ. Hãy viết như 2025 - 2026.</source>
        <translation>“%1” is not a valid school year. Write it like 2025 - 2026.</translation>
    </message>
</context>
</TS>
