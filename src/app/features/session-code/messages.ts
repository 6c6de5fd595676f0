type Key = "title" | "howTo" | "changesIn" | "none" | "loading" | "qrLabel";

/** Strings of the session-code screen. */
const vi: Record<Key, string> = {
  title: "Mã điểm danh phiên",
  howTo: "Đại biểu mở “Tự điểm danh” trong ứng dụng, quét mã QR hoặc nhập 6 chữ số.",
  changesIn: "Mã đổi sau {s} giây",
  none: "Phiên này chưa có danh sách điểm danh. Ban Tổ chức tạo danh sách ở trang Điểm danh.",
  loading: "Đang mở mã phiên…",
  qrLabel: "Mã QR điểm danh phiên {title}",
};
const en: Record<Key, string> = {
  title: "Session check-in code",
  howTo: "Attendees open “Self check-in” in the app and scan the QR code or type the 6 digits.",
  changesIn: "Code changes in {s} s",
  none: "This session has no check-in list. The organisers create one on the Attendance page.",
  loading: "Opening the session code…",
  qrLabel: "Check-in QR code of the session {title}",
};

/** Vietnamese first, English key for key. */
export const sessionCodeMessages = { vi, en };
