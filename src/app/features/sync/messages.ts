import type { FeatureMessages } from "../../i18n/featureMessages.ts";

type Key =
  | "badgePending"
  | "badgeProblem"
  | "badgeLabel"
  | "title"
  | "intro"
  | "syncNow"
  | "syncing"
  | "allSent"
  | "pendingHeading"
  | "parkedHeading"
  | "parkedHint"
  | "more"
  | "madeAt"
  | "attempts"
  | "lastSuccess"
  | "never"
  | "lastError"
  | "nextRetry"
  | "kindCheckin"
  | "kindQuiz"
  | "kindOther"
  | "problemNetwork"
  | "problemBusy"
  | "problemTooMany"
  | "problemSignedOut"
  | "problemRefused"
  | "problemQuota"
  | "problemDbClosed"
  | "problemOther"
  | "reason.not_allowed"
  | "reason.unknown_kind"
  | "reason.wrong_event"
  | "reason.invalid_payload"
  | "reason.invalid_op"
  | "reason.id_conflict"
  | "reason.other"
  | "loadFailed";

/** Strings of the sync page and the header's sync badge (loaded with them). */
export const syncMessages: FeatureMessages<Key> = {
  vi: {
    badgePending: "{count} chờ gửi",
    badgeProblem: "Lỗi đồng bộ",
    badgeLabel: "Đồng bộ: {count} mục chờ gửi",
    title: "Đồng bộ",
    intro:
      "Những gì bạn ghi trên máy khi không có mạng được giữ lại trên máy và gửi lên máy chủ ngay khi có mạng. Không có mục nào bị bỏ qua.",
    syncNow: "Đồng bộ ngay",
    syncing: "Đang gửi…",
    allSent: "Mọi thay đổi đã được gửi lên máy chủ.",
    pendingHeading: "Chờ gửi ({count})",
    parkedHeading: "Máy chủ không nhận ({count})",
    parkedHint:
      "Các mục này được giữ lại trên máy để Ban Tổ chức xem xét; chúng không cản các mục khác.",
    more: "… và {count} mục khác",
    madeAt: "Ghi lúc {when}",
    attempts: "đã thử gửi {count} lần",
    lastSuccess: "Lần gửi thành công gần nhất: {when}",
    never: "chưa có",
    lastError: "Lỗi gần nhất: {reason}",
    nextRetry: "Sẽ tự thử lại lúc {when}.",
    kindCheckin: "Điểm danh",
    kindQuiz: "Bài trắc nghiệm",
    kindOther: "Thay đổi ({kind})",
    problemNetwork: "Không kết nối được máy chủ (không có mạng hoặc mạng không ổn định).",
    problemBusy: "Máy chủ đang bận.",
    problemTooMany: "Có quá nhiều yêu cầu. Vui lòng chờ giây lát.",
    problemSignedOut:
      "Phiên đăng nhập đã hết hạn. Vui lòng mở lại đường link mời của bạn (đại biểu) hoặc đăng nhập lại (cán bộ); các mục chờ gửi vẫn được giữ trên máy.",
    problemRefused: "Máy chủ từ chối yêu cầu ({code}).",
    problemQuota:
      "Bộ nhớ của máy đã đầy nên chưa lưu được. Vui lòng xoá bớt tệp hoặc ứng dụng khác; máy sẽ tự thử lại.",
    problemDbClosed: "Mất kết nối tới dữ liệu trên máy. Đang mở lại và thử lại.",
    problemOther: "Đã có lỗi ({name}). Máy sẽ tự thử lại.",
    "reason.not_allowed": "tài khoản này không được phép ghi mục này",
    "reason.unknown_kind": "máy chủ không biết loại mục này (cần cập nhật ứng dụng hoặc máy chủ)",
    "reason.wrong_event": "mục này thuộc hội nghị khác",
    "reason.invalid_payload": "nội dung không hợp lệ",
    "reason.invalid_op": "mục không đúng định dạng",
    "reason.id_conflict": "trùng mã với một mục khác đã gửi",
    "reason.other": "máy chủ từ chối ({reason})",
    loadFailed: "Không đọc được danh sách trên máy: {reason}",
  },
  en: {
    badgePending: "{count} to send",
    badgeProblem: "Sync problem",
    badgeLabel: "Sync: {count} entries waiting to be sent",
    title: "Sync",
    intro:
      "What you record on this device with no network is kept on the device and sent to the server as soon as there is a network. Nothing is left out.",
    syncNow: "Sync now",
    syncing: "Sending…",
    allSent: "Every change has been sent to the server.",
    pendingHeading: "Waiting to be sent ({count})",
    parkedHeading: "Refused by the server ({count})",
    parkedHint:
      "These entries are kept on the device for the organisers to review; they do not hold back the others.",
    more: "… and {count} more",
    madeAt: "Recorded {when}",
    attempts: "{count} send attempts",
    lastSuccess: "Last successful send: {when}",
    never: "not yet",
    lastError: "Last error: {reason}",
    nextRetry: "Will try again at {when}.",
    kindCheckin: "Check-in",
    kindQuiz: "Quiz answers",
    kindOther: "Change ({kind})",
    problemNetwork: "Cannot reach the server (no network, or an unstable one).",
    problemBusy: "The server is busy.",
    problemTooMany: "Too many requests. Please wait a moment.",
    problemSignedOut:
      "Your sign-in has expired. Please open your invite link again (attendees) or sign in again (staff); the waiting entries stay on this device.",
    problemRefused: "The server refused the request ({code}).",
    problemQuota:
      "The device's storage is full, so it could not save. Please free some space (files, other apps); it will try again by itself.",
    problemDbClosed:
      "Lost the connection to the data on this device. Reopening it and trying again.",
    problemOther: "Something went wrong ({name}). It will try again by itself.",
    "reason.not_allowed": "this account may not record this",
    "reason.unknown_kind":
      "the server does not know this kind of entry (the app or server needs an update)",
    "reason.wrong_event": "this entry belongs to another event",
    "reason.invalid_payload": "its content is not valid",
    "reason.invalid_op": "the entry is malformed",
    "reason.id_conflict": "its id clashes with another entry already sent",
    "reason.other": "refused by the server ({reason})",
    loadFailed: "Could not read the list on this device: {reason}",
  },
};
