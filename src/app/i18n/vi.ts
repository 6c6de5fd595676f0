/** Vietnamese, the source language: every key of the UI is defined here first. */
export const vi = {
  "app.name": "Tập huấn",
  "app.skipToContent": "Bỏ qua, đến nội dung chính",
  "app.language": "Ngôn ngữ",
  "app.languageName.vi": "Tiếng Việt",
  "app.languageName.en": "English",
  "status.online": "Trực tuyến",
  "status.offline": "Ngoại tuyến",
  "status.offlineHint": "Không có mạng — bạn vẫn xem được nội dung đã tải.",
  "update.available": "Có phiên bản mới",
  "update.reload": "Tải lại",
  "home.title": "Hội nghị của bạn",
  "home.empty": "Chưa có hội nghị nào trên máy này.",
  "home.howTo":
    "Hãy mở đường link mời (hoặc quét mã QR trên giấy mời) mà ban tổ chức đã gửi cho bạn.",
  "home.open": "Mở",
  "invite.signingIn": "Đang đăng nhập…",
  "invite.downloading": "Đang tải nội dung hội nghị về máy…",
  "invite.progress": "Đã tải {percent}%",
  "invite.failedTitle": "Không mở được đường link mời",
  "invite.retry": "Thử lại",
  "invite.goHome": "Về trang chủ",
  "agenda.title": "Chương trình",
  "agenda.welcome": "Xin chào, {name}",
  "agenda.room": "Phòng",
  "agenda.speakers": "Báo cáo viên",
  "agenda.break": "Giải lao",
  "agenda.materials": "Tài liệu",
  "agenda.noSessions": "Chương trình chưa được công bố.",
  "agenda.notOnDevice":
    "Hội nghị này chưa được tải về máy. Hãy mở đường link mời của bạn khi có mạng.",
  "agenda.updatedAt": "Cập nhật lúc {time}",
  "agenda.timeRange": "{start} – {end}",
  "notFound.title": "Không tìm thấy trang",
  "notFound.back": "Về trang chủ",
  "error.network": "Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.",
  "error.invite_malformed":
    "Đường link mời bị hỏng hoặc không đầy đủ. Hãy mở lại đúng đường link ban tổ chức gửi.",
  "error.invite_expired": "Đường link mời đã hết hạn. Hãy xin ban tổ chức một đường link mới.",
  "error.invite_revoked":
    "Đường link mời này đã được thay bằng link mới. Hãy dùng link mới nhất ban tổ chức gửi.",
  "error.not_found": "Không tìm thấy nội dung được yêu cầu.",
  "error.unauthenticated": "Bạn cần đăng nhập lại bằng đường link mời.",
  "error.forbidden": "Tài khoản này không được phép xem nội dung này.",
  "error.rate_limited": "Bạn thao tác quá nhanh. Hãy chờ một chút rồi thử lại.",
  "error.generic": "Đã có lỗi xảy ra. Hãy thử lại.",
} as const;

export type MessageKey = keyof typeof vi;
export type Dictionary = Record<MessageKey, string>;
