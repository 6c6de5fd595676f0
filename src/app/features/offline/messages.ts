import type { FeatureMessages } from "../../i18n/featureMessages.ts";

const vi = {
  title: "Tài liệu",
  eventState: "Tệp đã có trên máy: {have}/{all} · {haveSize} / {allSize}",
  allOffline: "Mọi tài liệu của hội nghị đã có trên máy, đọc được khi không có mạng.",
  textOnly: "Văn bản — luôn đọc được khi không có mạng",
  available: "✓ Đã có trên máy",
  notAvailable: "Chưa có trên máy",
  downloadAll: "Tải tất cả về máy",
  resume: "Tải tiếp phần còn lại",
  downloadOne: "Tải về máy: {title}",
  downloadOneShort: "Tải về máy",
  downloading: "Đang tải tài liệu về máy",
  progress: "{done} / {total} ({percent}%)",
  done: "Đã tải xong. Bạn có thể đọc mọi tài liệu khi không có mạng.",
  stoppedNetwork:
    "Mất kết nối khi đang tải. Những tệp đã tải vẫn còn; chạm “Tải tiếp phần còn lại” khi có mạng.",
  stoppedHttp: "Không tải được “{title}”: {reason}",
  stoppedQuota: "Máy đã hết dung lượng dành cho ứng dụng. Các tệp sau chưa có trên máy:",
  unsupported:
    "Trình duyệt này không cho ứng dụng lưu tệp (cần mở ứng dụng qua HTTPS). Tệp PDF và ảnh chỉ xem được khi có mạng; văn bản vẫn đọc được khi không có mạng.",
  willNotFit: "Không đủ dung lượng trống cho các tệp sau; chúng sẽ chưa có trên máy:",
  storageTitle: "Bộ nhớ trên máy",
  persisted: "Trình duyệt đã cho phép lưu lâu dài: tài liệu sẽ không bị tự động xóa.",
  notPersisted:
    "Trình duyệt chưa cho phép lưu lâu dài. Khi máy thiếu dung lượng, trình duyệt có thể xóa các tài liệu đã tải về (khi đó cần tải lại lúc có mạng) và cả chương trình hội nghị (sẽ tự tải lại khi có mạng). Nếu được, vui lòng cài ứng dụng vào màn hình chính.",
  persistUnknown: "Trình duyệt không cho biết dữ liệu có được lưu lâu dài hay không.",
  usage: "Đang dùng {usage} trên {quota} trình duyệt cho phép.",
  materials: "Danh sách tài liệu",
  none: "Hội nghị chưa có tài liệu.",
} as const;

/** Strings of the offline screen and of the per-file offline state. */
export const offlineMessages: FeatureMessages<keyof typeof vi> = {
  vi,
  en: {
    title: "Materials & offline download",
    eventState: "Files available offline: {have}/{all} · {haveSize} / {allSize}",
    allOffline: "Every material of the event is on this device and readable without a network.",
    textOnly: "Text — always available offline",
    available: "✓ Available offline",
    notAvailable: "Not on this device",
    downloadAll: "Download everything for offline reading",
    resume: "Download the rest",
    downloadOne: "Download to this device: {title}",
    downloadOneShort: "Download",
    downloading: "Downloading materials to this device",
    progress: "{done} / {total} ({percent}%)",
    done: "Done. You can read every material without a network.",
    stoppedNetwork:
      "The connection dropped while downloading. Finished files are kept; press “Download the rest” when you are online.",
    stoppedHttp: "Could not download “{title}”: {reason}",
    stoppedQuota: "The device has no more space for the app. These files are not on it:",
    unsupported:
      "This browser does not let the app keep files (the app must be opened over HTTPS). PDFs and images open only online; texts still read offline.",
    willNotFit: "There is not enough free space for these files; they will not be on the device:",
    storageTitle: "Storage on this device",
    persisted:
      "The browser keeps the app's data for good: materials will not be removed on their own.",
    notPersisted:
      "The browser has not promised to keep the app's data. When space runs low, it may delete the downloaded materials (download them again when online) and the agenda (downloaded again by itself when online). If you can, install the app to the home screen.",
    persistUnknown: "The browser does not say whether the data is kept for good.",
    usage: "Using {usage} of the {quota} the browser allows.",
    materials: "Materials",
    none: "The event has no materials yet.",
  },
};
