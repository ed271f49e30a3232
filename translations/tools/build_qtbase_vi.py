# Build /work/i18n/qtbase_vi.ts from Debian's French Qt 6.4 TS (source texts) + Vietnamese dict.
import xml.etree.ElementTree as ET, re, sys, glob

CTXS = ("QPlatformTheme QDialogButtonBox QMessageBox QWizard QPrintPreviewDialog QPageSetupWidget "
        "QPrintDialog QPrintPropertiesWidget QPrintPropertiesDialog QPrintSettingsOutput QPrintWidget "
        "QCupsJobWidget QFileDialog QFileSystemModel QLineEdit QWidgetTextControl QAbstractSpinBox "
        "QProgressDialog QInputDialog QErrorMessage QScrollBar QDockWidget QUnicodeControlCharacterMenu "
        "QColorDialog QFontDialog").split()
EXTRA_CTXS = ["QGnomeTheme"]   # button texts used on GNOME/GTK desktops (Debian)
PAGESIZE_RE = re.compile(r'^(A\d+|B\d+|JIS B\d+|A\d+ (Extra|Plus|Small)|B\d+ Extra|Letter.*|Legal.*|Custom.*)$')

ABOUT3 = ('<p>Qt là bộ công cụ C++ dùng để phát triển ứng dụng đa nền tảng.</p>'
 '<p>Qt cho phép dùng một mã nguồn duy nhất trên tất cả các hệ điều hành máy tính để bàn phổ biến. Qt cũng có cho Linux nhúng và các hệ điều hành nhúng, hệ điều hành di động khác.</p>'
 '<p>Qt được cung cấp theo ba hình thức giấy phép khác nhau nhằm đáp ứng nhu cầu của nhiều đối tượng người dùng.</p>'
 '<p>Qt theo thỏa thuận giấy phép thương mại của chúng tôi phù hợp để phát triển phần mềm độc quyền/thương mại khi bạn không muốn chia sẻ mã nguồn với bên thứ ba, hoặc không thể tuân thủ các điều khoản của GNU LGPL phiên bản 3 hay GNU LGPL phiên bản 2.1.</p>'
 '<p>Qt theo giấy phép GNU LGPL phiên bản 3 phù hợp để phát triển các ứng dụng&nbsp;Qt, với điều kiện bạn tuân thủ các điều khoản và điều kiện của GNU LGPL phiên bản 3.</p>'
 '<p>Qt theo giấy phép GNU LGPL phiên bản 2.1 phù hợp để phát triển các ứng dụng&nbsp;Qt, với điều kiện bạn tuân thủ các điều khoản và điều kiện của GNU LGPL phiên bản 2.1.</p>'
 '<p>Vui lòng xem <a href="http://%2/">%2</a> để biết tổng quan về giấy phép của Qt.</p>'
 '<p>Bản quyền (C) %1 The Qt Company Ltd và những người đóng góp khác.</p>'
 '<p>Qt và biểu trưng Qt là nhãn hiệu của The Qt Company Ltd.</p>'
 '<p>Qt là sản phẩm của The Qt Company Ltd, được phát triển dưới dạng dự án mã nguồn mở. Xem <a href="http://%3/">%3</a> để biết thêm thông tin.</p>')
ABOUT_MULTI = ('<p>Qt là bộ công cụ C++ dùng để phát triển ứng dụng đa nền tảng.</p>'
 '<p>Qt cho phép dùng một mã nguồn duy nhất trên tất cả các hệ điều hành máy tính để bàn phổ biến. Qt cũng có cho Linux nhúng và các hệ điều hành nhúng, hệ điều hành di động khác.</p>'
 '<p>Qt được cung cấp theo nhiều hình thức giấy phép nhằm đáp ứng nhu cầu của nhiều đối tượng người dùng.</p>'
 '<p>Qt theo thỏa thuận giấy phép thương mại của chúng tôi phù hợp để phát triển phần mềm độc quyền/thương mại khi bạn không muốn chia sẻ mã nguồn với bên thứ ba, hoặc không thể tuân thủ các điều khoản của GNU (L)GPL.</p>'
 '<p>Qt theo giấy phép GNU (L)GPL phù hợp để phát triển các ứng dụng&nbsp;Qt, với điều kiện bạn tuân thủ các điều khoản và điều kiện của giấy phép tương ứng.</p>'
 '<p>Vui lòng xem <a href="http://%2/">%2</a> để biết tổng quan về giấy phép của Qt.</p>'
 '<p>Bản quyền (C) %1 The Qt Company Ltd và những người đóng góp khác.</p>'
 '<p>Qt và biểu trưng Qt là nhãn hiệu của The Qt Company Ltd.</p>'
 '<p>Qt là sản phẩm của The Qt Company Ltd, được phát triển dưới dạng dự án mã nguồn mở. Xem <a href="http://%3/">%3</a> để biết thêm thông tin.</p>')

