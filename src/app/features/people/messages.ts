// No import of the FeatureMessages type: e2e tests (compiled without JSX) read these strings.

const vi = {
  search: "Tìm theo tên",
  searchHint: "Gõ có dấu hay không dấu đều được.",
  stateFilter: "Tình trạng",
  "state.all": "Tất cả",
  "state.notInvited": "Chưa mời",
  "state.opened": "Đã mở đường link",
  "state.noDevice": "Chưa có máy",
  shown: "Đang hiện {n} / {total} đại biểu",
  noMatch: "Không có đại biểu nào khớp với bộ lọc.",
  printFiltered: "Giấy mời và thẻ đại biểu sẽ chỉ in cho những đại biểu đang hiện.",
  "warning.invalid_email": "Không lưu email không hợp lệ ({value})",
  "print.to": "Kính mời đồng chí:",
  "print.attend": "Tham dự {title}",
  "print.when": "Ngày {dates}",
  "print.where": "Tại {venue}",
  "print.how":
    "Vui lòng quét mã QR bằng camera điện thoại (hoặc gõ đường link dưới đây) để nhận chương trình, tài liệu và mã điểm danh của hội nghị.",
  "print.localLinks":
    "Chưa nên in: đường link mời đang trỏ tới {origin}, điện thoại của đại biểu không mở được.",
  "print.useLan":
    "Vui lòng khởi động lại máy chủ với PUBLIC_URL={lanUrl} (địa chỉ của máy này trong mạng nội bộ), rồi tải lại trang này.",
  "print.noLan":
    "Máy chủ đang chỉ nhận kết nối từ chính máy này: vui lòng khởi động lại với HOST=0.0.0.0 và PUBLIC_URL là địa chỉ mạng của máy, rồi tải lại trang này.",
  "warning.shared_phone":
    "Số điện thoại {value} dùng chung với {name}: chỉ lưu cho {name}, vẫn nhập người này",
};

const en: Record<keyof typeof vi, string> = {
  search: "Search by name",
  searchHint: "With or without Vietnamese diacritics.",
  stateFilter: "State",
  "state.all": "All",
  "state.notInvited": "Not invited",
  "state.opened": "Opened the invite link",
  "state.noDevice": "No device yet",
  shown: "Showing {n} of {total} attendees",
  noMatch: "No attendee matches the filter.",
  printFiltered: "Invitations and badges will be printed for the attendees shown only.",
  "warning.invalid_email": "The invalid e-mail is left out ({value})",
  "print.to": "Dear",
  "print.attend": "You are invited to {title}",
  "print.when": "Dates: {dates}",
  "print.where": "At {venue}",
  "print.how":
    "Please scan the QR code with your phone's camera (or type the link below) to get the event's agenda, materials and check-in code.",
  "print.localLinks":
    "Do not print yet: the invite links point at {origin}, which attendees' phones cannot open.",
  "print.useLan":
    "Please restart the server with PUBLIC_URL={lanUrl} (this computer on the local network), then reload this page.",
  "print.noLan":
    "The server accepts connections from this computer only: please restart it with HOST=0.0.0.0 and PUBLIC_URL set to the computer's network address, then reload this page.",
  "warning.shared_phone":
    "Phone {value} is shared with {name}: kept for {name} only; this person is still imported",
};

/** The people screen's search and filters (issue 13). */
export const peopleMessages = { vi, en };
