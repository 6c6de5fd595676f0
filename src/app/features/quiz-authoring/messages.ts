import type { FeatureMessages } from "../../i18n/featureMessages.ts";

type Key =
  | "title"
  | "resultsOverview"
  | "create"
  | "newTitle"
  | "noSession"
  | "none"
  | "edit"
  | "results"
  | "duplicate"
  | "pair"
  | "open"
  | "close"
  | "release"
  | "delete"
  | "practice"
  | "graded"
  | "draft"
  | "published"
  | "isOpen"
  | "isClosed"
  | "released"
  | "attempts"
  | "pre"
  | "post"
  | "backToList"
  | "fieldTitle"
  | "fieldSession"
  | "fieldMode"
  | "fieldTimeLimit"
  | "fieldAttempts"
  | "fieldOpens"
  | "opensSchedule"
  | "opensManual"
  | "opensCheckin"
  | "fieldOpensAt"
  | "fieldClosesAt"
  | "fieldRelease"
  | "releaseImmediate"
  | "releaseHeld"
  | "fieldPublished"
  | "question"
  | "questionText"
  | "kind"
  | "kindSingle"
  | "kindMultiple"
  | "kindTrueFalse"
  | "points"
  | "explanationField"
  | "option"
  | "correct"
  | "addOption"
  | "addQuestion"
  | "remove"
  | "up"
  | "down"
  | "save"
  | "saved"
  | "previewAsAttendee"
  | "hidePreview"
  | "importTitle"
  | "importHelp"
  | "importFile"
  | "importProblems"
  | "importRow"
  | "importAdd"
  | "importNone"
  | "errHasAnswers"
  | "errConflict"
  | "errTemplate"
  | "errValidation"
  | "errOther"
  | "participation"
  | "submitted"
  | "checkedIn"
  | "roster"
  | "mean"
  | "median"
  | "histogram"
  | "range"
  | "count"
  | "perQuestion"
  | "correctRate"
  | "mostWrong"
  | "difficulty"
  | "discrimination"
  | "perAttendee"
  | "name"
  | "unit"
  | "score"
  | "late"
  | "allUnits"
  | "exportAttendees"
  | "exportQuestions"
  | "live"
  | "gains"
  | "gainUnit"
  | "prePercent"
  | "postPercent"
  | "gain"
  | "meanGain"
  | "noPairs"
  | "quiz"
  | "meanPercent"
  | "yes"
  | "no";