ABOUT3_LGPL3ONLY = ('<p>Qt là bộ công cụ C++ dùng để phát triển ứng dụng đa nền tảng.</p>'
 '<p>Qt cho phép dùng một mã nguồn duy nhất trên tất cả các hệ điều hành máy tính để bàn phổ biến. Qt cũng có cho Linux nhúng và các hệ điều hành nhúng, hệ điều hành di động khác.</p>'
 '<p>Qt được cung cấp theo ba hình thức giấy phép khác nhau nhằm đáp ứng nhu cầu của nhiều đối tượng người dùng.</p>'
 '<p>Qt theo thỏa thuận giấy phép thương mại của chúng tôi phù hợp để phát triển phần mềm độc quyền/thương mại khi bạn không muốn chia sẻ mã nguồn với bên thứ ba, hoặc không thể tuân thủ các điều khoản của GNU LGPL phiên bản 3.</p>'
 '<p>Qt theo giấy phép GNU LGPL phiên bản 3 phù hợp để phát triển các ứng dụng&nbsp;Qt, với điều kiện bạn tuân thủ các điều khoản và điều kiện của GNU LGPL phiên bản 3.</p>'
 '<p>Vui lòng xem <a href="http://%2/">%2</a> để biết tổng quan về giấy phép của Qt.</p>'
 '<p>Bản quyền (C) %1 The Qt Company Ltd và những người đóng góp khác.</p>'
 '<p>Qt và biểu trưng Qt là nhãn hiệu của The Qt Company Ltd.</p>'
 '<p>Qt là sản phẩm của The Qt Company Ltd, được phát triển dưới dạng dự án mã nguồn mở. Xem <a href="http://%3/">%3</a> để biết thêm thông tin.</p>')

