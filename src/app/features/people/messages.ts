// No import of the FeatureMessages type: e2e tests (compiled without JSX) read these strings.

const vi = {
  search: "Tìm theo tên",
  searchHint: "Gõ có dấu hay không dấu đều được.",
  stateFilter: "Tình trạng",
  "state.all": "Tất cả",
  "state.notInvited": "Chưa mời",
  "state.opened": "Đã mở đường link",
  "state.noDevice": "Chưa có máy",
  shown: "Đang hiện {n} / {total} đại biểu",
  noMatch: "Không có đại biểu nào khớp với bộ lọc.",
  printFiltered: "Giấy mời và thẻ đại biểu sẽ chỉ in cho những đại biểu đang hiện.",
  "warning.invalid_email": "Không lưu email không hợp lệ ({value})",
  "warning.shared_phone":
    "Số điện thoại {value} dùng chung với {name}: chỉ lưu cho {name}, vẫn nhập người này",
};

const en: Record<keyof typeof vi, string> = {
  search: "Search by name",
  searchHint: "With or without Vietnamese diacritics.",
  stateFilter: "State",
  "state.all": "All",
  "state.notInvited": "Not invited",
  "state.opened": "Opened the invite link",
  "state.noDevice": "No device yet",
  shown: "Showing {n} of {total} attendees",
  noMatch: "No attendee matches the filter.",
  printFiltered: "Invitations and badges will be printed for the attendees shown only.",
  "warning.invalid_email": "The invalid e-mail is left out ({value})",
  "warning.shared_phone":
    "Phone {value} is shared with {name}: kept for {name} only; this person is still imported",
};

/** The people screen's search and filters (issue 13). */
export const peopleMessages = { vi, en };
