type Key =
  | "starting"
  | "denied"
  | "deniedIos"
  | "deniedIosHome"
  | "noCamera"
  | "lost"
  | "retry"
  | "torch"
  | "camera"
  | "photo"
  | "photoNone";

/** Strings of the QR scanner (door page and attendee self check-in). */
const vi: Record<Key, string> = {
  starting: "Đang mở máy ảnh…",
  denied:
    "Máy ảnh chưa được cho phép. Vui lòng chạm biểu tượng ổ khóa cạnh địa chỉ trang, cho phép Máy ảnh rồi chạm “Thử lại”.",
  deniedIos:
    "Máy ảnh chưa được cho phép. Trên iPhone: vào Cài đặt → Safari → Máy ảnh, chọn Cho phép, rồi mở lại trang.",
  deniedIosHome:
    "Máy ảnh chưa được cho phép cho ứng dụng trên màn hình chính. Vui lòng vào Cài đặt → Safari → Máy ảnh → Cho phép, đóng hẳn ứng dụng rồi mở lại.",
  noCamera: "Không tìm thấy máy ảnh. Vui lòng dùng “Quét từ ảnh” hoặc tìm theo tên.",
  lost: "Máy ảnh vừa bị ngắt. Các lượt quét đã ghi vẫn còn nguyên.",
  retry: "Thử lại",
  torch: "Đèn",
  camera: "Máy ảnh",
  photo: "Quét từ ảnh",
  photoNone: "Không thấy mã QR nào trong ảnh.",
};

const en: Record<Key, string> = {
  starting: "Opening the camera…",
  denied:
    "The camera is not allowed. Please tap the lock icon beside the address, allow the Camera, then tap “Try again”.",
  deniedIos:
    "The camera is not allowed. On iPhone: Settings → Safari → Camera → Allow, then open the page again.",
  deniedIosHome:
    "The camera is not allowed for the home-screen app. Please go to Settings → Safari → Camera → Allow, close the app fully and open it again.",
  noCamera: "No camera found. Please use “Scan from a photo” or find by name.",
  lost: "The camera was disconnected. Scans already recorded are kept.",
  retry: "Try again",
  torch: "Torch",
  camera: "Camera",
  photo: "Scan from a photo",
  photoNone: "No QR code found in the photo.",
};

/** Vietnamese first, English key for key (a FeatureMessages; no import, so Node tests can read it). */
export const scannerMessages = { vi, en };
