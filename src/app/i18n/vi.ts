/** Vietnamese, the source language: every key of the attendee's UI is defined here first. */
export const vi = {
  "app.name": "Tập huấn",
  "app.skipToContent": "Bỏ qua, đến nội dung chính",
  "app.language": "Ngôn ngữ",
  "app.languageName.vi": "Tiếng Việt",
  "app.languageName.en": "English",
  "status.online": "Có mạng",
  "status.offline": "Không có mạng",
  "status.offlineHint": "Không có mạng — bạn vẫn xem được nội dung đã tải về máy.",
  "update.available": "Có phiên bản mới",
  "update.reload": "Tải lại",
  "home.title": "Hội nghị của bạn",
  "home.empty": "Chưa có hội nghị nào trên máy này.",
  "home.howTo":
    "Vui lòng mở đường link mời (hoặc quét mã QR trên giấy mời) mà Ban Tổ chức đã gửi cho bạn.",
  "home.open": "Mở",
  "invite.signingIn": "Đang đăng nhập…",
  "invite.downloading": "Đang tải nội dung hội nghị về máy…",
  "invite.progress": "Đã tải {percent}%",
  "invite.failedTitle": "Không mở được đường link mời",
  "invite.retry": "Thử lại",
  "invite.goHome": "Về trang chủ",
  "agenda.title": "Chương trình",
  "agenda.welcome": "Kính chào {name}",
  "agenda.room": "Phòng",
  "agenda.speakers": "Báo cáo viên",
  "agenda.break": "Giải lao",
  "agenda.materials": "Tài liệu",
  "agenda.noSessions": "Chương trình chưa được công bố.",
  "agenda.notOnDevice":
    "Hội nghị này chưa được tải về máy. Vui lòng mở đường link mời của bạn khi có mạng.",
  "agenda.updatedAt": "Cập nhật lúc {time}",
  "agenda.timeRange": "{start} – {end}",
  "notFound.title": "Không tìm thấy trang",
  "notFound.back": "Về trang chủ",
  "error.network": "Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.",
  "error.invite_malformed":
    "Đường link mời bị hỏng hoặc không đầy đủ. Vui lòng mở lại đúng đường link mời Ban Tổ chức đã gửi.",
  "error.invite_expired":
    "Đường link mời đã hết hạn. Vui lòng liên hệ Ban Tổ chức để nhận đường link mời mới.",
  "error.invite_revoked":
    "Đường link mời này đã được thay bằng một đường link mời mới. Vui lòng dùng đường link mời mới nhất Ban Tổ chức đã gửi.",
  "error.not_found": "Không tìm thấy nội dung được yêu cầu.",
  "error.unauthenticated": "Bạn cần đăng nhập lại bằng đường link mời.",
  "error.forbidden": "Tài khoản này không được phép xem nội dung này.",
  "error.rate_limited": "Có quá nhiều yêu cầu. Vui lòng chờ giây lát rồi thử lại.",
  "error.invalid_credentials": "Sai tên đăng nhập hoặc mật khẩu.",
  "error.generic": "Đã có lỗi xảy ra. Vui lòng thử lại.",
  "error.internal": "Máy chủ đang gặp sự cố. Vui lòng thử lại sau ít phút.",
  "agenda.search": "Tìm kiếm",
  "agenda.quizzes": "Trắc nghiệm",
  "agenda.offlineLink": "Tài liệu & tải về máy",
  "agenda.now": "Đang diễn ra",
  "agenda.next": "Tiếp theo",
  "agenda.changed": "Mới cập nhật",
  "agenda.all": "Tất cả",
  "agenda.mine": "Của tôi ({count})",
  "agenda.mineEmpty":
    "Bạn chưa chọn phiên nào. Chạm ☆ ở một phiên để thêm vào chương trình của bạn.",
  "agenda.star": "Chương trình của tôi: {title}",
  "error.conflict":
    "Thay đổi của bạn chưa được lưu. Người khác đã sửa mục này trong lúc bạn đang soạn. Vui lòng tải lại bản mới nhất rồi sửa lại.",
  "error.slug_taken":
    "Đã có hội nghị dùng địa chỉ ngắn này trong đường link. Vui lòng chọn địa chỉ khác.",
  "error.file_too_large": "Tệp lớn hơn 50 MB. Vui lòng nén hoặc chia nhỏ tệp rồi tải lên lại.",
  "error.file_type_unsupported":
    "Chỉ nhận tệp PDF, PNG, JPEG hoặc WebP (kiểm tra theo nội dung tệp, không theo tên).",
  "error.validation_failed": "Dữ liệu chưa hợp lệ. Vui lòng kiểm tra lại các ô đã nhập.",
  "error.wrong_password": "Mật khẩu hiện tại không đúng.",
  "error.same_password": "Mật khẩu mới phải khác mật khẩu hiện tại.",
  "error.payload_too_large": "Tệp quá lớn.",
  "error.not_a_roster": "Tệp này không phải danh sách đại biểu (cần tệp CSV hoặc Excel .xlsx).",
  "error.roster_xls":
    "Tệp Excel cũ (.xls): vui lòng mở bằng Excel, lưu lại dưới dạng .xlsx hoặc CSV UTF-8 rồi tải lên tệp đó.",
  "error.roster_no_header": 'Không tìm thấy dòng tiêu đề có cột "Họ và tên" trong tệp.',
  "error.roster_changed":
    "Danh sách trên máy chủ vừa thay đổi. Vui lòng xem lại bản xem trước rồi xác nhận lại.",
  "error.device_limit":
    "Đường link mời này đã được mở trên một máy khác. Vui lòng liên hệ Ban Tổ chức để được dùng thêm máy.",
  "error.no_ticket": "Chưa có mã điểm danh cho đại biểu này.",
  "ticket.none": "Chưa có mã điểm danh trên máy này. Vui lòng mở trang này một lần khi có mạng.",
  "ticket.qrLabel": "Mã điểm danh (mã QR) của {name}",
  "ticket.brightness": "Vui lòng tăng độ sáng màn hình tối đa khi đưa mã cho Ban Tổ chức quét.",
  "ticket.selfCheckin": "Điểm danh vào phiên (mã của báo cáo viên) →",
  "ticket.back": "← Về chương trình",
  "ticket.fullscreen": "Toàn màn hình",
  "ticket.revoked":
    "Mã điểm danh của bạn đã bị thu hồi. Vui lòng liên hệ Ban Tổ chức để được cấp mã mới.",
  "agenda.loading": "Đang tải chương trình…",
  "agenda.syncFailed": "Không cập nhật được: {reason}",
  "agenda.reopenInvite":
    "phiên đăng nhập đã hết hạn hoặc đường link mời đã bị thu hồi. Vui lòng mở lại đường link mời của bạn.",
  "agenda.eventNotFound": "Không có hội nghị nào ở địa chỉ này. Vui lòng kiểm tra lại đường link.",
  "error.version_ahead": "Máy chủ có dữ liệu cũ hơn máy này.",
  // Issue 12: hardening.
  "error.invalid_characters": "Dữ liệu có ký tự không hợp lệ. Vui lòng kiểm tra lại.",
  "error.cross_origin":
    "Yêu cầu bị từ chối vì không gửi từ trang của ứng dụng. Vui lòng tải lại trang.",
  "error.plan_hash_required": "Vui lòng xem trước danh sách rồi mới nhập.",
  "error.roster_too_many_rows":
    "Tệp có quá nhiều dòng. Vui lòng chia thành nhiều tệp nhỏ hơn rồi nhập lần lượt.",
  "error.roster_too_large":
    "Tệp Excel khi giải nén quá lớn. Vui lòng lưu lại dưới dạng CSV hoặc chia nhỏ tệp.",
  "error.login_busy":
    "Máy chủ đang bận kiểm tra nhiều lượt đăng nhập. Vui lòng thử lại sau vài giây.",
  "error.event_not_published":
    "Hội nghị này chưa được công bố. Vui lòng thử lại sau khi Ban Tổ chức công bố.",
  "nav.label": "Các mục của hội nghị",
  "nav.agenda": "Chương trình",
  "nav.materials": "Tài liệu",
  "nav.ticket": "Mã điểm danh",
  "nav.quizzes": "Trắc nghiệm",
  "agenda.about": "Giới thiệu hội nghị",
  "agenda.today": "Hôm nay",
  "ticket.exitFullscreen": "Thoát toàn màn hình",
} as const;

export type MessageKey = keyof typeof vi;
export type Dictionary = Record<MessageKey, string>;
