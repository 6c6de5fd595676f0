import type { FeatureMessages } from "../../i18n/featureMessages.ts";

type Key = "backToAgenda" | "usedIn" | "file" | "openPdf" | "openFile" | "notOnDevice";

/** Strings of the material screen (loaded with it, not with the agenda). */
export const materialMessages: FeatureMessages<Key> = {
  vi: {
    backToAgenda: "← Về chương trình",
    usedIn: "Dùng trong phiên",
    file: "Tệp đính kèm",
    openPdf: "Mở tệp PDF",
    openFile: "Mở tệp",
    notOnDevice: "Tài liệu này không có trên máy (có thể Ban Tổ chức đã gỡ bỏ).",
  },
  en: {
    backToAgenda: "← Back to the agenda",
    usedIn: "Used in",
    file: "Attached file",
    openPdf: "Open the PDF",
    openFile: "Open the file",
    notOnDevice: "This material is not on this device (the organisers may have removed it).",
  },
};