# Translations by source text, shared by all contexts unless overridden in CTX_TR.
TR = {
 # --- buttons / common
 'OK': 'OK', '&OK': '&OK',
 '&Yes': '&Có', '&No': '&Không', 'Yes to &All': 'Có cho &tất cả', 'N&o to All': 'K&hông cho tất cả',
 'Help': 'Trợ giúp', 'Open': 'Mở', 'Save': 'Lưu', 'Save All': 'Lưu tất cả', 'Abort': 'Hủy bỏ',
 'Apply': 'Áp dụng', 'Close': 'Đóng', 'Reset': 'Đặt lại', 'Retry': 'Thử lại',
 'Restore Defaults': 'Khôi phục mặc định', 'Cancel': 'Hủy', 'Ignore': 'Bỏ qua', 'Discard': 'Bỏ qua',
 # QGnomeTheme
 '&Save': '&Lưu', '&Close': '&Đóng', '&Cancel': '&Hủy', 'Close without Saving': 'Đóng không lưu',
 # QMessageBox
 'Show Details...': 'Hiện chi tiết...', 'Hide Details...': 'Ẩn chi tiết...', 'About Qt': 'Giới thiệu về Qt',
 '<h3>About Qt</h3><p>This program uses Qt version %1.</p>': '<h3>Giới thiệu về Qt</h3><p>Chương trình này sử dụng Qt phiên bản %1.</p>',
 # QWizard
 '< &Back': '< &Quay lại', '&Next >': '&Tiếp >', '&Next': '&Tiếp', '&Finish': '&Hoàn tất', '&Help': 'Trợ &giúp',
 'Go Back': 'Quay lại', 'Continue': 'Tiếp tục', 'Commit': 'Xác nhận', 'Done': 'Xong',
 # QPrintPreviewDialog
 '%1%': '%1%', 'Print Preview': 'Xem trước khi in', 'Print': 'In', 'Fit page': 'Vừa trang', 'Fit width': 'Vừa chiều rộng',
 'Zoom in': 'Phóng to', 'Zoom out': 'Thu nhỏ', 'Landscape': 'Ngang', 'Portrait': 'Dọc',
 'Page Setup': 'Thiết lập trang', 'Page setup': 'Thiết lập trang',
 'Show overview of all pages': 'Hiện tổng quan các trang', 'Show single page': 'Hiện từng trang',
 'Show facing pages': 'Hiện hai trang đối diện', 'First page': 'Trang đầu', 'Last page': 'Trang cuối',
 'Previous page': 'Trang trước', 'Next page': 'Trang sau', 'Export to PDF': 'Xuất ra PDF',
 # QPageSetupWidget
 'CC': 'CC', 'DD': 'DD', 'in': 'in', 'mm': 'mm', 'pt': 'pt', 'P̸': 'P̸',
 'Form': 'Biểu mẫu', 'bottom margin': 'lề dưới', 'top margin': 'lề trên', 'left margin': 'lề trái', 'right margin': 'lề phải',
 'Paper': 'Giấy', 'Paper source:': 'Nguồn giấy:', 'Margins': 'Lề', 'Custom': 'Tùy chỉnh',
 'Page Layout': 'Bố cục trang', 'Width:': 'Chiều rộng:', 'Height:': 'Chiều cao:', 'Orientation': 'Hướng giấy',
 'Page order:': 'Thứ tự trang:', 'Page size:': 'Khổ giấy:', 'Pages per sheet:': 'Số trang mỗi tờ:',
 'Reverse portrait': 'Dọc ngược', 'Reverse landscape': 'Ngang ngược',
 'Pica (P̸)': 'Pica (P̸)', 'Didot (DD)': 'Didot (DD)', 'Cicero (CC)': 'Cicero (CC)',
 'Millimeters (mm)': 'Milimét (mm)', 'Points (pt)': 'Điểm (pt)', 'Inches (in)': 'Inch (in)',
 # QPrintDialog
 'Even Pages': 'Trang chẵn', 'Odd Pages': 'Trang lẻ', 'All Pages': 'Tất cả các trang',
 '&Options <<': 'Tùy &chọn <<', '&Options >>': 'Tùy &chọn >>', '&Print': '&In',
 'Left to Right, Top to Bottom': 'Trái sang phải, trên xuống dưới',
 'Right to Left, Bottom to Top': 'Phải sang trái, dưới lên trên',
 'Left to Right, Bottom to Top': 'Trái sang phải, dưới lên trên',
 'Right to Left, Top to Bottom': 'Phải sang trái, trên xuống dưới',
 'Bottom to Top, Left to Right': 'Dưới lên trên, trái sang phải',
 'Bottom to Top, Right to Left': 'Dưới lên trên, phải sang trái',
 'Top to Bottom, Left to Right': 'Trên xuống dưới, trái sang phải',
 'Top to Bottom, Right to Left': 'Trên xuống dưới, phải sang trái',
 'Write PDF file': 'Ghi ra tệp PDF',
 '1 (1x1)': '1 (1x1)', '2 (2x1)': '2 (2x1)', '4 (2x2)': '4 (2x2)', '6 (2x3)': '6 (2x3)', '9 (3x3)': '9 (3x3)', '16 (4x4)': '16 (4x4)',
 "Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\nPlease turn one of those options off.":
   'Không thể dùng đồng thời tùy chọn “Số trang mỗi tờ” và “Tập trang”.\nVui lòng tắt một trong hai tùy chọn này.',
 '%1 already exists.\nDo you want to overwrite it?': '%1 đã tồn tại.\nBạn có muốn ghi đè không?',
 'Local file': 'Tệp trên máy', 'Print to File (PDF)': 'In ra tệp (PDF)', 'Print To File ...': 'In ra tệp...',
 'Automatic': 'Tự động',
 "The 'From' value cannot be greater than the 'To' value.": 'Giá trị “Từ” không được lớn hơn giá trị “Đến”.',
 '%1 is a directory.\nPlease choose a different file name.': '%1 là một thư mục.\nVui lòng chọn tên tệp khác.',
 'File %1 is not writable.\nPlease choose a different file name.': 'Không thể ghi vào tệp %1.\nVui lòng chọn tên tệp khác.',
 "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.":
   "%1 không đúng cú pháp. Vui lòng dùng dấu ',' để phân tách các trang và khoảng trang, dấu '-' để chỉ một khoảng trang, và bảo đảm các khoảng không chồng lên nhau.",
 'Duplex Settings Conflicts': 'Xung đột thiết lập in hai mặt',
 'Invalid Pages Definition': 'Danh sách trang không hợp lệ',
 'There are conflicts in duplex settings. Do you want to fix them?': 'Thiết lập in hai mặt đang bị xung đột. Bạn có muốn sửa không?',
 # QPrintSettingsOutput
 'to': 'đến', 'Color': 'Màu', 'Print all': 'In tất cả', 'Current Page': 'Trang hiện tại', 'Selection': 'Vùng chọn',
 'Long side': 'Cạnh dài', 'Short side': 'Cạnh ngắn', 'Copies': 'Bản sao', 'Copies:': 'Số bản sao:',
 'Print range': 'Phạm vi in', 'Color Mode': 'Chế độ màu', 'Options': 'Tùy chọn', 'Output Settings': 'Thiết lập đầu ra',
 'Reverse': 'In ngược thứ tự', 'Grayscale': 'Thang độ xám', 'Collate': 'Đối chiếu', 'Pages from': 'Trang từ',
 'Page Set:': 'Tập trang:', 'Duplex Printing': 'In hai mặt', 'Double Sided Printing': 'In hai mặt',
 'Long side binding': 'Đóng gáy cạnh dài', 'Short side binding': 'Đóng gáy cạnh ngắn', 'Off': 'Tắt', 'Pages': 'Trang',
 'Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.':
   'Nhập các trang hoặc khoảng trang, cách nhau bằng dấu phẩy. Khoảng trang gồm hai số nối với nhau bằng dấu gạch ngang. Ví dụ: 3,5-7,9 sẽ in các trang 3, 5, 6, 7 và 9.',
 # QErrorMessage
 'Fatal Error:': 'Lỗi nghiêm trọng:', 'Critical Error:': 'Lỗi nghiêm trọng:', '&Show this message again': '&Hiện lại thông báo này',
 'Debug Message:': 'Thông báo gỡ lỗi:', 'Warning:': 'Cảnh báo:', 'Information:': 'Thông tin:',
 # QPrintWidget
 '...': '...', 'Type:': 'Loại:', '&Name:': '&Tên:', 'Output &file:': 'Tệp đầu &ra:', 'P&roperties': 'T&huộc tính',
 'Preview': 'Xem trước', 'Printer': 'Máy in', 'Location:': 'Vị trí:',
 # QCupsJobWidget
 'Job': 'Lệnh in', 'End:': 'Cuối:', 'Start:': 'Đầu:', 'Banner Pages': 'Trang bìa',
 'Night (18:00 to 05:59)': 'Ban đêm (18:00 đến 05:59)', 'Day (06:00 to 17:59)': 'Ban ngày (06:00 đến 17:59)',
 'Second Shift (16:00 to 23:59)': 'Ca hai (16:00 đến 23:59)', 'Third Shift (00:00 to 07:59)': 'Ca ba (00:00 đến 07:59)',
 'Weekend (Saturday to Sunday)': 'Cuối tuần (thứ Bảy đến Chủ nhật)', 'Specific Time': 'Thời điểm cụ thể',
 'Billing information:': 'Thông tin thanh toán:', 'Scheduled printing:': 'Hẹn giờ in:',
 'Standard': 'Tiêu chuẩn', 'Unclassified': 'Không mật', 'Confidential': 'Bảo mật', 'Classified': 'Mật',
 'Secret': 'Tối mật', 'Top Secret': 'Tuyệt mật',
 'Job Control': 'Điều khiển lệnh in', 'Hold Indefinitely': 'Giữ lại vô thời hạn', 'Print Immediately': 'In ngay',
 'Job priority:': 'Mức ưu tiên lệnh in:',
 # QScrollBar
 'Top': 'Trên cùng', 'Bottom': 'Dưới cùng', 'Scroll down': 'Cuộn xuống', 'Scroll up': 'Cuộn lên',
 'Scroll here': 'Cuộn đến đây', 'Scroll left': 'Cuộn sang trái', 'Scroll right': 'Cuộn sang phải',
 'Page up': 'Lên một trang', 'Page down': 'Xuống một trang', 'Page left': 'Sang trái một trang', 'Page right': 'Sang phải một trang',
 'Left edge': 'Cạnh trái', 'Right edge': 'Cạnh phải',
 # QFileDialog
 'Back': 'Quay lại', 'Forward': 'Đi tiếp', 'Go back': 'Quay lại', 'Go forward': 'Đi tiếp',
 'File': 'Tệp', 'Files': 'Tệp', '&Open': '&Mở', 'Alias': 'Bí danh', 'Drive': 'Ổ đĩa', 'Show ': 'Hiện ',
 "'%1' is write protected.\nDo you want to delete it anyway?": '“%1” đang được bảo vệ chống ghi.\nBạn vẫn muốn xóa mục này?',
 "Are you sure you want to delete '%1'?": 'Bạn có chắc muốn xóa “%1” không?',
 'List of places and bookmarks': 'Danh sách vị trí và dấu trang', 'File &name:': '&Tên tệp:',
 'Alt+Left': 'Alt+Left', 'Alt+Right': 'Alt+Right', 'Alt+Up': 'Alt+Up',
 'File Folder': 'Thư mục tệp', 'Folder': 'Thư mục', 'Directories': 'Thư mục', 'Directory:': 'Thư mục:',
 'Delete': 'Xóa', '&Delete': '&Xóa', 'Remove': 'Loại bỏ',
 'New Folder': 'Thư mục mới', '&New Folder': 'Thư mục &mới', 'Create a New Folder': 'Tạo thư mục mới', 'Create New Folder': 'Tạo thư mục mới',
 'Parent Directory': 'Thư mục cha', 'Go to the parent directory': 'Đi tới thư mục cha',
 'My Computer': 'Máy tính của tôi', 'Computer': 'Máy tính', 'Look in:': 'Tìm trong:', '%1 File': 'Tệp %1',
 'Files of type:': 'Loại tệp:', 'Find Directory': 'Tìm thư mục', 'Show &hidden files': '&Hiện tệp ẩn',
 'Save As': 'Lưu thành',
 '%1\nDirectory not found.\nPlease verify the correct directory name was given.': '%1\nKhông tìm thấy thư mục.\nVui lòng kiểm tra lại tên thư mục.',
 '%1\nFile not found.\nPlease verify the correct file name was given.': '%1\nKhông tìm thấy tệp.\nVui lòng kiểm tra lại tên tệp.',
 'Sidebar': 'Thanh bên', 'List View': 'Dạng danh sách', 'Detail View': 'Dạng chi tiết',
 'Change to list view mode': 'Chuyển sang dạng danh sách', 'Change to detail view mode': 'Chuyển sang dạng chi tiết',
 '&Choose': '&Chọn', 'All files (*)': 'Tất cả các tệp (*)', 'All Files (*)': 'Tất cả các tệp (*)',
 '&Rename': 'Đổi &tên', 'Could not delete directory.': 'Không thể xóa thư mục.', 'Unknown': 'Không xác định',
 '%1 already exists.\nDo you want to replace it?': '%1 đã tồn tại.\nBạn có muốn thay thế không?',
 'Recent Places': 'Vị trí gần đây', 'Shortcut': 'Lối tắt',
 # QFileSystemModel
 'Kind': 'Loại', 'Type': 'Loại', 'Name': 'Tên', 'Size': 'Kích thước',
 '%1 GB': '%1 GB', '%1 KB': '%1 KB', '%1 MB': '%1 MB', '%1 TB': '%1 TB', '%1 bytes': '%1 byte', '%1 byte(s)': '%1 byte',
 '<b>The name "%1" can not be used.</b><p>Try using another name, with fewer characters or no punctuations marks.':
   '<b>Không thể dùng tên “%1”.</b><p>Hãy thử tên khác ngắn hơn hoặc không có dấu câu.',
 '<b>The name "%1" cannot be used.</b><p>Try using another name, with fewer characters or no punctuation marks.':
   '<b>Không thể dùng tên “%1”.</b><p>Hãy thử tên khác ngắn hơn hoặc không có dấu câu.',
 'Invalid filename': 'Tên tệp không hợp lệ', 'Date Modified': 'Ngày sửa đổi',
 # QLineEdit / QWidgetTextControl
 'Cu&t': 'Cắ&t', '&Copy': '&Sao chép', '&Redo': '&Làm lại', '&Undo': '&Hoàn tác', '&Paste': '&Dán',
 'Select All': 'Chọn tất cả', 'Copy &Link Location': 'Sao chép địa chỉ liên &kết',
 # QAbstractSpinBox
 'Step &down': '&Giảm', '&Step up': 'Tă&ng', '&Select All': '&Chọn tất cả',
 # misc
 'Enter a value:': 'Nhập giá trị:',
 'Page': 'Trang', 'Advanced': 'Nâng cao',
 'There are conflicts in some options. Please fix them.': 'Một số tùy chọn đang bị xung đột. Vui lòng sửa lại.',
 'Job Options': 'Tùy chọn lệnh in', 'Printer Properties': 'Thuộc tính máy in',
 'Advanced Option Conflicts': 'Xung đột tùy chọn nâng cao', 'Page Setup Conflicts': 'Xung đột thiết lập trang',
 'There are conflicts in page setup options. Do you want to fix them?': 'Các tùy chọn thiết lập trang đang bị xung đột. Bạn có muốn sửa không?',
 'There are conflicts in some advanced options. Do you want to fix them?': 'Một số tùy chọn nâng cao đang bị xung đột. Bạn có muốn sửa không?',
 # QFontDialog
 '&Font': '&Phông chữ', '&Size': '&Cỡ chữ', 'Sample': 'Mẫu', 'Font st&yle': '&Kiểu chữ', 'Wr&iting System': '&Hệ chữ viết',
 'Select Font': 'Chọn phông chữ', '&Underline': '&Gạch chân', 'Effects': 'Hiệu ứng', 'Stri&keout': 'Gạch &ngang',
 # QColorDialog
 'Hu&e:': 'Sắc &màu:', '&Sat:': 'Độ bã&o hòa:', '&Val:': 'Độ sá&ng:',
 '&Red:': 'Đỏ (&R):', '&Green:': 'Lục (&G):', 'Bl&ue:': 'Lam (&U):', 'A&lpha channel:': 'Kênh &alpha:', '&HTML:': '&HTML:',
 'Select Color': 'Chọn màu', '&Basic colors': 'Màu &cơ bản', '&Custom colors': 'Màu &tùy chỉnh',
 '&Add to Custom Colors': 'Thêm &vào màu tùy chỉnh', '&Pick Screen Color': '&Lấy màu trên màn hình',
 'Pick Screen Color': 'Lấy màu trên màn hình',
 'Cursor at %1, %2\nPress ESC to cancel': 'Con trỏ tại %1, %2\nNhấn ESC để hủy',
 'Cursor at %1, %2, color: %3\nPress ESC to cancel': 'Con trỏ tại %1, %2, màu: %3\nNhấn ESC để hủy',
 # QDockWidget
 'Float': 'Tách rời', 'Undocks and re-attaches the dock widget': 'Tách ra và gắn lại khung neo',
 'Closes the dock widget': 'Đóng khung neo',
 # QUnicodeControlCharacterMenu
 'Insert Unicode control character': 'Chèn ký tự điều khiển Unicode',
 'LRM Left-to-right mark': 'LRM Dấu hướng trái sang phải',
 'RLM Right-to-left mark': 'RLM Dấu hướng phải sang trái',
 'ZWJ Zero width joiner': 'ZWJ Ký tự nối không độ rộng',
 'ZWNJ Zero width non-joiner': 'ZWNJ Ký tự ngắt nối không độ rộng',
 'ZWSP Zero width space': 'ZWSP Khoảng trắng không độ rộng',
 'LRE Start of left-to-right embedding': 'LRE Bắt đầu nhúng trái sang phải',
 'RLE Start of right-to-left embedding': 'RLE Bắt đầu nhúng phải sang trái',
 'LRO Start of left-to-right override': 'LRO Bắt đầu ép hướng trái sang phải',
 'RLO Start of right-to-left override': 'RLO Bắt đầu ép hướng phải sang trái',
 'PDF Pop directional formatting': 'PDF Kết thúc định dạng hướng',
 'LRI Left-to-right isolate': 'LRI Cô lập trái sang phải',
 'RLI Right-to-left isolate': 'RLI Cô lập phải sang trái',
 'FSI First strong isolate': 'FSI Cô lập theo ký tự mạnh đầu tiên',
 'PDI Pop directional isolate': 'PDI Kết thúc cô lập hướng',
}
# context-specific overrides
CTX_TR = {
 ('QCupsJobWidget', 'None'): 'Không có',
 ('QPrintSettingsOutput', 'None'): 'Không',
 ('QPageSetupWidget', 'Custom'): 'Tùy chỉnh',
}