/** Strings of the trainer's quiz screens (staff code, loaded with them). */
export const authoringMessages: FeatureMessages<Key> = {
  vi: {
    title: "Trắc nghiệm",
    resultsOverview: "Kết quả",
    create: "Tạo bài trắc nghiệm",
    newTitle: "Bài trắc nghiệm mới",
    noSession: "Không gắn với phiên nào",
    none: "Chưa có bài trắc nghiệm nào.",
    edit: "Sửa",
    results: "Kết quả",
    duplicate: "Nhân bản",
    pair: "Tạo bài kiểm tra cuối giờ",
    open: "Mở bài",
    close: "Đóng bài",
    release: "Công bố kết quả",
    delete: "Xóa",
    practice: "Ôn tập",
    graded: "Tính điểm",
    draft: "Bản nháp",
    published: "Đã đăng",
    isOpen: "Đang mở",
    isClosed: "Đã đóng",
    released: "Đã công bố kết quả",
    attempts: "{count} bài nộp",
    pre: "Đầu giờ",
    post: "Cuối giờ",
    backToList: "← Các bài trắc nghiệm",
    fieldTitle: "Tên bài",
    fieldSession: "Phiên",
    fieldMode: "Hình thức",
    fieldTimeLimit: "Thời gian làm bài (phút, để trống nếu không giới hạn)",
    fieldAttempts: "Số lần được làm",
    fieldOpens: "Cách mở bài",
    opensSchedule: "Theo lịch",
    opensManual: "Báo cáo viên mở bằng nút trên màn hình",
    opensCheckin: "Khi đại biểu điểm danh vào phiên",
    fieldOpensAt: "Mở lúc",
    fieldClosesAt: "Đóng lúc",
    fieldRelease: "Kết quả",
    releaseImmediate: "Cho xem ngay khi chấm",
    releaseHeld: "Giữ lại đến khi công bố",
    fieldPublished: "Đăng cho đại biểu",
    question: "Câu {n}",
    questionText: "Nội dung câu hỏi",
    kind: "Loại câu",
    kindSingle: "Một lựa chọn",
    kindMultiple: "Nhiều lựa chọn",
    kindTrueFalse: "Đúng/Sai",
    points: "Điểm",
    explanationField: "Giải thích",
    option: "Phương án {n}",
    correct: "Đúng",
    addOption: "Thêm phương án",
    addQuestion: "Thêm câu hỏi",
    remove: "Bỏ",
    up: "Lên",
    down: "Xuống",
    save: "Lưu",
    saved: "Đã lưu.",
    previewAsAttendee: "Xem như đại biểu",
    hidePreview: "Ẩn bản xem trước",
    importTitle: "Nhập câu hỏi từ tệp",
    importHelp: "Tệp CSV (UTF-8) hoặc XLSX theo mẫu: Câu hỏi, Loại, A–F, Đáp án, Điểm, Giải thích.",
    importFile: "Chọn tệp mẫu câu hỏi",
    importProblems: "Các dòng có lỗi (không được thêm)",
    importRow: "Dòng {row}",
    importAdd: "Thêm {count} câu hỏi hợp lệ",
    importNone: "Tệp không có câu hỏi hợp lệ.",
    errHasAnswers:
      "Bài tính điểm này đã có người nộp nên không sửa được. Vui lòng nhân bản rồi sửa bản sao.",
    errConflict: "Bài đã được người khác sửa. Vui lòng tải lại trang rồi sửa lại.",
    errTemplate:
      "Tệp không đúng mẫu câu hỏi. Vui lòng dùng mẫu có dòng tiêu đề Câu hỏi, A, B, Đáp án.",
    errValidation: "Chưa lưu được: {detail}",
    errOther: "Chưa thực hiện được. Vui lòng thử lại.",
    participation: "Tham gia",
    submitted: "Đã nộp",
    checkedIn: "Đã điểm danh vào phiên",
    roster: "Trong danh sách",
    mean: "Điểm trung bình",
    median: "Trung vị",
    histogram: "Phân bố điểm",
    range: "Khoảng điểm (%)",
    count: "Số người",
    perQuestion: "Theo câu hỏi",
    correctRate: "Tỉ lệ đúng",
    mostWrong: "Phương án sai chọn nhiều nhất",
    difficulty: "Độ khó",
    discrimination: "Độ phân biệt",
    perAttendee: "Theo đại biểu",
    name: "Họ và tên",
    unit: "Đơn vị",
    score: "Điểm",
    late: "Nộp muộn",
    allUnits: "Tất cả đơn vị",
    exportAttendees: "Tải CSV theo đại biểu",
    exportQuestions: "Tải CSV theo câu hỏi",
    live: "Tự cập nhật khi có bài nộp mới",
    gains: "Tiến bộ đầu giờ – cuối giờ",
    gainUnit: "Theo đơn vị",
    prePercent: "Đầu giờ (%)",
    postPercent: "Cuối giờ (%)",
    gain: "Tiến bộ (điểm %)",
    meanGain: "Tiến bộ trung bình: {gain} điểm %",
    noPairs: "Chưa có cặp bài đầu giờ – cuối giờ.",
    quiz: "Bài",
    meanPercent: "Trung bình (%)",
    yes: "có",
    no: "không",
  },
  en: {
    title: "Quizzes",
    resultsOverview: "Results",
    create: "New quiz",
    newTitle: "New quiz",
    noSession: "No session",
    none: "No quizzes yet.",
    edit: "Edit",
    results: "Results",
    duplicate: "Duplicate",
    pair: "Make the post-test",
    open: "Open",
    close: "Close",
    release: "Release results",
    delete: "Delete",
    practice: "Practice",
    graded: "Graded",
    draft: "Draft",
    published: "Published",
    isOpen: "Open",
    isClosed: "Closed",
    released: "Results released",
    attempts: "{count} submitted",
    pre: "Pre-test",
    post: "Post-test",
    backToList: "← All quizzes",
    fieldTitle: "Title",
    fieldSession: "Session",
    fieldMode: "Mode",
    fieldTimeLimit: "Time limit (minutes, empty for none)",
    fieldAttempts: "Attempts allowed",
    fieldOpens: "Opens",
    opensSchedule: "On a schedule",
    opensManual: "When the trainer opens it",
    opensCheckin: "When the attendee checks in to the session",
    fieldOpensAt: "Opens at",
    fieldClosesAt: "Closes at",
    fieldRelease: "Results",
    releaseImmediate: "Shown once scored",
    releaseHeld: "Held until released",
    fieldPublished: "Published to attendees",
    question: "Question {n}",
    questionText: "Question",
    kind: "Kind",
    kindSingle: "Single choice",
    kindMultiple: "Multiple choice",
    kindTrueFalse: "True/false",
    points: "Points",
    explanationField: "Explanation",
    option: "Option {n}",
    correct: "Correct",
    addOption: "Add option",
    addQuestion: "Add question",
    remove: "Remove",
    up: "Up",
    down: "Down",
    save: "Save",
    saved: "Saved.",
    previewAsAttendee: "Preview as attendee",
    hidePreview: "Hide preview",
    importTitle: "Import questions from a file",
    importHelp:
      "CSV (UTF-8) or XLSX on the template: Câu hỏi, Loại, A–F, Đáp án, Điểm, Giải thích.",
    importFile: "Choose a question template file",
    importProblems: "Rows with problems (not added)",
    importRow: "Row {row}",
    importAdd: "Add {count} valid questions",
    importNone: "The file has no valid questions.",
    errHasAnswers:
      "This graded quiz already has answers and cannot be changed. Please duplicate it and edit the copy.",
    errConflict:
      "Someone else changed this quiz. Please reload the page and make your change again.",
    errTemplate:
      "The file is not a question template. Please use the template with the header Câu hỏi, A, B, Đáp án.",
    errValidation: "Not saved: {detail}",
    errOther: "That did not work. Please try again.",
    participation: "Participation",
    submitted: "Submitted",
    checkedIn: "Checked in to the session",
    roster: "On the roster",
    mean: "Mean score",
    median: "Median",
    histogram: "Score distribution",
    range: "Score range (%)",
    count: "People",
    perQuestion: "By question",
    correctRate: "Correct rate",
    mostWrong: "Most chosen wrong option",
    difficulty: "Difficulty",
    discrimination: "Discrimination",
    perAttendee: "By attendee",
    name: "Name",
    unit: "Unit",
    score: "Score",
    late: "Late",
    allUnits: "All units",
    exportAttendees: "Download CSV by attendee",
    exportQuestions: "Download CSV by question",
    live: "Updates by itself when answers arrive",
    gains: "Pre-test to post-test gains",
    gainUnit: "By unit",
    prePercent: "Pre (%)",
    postPercent: "Post (%)",
    gain: "Gain (% points)",
    meanGain: "Mean gain: {gain} % points",
    noPairs: "No pre/post pairs yet.",
    quiz: "Quiz",
    meanPercent: "Mean (%)",
    yes: "yes",
    no: "no",
  },
};
