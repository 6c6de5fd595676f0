import { checkinOpKinds } from "../checkin/opKinds.ts";
import { quizSubmit } from "../quiz/submit.ts";
import type { OpKind } from "./opKind.ts";

/**
 * Every op kind the server accepts, by name. Each feature contributes its kinds here
 * (check-in, quizzes); tests may build an app with extra kinds of their own.
 */
export const opKinds: Record<string, OpKind> = {
  ...checkinOpKinds,
  // Issue 11: a finished quiz attempt, scored by the server.
  "quiz.submit": quizSubmit,
};