def tr_for(ctx, src):
    if (ctx, src) in CTX_TR: return CTX_TR[(ctx, src)]
    if src.startswith('<p>Qt is a C++ toolkit'):
        if 'multiple licensing options' in src: return ABOUT_MULTI
        if 'GNU LGPL version 2.1' in src: return ABOUT3
        return ABOUT3_LGPL3ONLY
    if ctx == 'QPageSize':
        if src == 'Custom': return 'Tùy chỉnh'
        m = re.match(r'^Custom \((.*)\)$', src)
        if m: return 'Tùy chỉnh (%s)' % m.group(1)
        return src  # paper names (A4, B5, JIS B5, Letter, Legal ...) stay as is
    return TR.get(src)

def msg_key(m):
    c = m.find('comment')
    return (m.find('source').text, c.text if c is not None else None, m.get('numerus'))

def main(fr_path, out_path, extra_paths):
    root = ET.parse(fr_path).getroot()
    wanted = CTXS + EXTRA_CTXS + ['QPageSize']
    contexts = {}
    order = []
    for c in root.findall('context'):
        n = c.find('name').text
        if n not in wanted: continue
        if n not in contexts: contexts[n] = []; order.append(n)
        for m in c.findall('message'):
            if n == 'QPageSize' and not PAGESIZE_RE.match(m.find('source').text): continue
            contexts[n].append(msg_key(m))
    added = []
    # Messages that newer, maintained Debian translations carry but the stale French one lacks.
    for p in extra_paths:
        for c in ET.parse(p).getroot().findall('context'):
            n = c.find('name').text
            if n not in contexts or n == 'QPageSize': continue
            for m in c.findall('message'):
                k = msg_key(m)
                if k in contexts[n]: continue
                if tr_for(n, k[0]) is None: continue   # only strings we deliberately translate
                contexts[n].append(k); added.append((n, k[0]))
    missing = [c for c in wanted if c not in contexts]
    assert not missing, missing
    def esc(s):
        return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
                 .replace('"', '&quot;').replace("'", '&apos;'))
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<!DOCTYPE TS>',
           '<TS version="2.1" language="vi_VN" sourcelanguage="en">']
    nmsg = 0; untranslated = []
    for n in order:
        out.append('<context>'); out.append('    <name>%s</name>' % esc(n))
        for src, cm, num in contexts[n]:
            t = tr_for(n, src)
            if t is None: untranslated.append((n, src)); t = ''
            out.append('    <message%s>' % (' numerus="yes"' if num == 'yes' else ''))
            out.append('        <source>%s</source>' % esc(src))
            if cm is not None: out.append('        <comment>%s</comment>' % esc(cm))
            if num == 'yes':
                out.append('        <translation>'); out.append('            <numerusform>%s</numerusform>' % esc(t)); out.append('        </translation>')
            else:
                out.append('        <translation>%s</translation>' % esc(t))
            out.append('    </message>'); nmsg += 1
        out.append('</context>')
    out.append('</TS>')
    open(out_path, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print('contexts:', len(order), 'messages:', nmsg, file=sys.stderr)
    print('added from other translations:', len(added), file=sys.stderr)
    for a in added: print('  +', a, file=sys.stderr)
    if untranslated:
        print('UNTRANSLATED:', untranslated, file=sys.stderr); sys.exit(1)

if __name__ == '__main__':
    extras = [p for p in sorted(glob.glob('/tmp/cmp/qtbase_*.ts')) if not re.search(r'_(cs|sk|lv|fr|en)\.ts$', p)]
    main('/tmp/qtbase_fr.ts', '/work/i18n/qtbase_vi.ts', extras)
