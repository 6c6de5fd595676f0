import * as v from "valibot";

/**
 * Issue 11: quizzes. The shapes staff author, attendees receive and devices submit.
 * A quiz is edited as one document (its fields and its questions in order, each with its
 * options in order): reordering questions or options is saving the document in the new order.
 */

export const questionKinds = ["single", "multiple", "truefalse"] as const;
export type QuestionKind = (typeof questionKinds)[number];
export const quizModes = ["practice", "graded"] as const;
export type QuizMode = (typeof quizModes)[number];
/** How a quiz opens: on its schedule, by the trainer's button, or once checked in to its session. */
export const quizOpenings = ["schedule", "manual", "after-checkin"] as const;
export type QuizOpening = (typeof quizOpenings)[number];
/** Results (score, keys, review) shown at once after scoring, or held until released. */
export const quizReleases = ["immediate", "held"] as const;
export type QuizRelease = (typeof quizReleases)[number];

export const MAX_QUESTIONS = 200;
export const MAX_OPTIONS = 10;
/** Allowance for device clock error after a time limit before an attempt is flagged late. */
export const LATE_GRACE_MS = 60_000;

const Uuid = v.pipe(v.string(), v.uuid("not a UUID"));
const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const Iso = v.pipe(v.string(), v.isoTimestamp());

export const QuizOption = v.object({
  id: Uuid,
  text: Text(500),
  correct: v.boolean(),
});
export type QuizOption = v.InferOutput<typeof QuizOption>;

/** A question as staff author it, with its key (`correct` on options). */
export const QuizQuestion = v.pipe(
  v.object({
    id: Uuid,
    kind: v.picklist(questionKinds),
    text: Text(2000),
    options: v.pipe(v.array(QuizOption), v.minLength(2), v.maxLength(MAX_OPTIONS)),
    points: v.pipe(v.number(), v.minValue(0.25), v.maxValue(100)),
    explanation: v.pipe(v.string(), v.trim(), v.maxLength(2000)),
  }),
  v.check((q) => q.options.some((o) => o.correct), "a question needs at least one correct option"),
  v.check(
    (q) => q.kind === "multiple" || q.options.filter((o) => o.correct).length === 1,
    "a single-choice or true/false question has exactly one correct option",
  ),
  v.check((q) => q.kind !== "truefalse" || q.options.length === 2, "true/false has two options"),
  v.check(
    (q) => new Set(q.options.map((o) => o.text.toLocaleLowerCase("vi"))).size === q.options.length,
    "two options of a question have the same text",
  ),
  v.check(
    (q) => new Set(q.options.map((o) => o.id)).size === q.options.length,
    "duplicate option id",
  ),
);
export type QuizQuestion = v.InferOutput<typeof QuizQuestion>;

const QuizFieldsEntries = {
  title: Text(300),
  sessionId: v.nullable(Uuid),
  mode: v.picklist(quizModes),
  /** Seconds; null = no limit. */
  timeLimitSec: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(30), v.maxValue(6 * 3600))),
  attemptsAllowed: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
  opens: v.picklist(quizOpenings),
  /** The schedule's window (used when `opens` is "schedule"). */
  opensAt: v.nullable(Iso),
  closesAt: v.nullable(Iso),
  release: v.picklist(quizReleases),
  /** Hidden from attendees until published. */
  published: v.boolean(),
};

/** POST /api/events/:slug/quizzes: a new quiz with its questions. */
export const CreateQuizBody = v.pipe(
  v.object({
    ...QuizFieldsEntries,
    questions: v.pipe(v.array(QuizQuestion), v.maxLength(MAX_QUESTIONS)),
  }),
  v.check(
    (q) => q.opens !== "schedule" || (q.opensAt !== null && q.closesAt !== null),
    "a scheduled quiz needs opensAt and closesAt",
  ),
  v.check(
    (q) => !q.opensAt || !q.closesAt || Date.parse(q.opensAt) < Date.parse(q.closesAt),
    "closesAt must be after opensAt",
  ),
  v.check(
    (q) => q.opens !== "after-checkin" || q.sessionId !== null,
    "opening after check-in needs a session",
  ),
  v.check(
    (q) => new Set(q.questions.map((x) => x.id)).size === q.questions.length,
    "duplicate question id",
  ),
  v.check(
    (q) => !q.published || q.questions.length > 0,
    "a published quiz needs at least one question",
  ),
);
export type CreateQuizBody = v.InferOutput<typeof CreateQuizBody>;

