import type { FeatureMessages } from "../../i18n/featureMessages.ts";

type Key =
  | "backToAgenda"
  | "title"
  | "label"
  | "placeholder"
  | "count"
  | "countLimited"
  | "preparing"
  | "none"
  | "kindSession"
  | "kindMaterial"
  | "notOnDevice";

/** Strings of the search screen (loaded with it, not with the agenda). */
export const searchMessages: FeatureMessages<Key> = {
  vi: {
    backToAgenda: "← Về chương trình",
    title: "Tìm kiếm",
    label: "Tìm trong chương trình và tài liệu",
    placeholder: "Ví dụ: nghi quyet 22",
    count: "{count} kết quả",
    countLimited: "Hiển thị {shown} trong {count} kết quả",
    preparing: "Đang chuẩn bị tìm kiếm…",
    none: "Không tìm thấy kết quả cho “{query}”.",
    kindSession: "Phiên",
    kindMaterial: "Tài liệu",
    notOnDevice:
      "Hội nghị này chưa được tải về máy. Vui lòng mở đường link mời của bạn khi có mạng.",
  },
  en: {
    backToAgenda: "← Back to the agenda",
    title: "Search",
    label: "Search the agenda and materials",
    placeholder: "For example: nghi quyet 22",
    count: "{count} results",
    countLimited: "Showing {shown} of {count} results",
    preparing: "Getting search ready…",
    none: "Nothing found for “{query}”.",
    kindSession: "Session",
    kindMaterial: "Material",
    notOnDevice: "This event is not on this device yet. Open your invite link while online.",
  },
};
