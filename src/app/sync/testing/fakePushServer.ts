import type { OpResult, PushBody, PushResponse } from "../../../shared/ops.ts";

/** One request the fake server got. */
export interface FakeRequest {
  url: string;
  gzip: boolean;
  body: PushBody;
}

/**
 * An in-memory push route for unit tests: applies each op id once, answers "duplicate"
 * for a replay, rejects kinds in `rejectKinds`. `fail` answers a status instead (N times).
 */
export function fakePushServer(options: { rejectKinds?: string[]; serverTime?: string } = {}) {
  const applied = new Map<string, number>();
  const requests: FakeRequest[] = [];
  const failures: Array<() => Response> = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const failure = failures.shift();
    if (failure) return failure();
    const headers = new Headers(init?.headers);
    const gzip = headers.get("content-encoding") === "gzip";
    const raw = gzip
      ? await new Response(
          new Blob([init?.body as ArrayBuffer])
            .stream()
            .pipeThrough(new DecompressionStream("gzip")),
        ).text()
      : String(init?.body);
    const body = JSON.parse(raw) as PushBody;
    requests.push({ url: String(input), gzip, body });
    const results: OpResult[] = (body.ops as Array<{ id: string; kind: string }>).map((op) => {
      if (options.rejectKinds?.includes(op.kind))
        return { id: op.id, status: "rejected", reason: "not_allowed" };
      const seen = applied.get(op.id) ?? 0;
      applied.set(op.id, seen + 1);
      return seen
        ? { id: op.id, status: "duplicate", result: { n: 1 } }
        : { id: op.id, status: "applied", result: { n: 1 } };
    });
    const answer: PushResponse = {
      serverTime: options.serverTime ?? new Date().toISOString(),
      results,
    };
    return new Response(JSON.stringify(answer), {
      headers: { "content-type": "application/json" },
    });
  };
  return {
    fetch: fetch as typeof globalThis.fetch,
    applied,
    requests,
    /** The next `times` requests answer `status` (with Retry-After seconds if given). */
    failNext(times: number, status: number, retryAfter?: string) {
      for (let i = 0; i < times; i++)
        failures.push(
          () =>
            new Response("{}", {
              status,
              headers: retryAfter ? { "retry-after": retryAfter } : {},
            }),
        );
    },
    /** The next `times` requests get no answer at all (a network error). */
    dropNext(times: number) {
      for (let i = 0; i < times; i++)
        failures.push(() => {
          throw new TypeError("fetch failed");
        });
    },
  };
}
