import Dexie from "dexie";
import { describe, expect, it } from "vitest";
import { format } from "../../i18n/i18n.tsx";
import { NetworkError } from "../../sync/api.ts";
import {
  PushRefusedError,
  PushRetryableError,
  PushSignedOutError,
} from "../../sync/push/errors.ts";
import { syncMessages } from "./messages.ts";
import { entryLabel, parkedReason, syncProblem } from "./syncProblem.ts";

const m = syncMessages.vi;
const t = (key: keyof typeof m, params?: Record<string, string | number>) => format(m[key], params);

describe("syncProblem", () => {
  it("says what happened and what to do, for each failure of a push", () => {
    expect(syncProblem(t, new NetworkError("x"))).toBe(m.problemNetwork);
    expect(syncProblem(t, new PushSignedOutError())).toBe(m.problemSignedOut);
    expect(syncProblem(t, new PushRetryableError(429, 5000))).toBe(m.problemTooMany);
    expect(syncProblem(t, new PushRetryableError(503, null))).toBe(m.problemBusy);
    expect(syncProblem(t, new PushRefusedError(413, "payload_too_large"))).toBe(
      format(m.problemRefused, { code: "payload_too_large" }),
    );
    expect(syncProblem(t, new Dexie.QuotaExceededError("full"))).toBe(m.problemQuota);
    expect(syncProblem(t, new Dexie.DatabaseClosedError("closed"))).toBe(m.problemDbClosed);
    expect(syncProblem(t, new TypeError("odd"))).toBe(
      format(m.problemOther, { name: "TypeError" }),
    );
  });

  it("names refusals and kinds in plain words, unknown ones by their code", () => {
    expect(parkedReason(t, "not_allowed")).toBe(m["reason.not_allowed"]);
    expect(parkedReason(t, "ticket_revoked")).toBe(
      format(m["reason.other"], { reason: "ticket_revoked" }),
    );
    expect(entryLabel(t, "checkin.scan")).toBe(m.kindCheckin);
    expect(entryLabel(t, "quiz.submit")).toBe(m.kindQuiz);
    expect(entryLabel(t, "test.note")).toBe(format(m.kindOther, { kind: "test.note" }));
  });

  it("has every string in English too", () => {
    expect(Object.keys(syncMessages.en).sort()).toEqual(Object.keys(m).sort());
  });
});
