type Key =
  | "title"
  | "loadFailed"
  | "attendees"
  | "present"
  | "absent"
  | "duplicates"
  | "byUnit"
  | "unit"
  | "absentees"
  | "phone"
  | "noLists"
  | "lists"
  | "addEntry"
  | "entryTitle"
  | "addSession"
  | "reentry"
  | "add"
  | "remove"
  | "showCode"
  | "review"
  | "reviewNone"
  | "reviewFirst"
  | "reviewAgain"
  | "deviceNo"
  | "selfDevice"
  | "confirm"
  | "annul"
  | "annulReason"
  | "queued"
  | "export"
  | "door"
  | "live";

/** Strings of the attendance dashboard. */
const vi: Record<Key, string> = {
  title: "Điểm danh",
  loadFailed: "Chưa tải được số liệu điểm danh. Vui lòng kiểm tra mạng rồi tải lại trang.",
  attendees: "{n} đại biểu",
  present: "Có mặt",
  absent: "Vắng",
  duplicates: "Lượt quét trùng: {n}",
  byUnit: "Theo đơn vị",
  unit: "Đơn vị",
  absentees: "Đại biểu vắng",
  phone: "Số điện thoại",
  noLists:
    "Chưa có danh sách điểm danh. Ban Tổ chức tạo danh sách vào hội trường hoặc cho từng phiên.",
  lists: "Danh sách điểm danh",
  addEntry: "Tạo danh sách vào hội trường",
  entryTitle: "Vào hội trường",
  addSession: "Tạo danh sách cho phiên",
  reentry: "Cho phép vào lại",
  add: "Tạo",
  remove: "Xóa",
  showCode: "Mở mã phiên",
  review: "Cần xem lại",
  reviewNone: "Không có mã điểm danh nào được nhận hai lần.",
  reviewFirst: "Lần đầu: {time} ({device})",
  reviewAgain: "Lần sau: {time} ({device})",
  deviceNo: "máy {n}",
  selfDevice: "điện thoại người dự",
  confirm: "Xác nhận",
  annul: "Hủy lượt sau",
  annulReason: "Lý do hủy",
  queued: "Đã ghi, sẽ đồng bộ",
  export: "Tải danh sách điểm danh (CSV, mở bằng Excel)",
  door: "Mở máy điểm danh",
  live: "Tự cập nhật khi có điểm danh mới",
};
const en: Record<Key, string> = {
  title: "Attendance",
  loadFailed: "Could not load attendance. Please check the network and reload the page.",
  attendees: "{n} attendees",
  present: "Present",
  absent: "Absent",
  duplicates: "Duplicate scans: {n}",
  byUnit: "By unit",
  unit: "Unit",
  absentees: "Absent attendees",
  phone: "Phone",
  noLists: "No check-in list yet. The organisers create an entry list or one per session.",
  lists: "Check-in lists",
  addEntry: "Create the entry list",
  entryTitle: "Entry to the hall",
  addSession: "Create a list for the session",
  reentry: "Allow re-entry",
  add: "Create",
  remove: "Delete",
  showCode: "Open the session code",
  review: "To review",
  reviewNone: "No check-in code was admitted twice.",
  reviewFirst: "First: {time} ({device})",
  reviewAgain: "Again: {time} ({device})",
  deviceNo: "device {n}",
  selfDevice: "attendee's phone",
  confirm: "Confirm",
  annul: "Cancel the later scan",
  annulReason: "Reason",
  queued: "Recorded, will sync",
  export: "Download the attendance list (CSV, opens in Excel)",
  door: "Open the check-in phone",
  live: "Updates itself when people check in",
};

/** Vietnamese first, English key for key. */
export const attendanceMessages = { vi, en };
