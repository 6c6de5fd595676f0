// No import of the FeatureMessages type: e2e tests (compiled without JSX) read these strings.

const vi = {
  nav: "Các mục của hội nghị",
  menu: "Mục lục",
  backToEvents: "← Danh sách hội nghị",
  "section.overview": "Tổng quan",
  "section.agenda": "Chương trình",
  "section.agendaView": "Chương trình (xem)",
  "section.people": "Đại biểu",
  "section.door": "Máy điểm danh",
  "section.attendance": "Điểm danh",
  "section.quizzes": "Trắc nghiệm",
  "section.results": "Kết quả",
  when: "Ngày {dates}",
  place: "Tại {venue}",
  yourRole: "Vai trò của bạn: {role}",
  "role.admin": "Quản trị",
  "role.organiser": "Ban Tổ chức",
  "role.trainer": "Báo cáo viên",
  forbidden:
    "Tài khoản này không có quyền mở trang này. Vui lòng chọn một mục trong danh sách các mục của hội nghị.",
  noAccess:
    "Tài khoản này chưa được phân công ở hội nghị này. Vui lòng liên hệ Ban Tổ chức hoặc chọn hội nghị khác.",
  notFound: "Không có hội nghị này. Vui lòng kiểm tra lại đường link hoặc chọn trong danh sách.",
  loadFailed: "Không tải được thông tin hội nghị.",
  offline:
    "Không có mạng: chưa tải được số liệu và các mục của hội nghị. Trang này chỉ dùng được dữ liệu đã có trên máy.",
  "count.people": "Đại biểu",
  "count.invited": "Đã in giấy mời",
  "count.withDevice": "Đã mở đường link mời",
  "count.devices": "Số thiết bị đang dùng",
  "count.checkedIn": "Đã điểm danh",
  "count.sessions": "Phiên",
  "count.materials": "Tài liệu",
  countsTitle: "Số liệu",
  nextTitle: "Việc cần làm tiếp",
  "next.noPeople": "Chưa có đại biểu. Vui lòng nhập danh sách đại biểu (tệp CSV hoặc Excel).",
  "next.noSessions": "Chương trình chưa có phiên nào. Vui lòng thêm phiên.",
  "next.unpublished": "Hội nghị chưa công bố: đại biểu chưa xem được chương trình.",
  "next.notInvited": "{n} đại biểu chưa có giấy mời. Vui lòng in giấy mời và gửi đến đại biểu.",
  "next.noDevice": "{n} đại biểu đã có giấy mời nhưng chưa mở đường link mời trên máy.",
  "next.allSet":
    "Mọi đại biểu đã có giấy mời và đã mở đường link mời. Vào ngày hội nghị, vui lòng mở Máy điểm danh.",
  "next.trainer":
    "Vui lòng xem Chương trình và danh sách đại biểu; trong phiên của mình, mở Điểm danh và Trắc nghiệm.",
  go: "Mở",
  notYet: "—",
};

const en: Record<keyof typeof vi, string> = {
  nav: "Event sections",
  menu: "Menu",
  backToEvents: "← Events",
  "section.overview": "Overview",
  "section.agenda": "Agenda",
  "section.agendaView": "Agenda (view)",
  "section.people": "Attendees",
  "section.door": "Door scanner",
  "section.attendance": "Attendance",
  "section.quizzes": "Quizzes",
  "section.results": "Results",
  when: "Dates: {dates}",
  place: "At {venue}",
  yourRole: "Your role: {role}",
  "role.admin": "Administrator",
  "role.organiser": "Organiser",
  "role.trainer": "Trainer",
  forbidden:
    "This account may not open this page. Please choose one of the event's sections instead.",
  noAccess:
    "This account has no role in this event. Please ask the organisers, or choose another event.",
  notFound: "There is no such event. Please check the link or choose from the list.",
  loadFailed: "The event could not be loaded.",
  offline:
    "No network: the event's figures and sections could not be loaded. This page can use only what this device holds.",
  "count.people": "Attendees",
  "count.invited": "Invitations printed",
  "count.withDevice": "Opened the invite link",
  "count.devices": "Devices in use",
  "count.checkedIn": "Checked in",
  "count.sessions": "Sessions",
  "count.materials": "Materials",
  countsTitle: "Figures",
  nextTitle: "What to do next",
  "next.noPeople": "No attendees yet. Please import the attendee list (a CSV or Excel file).",
  "next.noSessions": "The agenda has no sessions yet. Please add sessions.",
  "next.unpublished": "The event is not published: attendees cannot see the agenda yet.",
  "next.notInvited": "{n} attendees have no invitation yet. Please print and hand out invitations.",
  "next.noDevice": "{n} attendees have an invitation but have not opened the invite link yet.",
  "next.allSet":
    "Every attendee has an invitation and opened the invite link. On the day, please open the door scanner.",
  "next.trainer":
    "Please look through the agenda and the attendee list; in your session, open Attendance and Quizzes.",
  go: "Open",
  notYet: "—",
};

/** Strings of the event hub (issue 13). */
export const hubMessages = { vi, en };
