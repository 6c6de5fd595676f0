import type { FeatureMessages } from "../../i18n/featureMessages.ts";

export type QuizMessageKey = Key;
type Key =
  | "backToAgenda"
  | "backToList"
  | "title"
  | "none"
  | "notOnDevice"
  | "stateLocked"
  | "stateOpen"
  | "stateDoing"
  | "stateSubmitted"
  | "stateScored"
  | "practice"
  | "graded"
  | "questionOf"
  | "questions"
  | "timeLimitMinutes"
  | "timeLimitMinutesSeconds"
  | "noTimeLimit"
  | "attemptsOf"
  | "timeLeft"
  | "timeUp"
  | "previous"
  | "next"
  | "submit"
  | "confirmSubmit"
  | "start"
  | "resume"
  | "chooseOne"
  | "chooseMany"
  | "right"
  | "wrong"
  | "explanation"
  | "submittedWaiting"
  | "score"
  | "late"
  | "answerSaved"
  | "answerSent"
  | "answerScored"
  | "reviewTitle"
  | "yourAnswer"
  | "lockedHint"
  | "checkinHint"
  | "checkinLink"
  | "refreshFailed"
  | "notSignedIn"
  | "refused"
  | "reason.not_checked_in"
  | "reason.quiz_not_found"
  | "reason.quiz_not_open"
  | "reason.quiz_closed"
  | "reason.not_your_attempt"
  | "reason.attempts_exhausted"
  | "reason.answers"
  | "reason.other";

/** Strings of the attendee's quiz screens (loaded with them, not with the agenda). */
export const quizMessages: FeatureMessages<Key> = {
  vi: {
    backToAgenda: "← Về chương trình",
    backToList: "← Các bài trắc nghiệm",
    title: "Trắc nghiệm",
    none: "Hội nghị chưa có bài trắc nghiệm nào.",
    notOnDevice:
      "Hội nghị này chưa được tải về máy. Vui lòng mở đường link mời của bạn khi có mạng.",
    stateLocked: "Khóa",
    stateOpen: "Đang mở",
    stateDoing: "Đang làm",
    stateSubmitted: "Đã nộp",
    stateScored: "Đã chấm",
    practice: "Ôn tập",
    graded: "Tính điểm",
    questionOf: "Câu {n}/{total}",
    questions: "{count} câu",
    timeLimitMinutes: "làm trong {minutes} phút",
    timeLimitMinutesSeconds: "làm trong {minutes} phút {seconds} giây",
    noTimeLimit: "không giới hạn thời gian",
    attemptsOf: "đã làm {used}/{allowed} lần",
    timeLeft: "Còn lại {time}",
    timeUp: "Đã hết giờ. Vui lòng nộp bài.",
    previous: "← Câu trước",
    next: "Câu sau →",
    submit: "Nộp bài",
    confirmSubmit: "Sau khi nộp, bạn không sửa được câu trả lời. Chạm “Nộp bài” lần nữa để nộp.",
    start: "Bắt đầu làm bài",
    resume: "Làm tiếp",
    chooseOne: "Chọn một phương án",
    chooseMany: "Chọn tất cả các phương án đúng",
    right: "Đúng",
    wrong: "Chưa đúng",
    explanation: "Giải thích: {text}",
    submittedWaiting: "Đã nộp — điểm sẽ có sau khi đồng bộ.",
    score: "Điểm: {score}/{max}",
    late: "Nộp sau thời gian làm bài",
    answerSaved: "Đã lưu trên máy",
    answerSent: "Đã gửi",
    answerScored: "Đã chấm",
    reviewTitle: "Xem lại bài làm",
    yourAnswer: "Bạn chọn: {answer}",
    lockedHint: "Bài chưa mở. Báo cáo viên sẽ mở bài khi đến giờ.",
    checkinHint: "Bài mở sau khi bạn điểm danh vào phiên này.",
    checkinLink: "Tự điểm danh vào phiên (quét mã QR hoặc nhập 6 chữ số)",
    refreshFailed:
      "Chưa cập nhật được danh sách bài (không có mạng). Đang dùng bản đã có trên máy.",
    notSignedIn: "Máy này chưa đăng nhập với tư cách đại biểu. Vui lòng mở đường link mời của bạn.",
    refused: "Máy chủ không nhận bài nộp: {reason}. Bài làm không được tính.",
    "reason.not_checked_in":
      "máy chủ chưa có điểm danh của bạn vào phiên này. Vui lòng điểm danh bằng mã phiên rồi làm lại",
    "reason.quiz_not_found": "bài trắc nghiệm không còn",
    "reason.quiz_not_open": "bài chưa mở khi bạn bắt đầu làm",
    "reason.quiz_closed": "bài đã đóng trước khi bạn nộp",
    "reason.not_your_attempt": "bài làm không phải của bạn",
    "reason.attempts_exhausted": "bạn đã dùng hết số lần làm bài",
    "reason.answers": "câu trả lời không khớp với đề (đề đã được sửa)",
    "reason.other": "lỗi {code}",
  },
  en: {
    backToAgenda: "← Back to the agenda",
    backToList: "← All quizzes",
    title: "Quizzes",
    none: "This event has no quizzes yet.",
    notOnDevice: "This event is not on this device yet. Please open your invite link while online.",
    stateLocked: "Locked",
    stateOpen: "Open",
    stateDoing: "In progress",
    stateSubmitted: "Submitted",
    stateScored: "Scored",
    practice: "Practice",
    graded: "Graded",
    questionOf: "Question {n} of {total}",
    questions: "{count} questions",
    timeLimitMinutes: "{minutes} min to answer",
    timeLimitMinutesSeconds: "{minutes} min {seconds} s to answer",
    noTimeLimit: "no time limit",
    attemptsOf: "{used} of {allowed} attempts used",
    timeLeft: "{time} left",
    timeUp: "Time is up. Please submit.",
    previous: "← Previous",
    next: "Next →",
    submit: "Submit",
    confirmSubmit: "You cannot change your answers after submitting. Tap “Submit” again to submit.",
    start: "Start",
    resume: "Continue",
    chooseOne: "Choose one option",
    chooseMany: "Choose every correct option",
    right: "Correct",
    wrong: "Not correct",
    explanation: "Explanation: {text}",
    submittedWaiting: "Submitted — your score will come after syncing.",
    score: "Score: {score}/{max}",
    late: "Submitted after the time limit",
    answerSaved: "Saved on this device",
    answerSent: "Sent",
    answerScored: "Scored",
    reviewTitle: "Review",
    yourAnswer: "Your answer: {answer}",
    lockedHint: "Not open yet. The trainer will open it when it is time.",
    checkinHint: "Opens once you check in to this session.",
    checkinLink: "Check in to the session (scan the QR code or type the 6 digits)",
    refreshFailed: "Could not update the quiz list (no network). Showing what is on this device.",
    notSignedIn: "This device is not signed in as an attendee. Please open your invite link.",
    refused: "The server did not accept this submission: {reason}. It does not count.",
    "reason.not_checked_in":
      "it has no check-in of yours to this session. Please check in with the session code and take the quiz again",
    "reason.quiz_not_found": "the quiz no longer exists",
    "reason.quiz_not_open": "the quiz was not open when you started",
    "reason.quiz_closed": "the quiz was closed before you submitted",
    "reason.not_your_attempt": "the attempt is not yours",
    "reason.attempts_exhausted": "you have used all your attempts",
    "reason.answers": "the answers do not match the questions (the quiz was edited)",
    "reason.other": "error {code}",
  },
};