/** PUT /api/events/:slug/quizzes/:id: the whole document and the version the editor saw. */
export const UpdateQuizBody = v.intersect([
  CreateQuizBody,
  v.object({ version: v.pipe(v.number(), v.integer(), v.minValue(1)) }),
]);
export type UpdateQuizBody = v.InferOutput<typeof UpdateQuizBody>;

/** A quiz as staff see it. */
export interface StaffQuiz extends CreateQuizBody {
  id: string;
  version: number;
  /** Set while a "manual" quiz is open (the trainer's button). */
  openedAt: string | null;
  closedAt: string | null;
  releasedAt: string | null;
  /** Pre/post pairing: the other quiz of the pair and this quiz's role in it. */
  pairId: string | null;
  pairRole: "pre" | "post" | null;
  attempts: number;
}

/** An option as an attendee receives it: `correct` only when the key may be shown. */
export interface AttendeeOption {
  id: string;
  text: string;
  correct?: boolean;
}
export interface AttendeeQuestion {
  id: string;
  kind: QuestionKind;
  text: string;
  options: AttendeeOption[];
  points: number;
  /** Only with the key. */
  explanation?: string;
}

/** The attendee's own submitted attempt, as the server scored it (score only once released). */
export interface AttendeeAttempt {
  id: string;
  submittedAt: string;
  late: boolean;
  score: number | null;
  maxScore: number | null;
  /** Per question: the chosen options and whether right (only once released). */
  answers: { questionId: string; chosen: string[]; correct: boolean | null }[];
}

/** GET /api/events/:slug/my-quizzes: one quiz as an attendee receives it. */
export interface AttendeeQuiz {
  id: string;
  title: string;
  sessionId: string | null;
  mode: QuizMode;
  timeLimitSec: number | null;
  attemptsAllowed: number;
  opens: QuizOpening;
  opensAt: string | null;
  closesAt: string | null;
  /** Manual quizzes: open now (the trainer's button) or closed. */
  openedAt: string | null;
  closedAt: string | null;
  /** True when keys and scores are shown: practice quizzes always, graded ones once released. */
  keysShown: boolean;
  questions: AttendeeQuestion[];
  attempts: AttendeeAttempt[];
}

/** The payload of the "quiz.submit" op: one finished attempt, timed by the device. */
export const QuizSubmitPayload = v.object({
  attemptId: Uuid,
  quizId: Uuid,
  attendeeId: Uuid,
  startedAt: Iso,
  submittedAt: Iso,
  answers: v.pipe(
    v.array(
      v.object({
        questionId: Uuid,
        chosen: v.pipe(v.array(Uuid), v.maxLength(MAX_OPTIONS)),
        answeredAt: Iso,
      }),
    ),
    v.maxLength(MAX_QUESTIONS),
  ),
});
export type QuizSubmitPayload = v.InferOutput<typeof QuizSubmitPayload>;

/** What the server answers a scored submission with (score null while results are held). */
export interface QuizSubmitResult {
  attemptId: string;
  late: boolean;
  released: boolean;
  score: number | null;
  maxScore: number | null;
  answers: { questionId: string; correct: boolean }[] | null;
}

/** The change-feed topic of a stored quiz attempt (results screens reload on it). */
export const QUIZ_ATTEMPT_TOPIC = "quiz-attempt";

/** Why a submission is refused (op result `reason`). */
export const quizRejections = [
  "quiz_not_found",
  "quiz_not_open",
  "quiz_closed",
  "not_checked_in",
  "not_your_attempt",
  "attempts_exhausted",
  "unknown_question",
  "option_of_another_question",
  "several_options_on_single",
  "duplicate_answer",
] as const;
export type QuizRejection = (typeof quizRejections)[number];
