type Key =
  | "title"
  | "backToAgenda"
  | "notSignedIn"
  | "scan"
  | "stopScan"
  | "session"
  | "pickSession"
  | "digits"
  | "submit"
  | "notOurs"
  | "noSessions"
  | "mine"
  | "noneMine"
  | "pending"
  | "confirmed"
  | "rejected"
  | "reason.code_expired"
  | "reason.wrong_session"
  | "reason.bad_code"
  | "reason.unknown_list"
  | "reason.not_a_session_list"
  | "reason.other";

/** Strings of the attendee's self check-in screen. */
const vi: Record<Key, string> = {
  title: "Tự điểm danh",
  backToAgenda: "← Về chương trình",
  notSignedIn:
    "Máy này chưa đăng nhập vào hội nghị. Vui lòng mở đường link mời của bạn khi có mạng.",
  scan: "Quét mã QR của phiên",
  stopScan: "Tắt máy ảnh",
  session: "Phiên",
  pickSession: "Chọn phiên",
  digits: "Hoặc nhập 6 chữ số trên màn hình",
  submit: "Điểm danh",
  notOurs: "Đây không phải mã điểm danh phiên. Vui lòng quét mã QR trên màn hình của phiên.",
  noSessions: "Chưa có phiên nào nhận tự điểm danh. Vui lòng quét mã QR trên màn hình của phiên.",
  mine: "Điểm danh của tôi",
  noneMine: "Bạn chưa điểm danh phiên nào trên máy này.",
  pending: "chờ xác nhận",
  confirmed: "đã xác nhận",
  rejected: "bị từ chối: {reason}",
  "reason.code_expired": "mã đã hết hạn (mã đổi mỗi 30 giây; vui lòng quét lại mã đang hiện)",
  "reason.wrong_session": "mã của phiên khác",
  "reason.bad_code": "mã không đúng",
  "reason.unknown_list": "phiên không còn nhận điểm danh",
  "reason.not_a_session_list": "không phải danh sách của phiên",
  "reason.other": "máy chủ không nhận ({code})",
};
const en: Record<Key, string> = {
  title: "Self check-in",
  backToAgenda: "← Back to the agenda",
  notSignedIn:
    "This device is not signed in to the event. Please open your invite link while online.",
  scan: "Scan the session's QR code",
  stopScan: "Turn the camera off",
  session: "Session",
  pickSession: "Choose a session",
  digits: "Or type the 6 digits on the screen",
  submit: "Check in",
  notOurs: "This is not a session check-in code. Please scan the QR code on the session's screen.",
  noSessions:
    "No session takes self check-in yet. Please scan the QR code on the session's screen.",
  mine: "My check-ins",
  noneMine: "No check-ins on this device yet.",
  pending: "awaiting confirmation",
  confirmed: "confirmed",
  rejected: "refused: {reason}",
  "reason.code_expired":
    "the code had expired (it changes every 30 s; please scan the code shown now)",
  "reason.wrong_session": "the code of another session",
  "reason.bad_code": "wrong code",
  "reason.unknown_list": "the session no longer takes check-ins",
  "reason.not_a_session_list": "not a session's list",
  "reason.other": "the server refused it ({code})",
};

/** Vietnamese first, English key for key. */
export const checkinMessages = { vi, en };
