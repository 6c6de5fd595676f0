type Key =
  | "title"
  | "noPack"
  | "downloadPack"
  | "packAge"
  | "packRefreshFailed"
  | "list"
  | "noLists"
  | "counter"
  | "valid"
  | "validAgain"
  | "already"
  | "thisDevice"
  | "otherDevice"
  | "deviceNo"
  | "selfDevice"
  | "red.not_a_ticket"
  | "red.malformed"
  | "red.unsupported_version"
  | "red.wrong_event"
  | "red.unknown_key"
  | "red.bad_signature"
  | "red.revoked"
  | "red.session_code"
  | "red.unknown_attendee"
  | "invalid"
  | "recent"
  | "annul"
  | "annulled"
  | "annulReason"
  | "annulConfirm"
  | "annulCancel"
  | "manualTitle"
  | "manualPlaceholder"
  | "manualAdmit"
  | "manualNone";

/** Strings of the door page (máy điểm danh), loaded with it. */
const vi: Record<Key, string> = {
  title: "Máy điểm danh",
  noPack:
    "Máy này chưa có dữ liệu điểm danh của hội nghị. Vui lòng tải về máy khi có mạng để điểm danh không cần mạng.",
  downloadPack: "Tải dữ liệu điểm danh về máy",
  packAge: "Dữ liệu điểm danh cập nhật lúc {time}",
  packRefreshFailed:
    "Chưa cập nhật được dữ liệu điểm danh (không có mạng?). Vẫn điểm danh được bằng dữ liệu trên máy.",
  list: "Điểm danh cho",
  noLists:
    "Ban Tổ chức chưa tạo danh sách điểm danh nào. Vui lòng tạo danh sách ở trang Điểm danh khi có mạng.",
  counter: "Đã vào: {n}",
  valid: "Hợp lệ",
  validAgain: "Hợp lệ (vào lại)",
  already: "Đã vào lúc {time} ({device})",
  thisDevice: "máy này",
  otherDevice: "máy khác",
  deviceNo: "máy {n}",
  selfDevice: "tự điểm danh",
  "red.not_a_ticket": "Không phải mã điểm danh của hội nghị",
  "red.malformed": "Không phải mã điểm danh của hội nghị",
  "red.unsupported_version": "Mã điểm danh của phiên bản khác, không đọc được",
  "red.wrong_event": "Mã điểm danh của hội nghị khác",
  "red.unknown_key":
    "Mã điểm danh không rõ nguồn (khóa ký lạ). Vui lòng cập nhật dữ liệu điểm danh",
  "red.bad_signature": "Mã điểm danh giả hoặc đã bị sửa",
  "red.revoked": "Mã điểm danh đã bị thu hồi (đã cấp mã mới)",
  "red.session_code": "Đây là mã phiên để đại biểu tự điểm danh, không phải mã điểm danh",
  "red.unknown_attendee":
    "Không có đại biểu này trong dữ liệu trên máy. Vui lòng cập nhật dữ liệu điểm danh",
  invalid: "Không hợp lệ",
  recent: "20 lượt quét gần nhất",
  annul: "Hủy",
  annulled: "Đã hủy: {reason}",
  annulReason: "Lý do hủy",
  annulConfirm: "Hủy lượt quét",
  annulCancel: "Giữ lại",
  manualTitle: "Tìm theo tên",
  manualPlaceholder: "Ví dụ: nguyen van an",
  manualAdmit: "Điểm danh",
  manualNone: "Không tìm thấy đại biểu nào.",
};

const en: Record<Key, string> = {
  title: "Check-in phone",
  noPack:
    "This device has no check-in data for the event yet. Please download it while online to check people in with no network.",
  downloadPack: "Download check-in data",
  packAge: "Check-in data updated at {time}",
  packRefreshFailed:
    "Could not update the check-in data (no network?). Checking in still works with the data on this device.",
  list: "Checking in for",
  noLists:
    "The organisers have not created any check-in list yet. Please create one on the Attendance page while online.",
  counter: "In: {n}",
  valid: "Valid",
  validAgain: "Valid (re-entry)",
  already: "Already in at {time} ({device})",
  thisDevice: "this device",
  otherDevice: "another device",
  deviceNo: "device {n}",
  selfDevice: "self check-in",
  "red.not_a_ticket": "Not a check-in code of this event",
  "red.malformed": "Not a check-in code of this event",
  "red.unsupported_version": "A check-in code of another version, cannot be read",
  "red.wrong_event": "A check-in code of another event",
  "red.unknown_key":
    "Check-in code of unknown origin (unknown signing key). Please update the check-in data",
  "red.bad_signature": "Forged or altered check-in code",
  "red.revoked": "This check-in code was revoked (a new one was issued)",
  "red.session_code": "This is a session code for self check-in, not a check-in code",
  "red.unknown_attendee":
    "This attendee is not in the data on this device. Please update the check-in data",
  invalid: "Not valid",
  recent: "Last 20 scans",
  annul: "Cancel",
  annulled: "Cancelled: {reason}",
  annulReason: "Reason",
  annulConfirm: "Cancel this scan",
  annulCancel: "Keep it",
  manualTitle: "Find by name",
  manualPlaceholder: "For example: nguyen van an",
  manualAdmit: "Check in",
  manualNone: "No attendee found.",
};

/** Vietnamese first, English key for key (a FeatureMessages; no import, so Node tests can read it). */
export const doorMessages = { vi, en };
