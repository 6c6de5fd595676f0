import { Hono } from "hono";
import { except } from "hono/combine";
import { compress } from "hono/compress";
import { secureHeaders } from "hono/secure-headers";
import { HashQueueFullError } from "./auth/hashQueue.ts";
import { loadPrincipals } from "./auth/session.ts";
import { jsonBodyLimit } from "./http/bodyLimit.ts";
import type { AppConfig, AppEnv } from "./http/context.ts";
import { isDbInputError, loggableError } from "./http/dbInputError.ts";
import { ApiError } from "./http/errors.ts";
import { countServed } from "./http/inFlight.ts";
import { noStoreByDefault } from "./http/noStore.ts";
import { rejectNulInUrl } from "./http/rejectNul.ts";
import { sameOriginOnly } from "./http/sameOrigin.ts";
import { staticRoutes } from "./http/static.ts";
import { attendeeQuizRoutes } from "./routes/attendeeQuizzes.ts";
import { attendeeRoutes } from "./routes/attendees.ts";
import { authRoutes, meRoutes } from "./routes/auth.ts";
import { changesRoutes } from "./routes/changes.ts";
import { checkinRoutes } from "./routes/checkin.ts";
import { eventContentRoutes } from "./routes/eventContent.ts";
import { eventOverviewRoutes } from "./routes/eventOverview.ts";
import { eventRoutes } from "./routes/events.ts";
import { fileRoutes } from "./routes/files.ts";
import { healthRoutes } from "./routes/health.ts";
import { inviteAdminRoutes } from "./routes/inviteAdmin.ts";
import { inviteRoutes } from "./routes/invites.ts";
import { materialEditingRoutes } from "./routes/materialEditing.ts";
import { announcePushes, opsRoutes } from "./routes/ops.ts";
import { printingRoutes } from "./routes/printing.ts";
import { quizResultRoutes } from "./routes/quizResults.ts";
import { quizRoutes } from "./routes/quizzes.ts";
import { rosterRoutes } from "./routes/roster.ts";
import { sessionEditingRoutes } from "./routes/sessionEditing.ts";
import { ticketRoutes } from "./routes/tickets.ts";
import type { Store } from "./store/db.ts";
import { ChangeHub } from "./sync/changeHub.ts";
import type { OpKind } from "./sync/opKind.ts";
import { opKinds } from "./sync/opKinds.ts";

export interface AppOptions {
  /** Op kinds besides the registry's (tests register their own; none ship). */
  extraOpKinds?: Record<string, OpKind>;
  /** The change feed's hub; main.ts passes one to close the feeds at shutdown. */
  changes?: ChangeHub;
  /** The change feed's heartbeat period (25 s; tests shorten it). */
  feedHeartbeatMs?: number;
}

/** Builds the HTTP app (API and PWA). It never listens: main.ts and tests do that. */
export function createApp(store: Store, config: AppConfig, options: AppOptions = {}) {
  const kinds = { ...opKinds, ...options.extraOpKinds };
  const changes = options.changes ?? new ChangeHub(store);
  const api = new Hono<AppEnv>()
    // Issue 12: API answers carry personal data and are never cached unless a route says so;
    // a state-changing request must come from our own pages; NUL bytes never reach SQL.
    .use(countServed)
    .use(noStoreByDefault)
    .use(sameOriginOnly)
    .use(rejectNulInUrl)
    // Uploads carry their own, larger limits (routes/materialEditing.ts, routes/roster.ts).
    .use(
      except(
        [
          "/api/events/:slug/materials/:id/file",
          "/api/events/:slug/roster/*",
          "/api/events/:slug/quizzes/import",
        ],
        jsonBodyLimit,
      ),
    )
    // Issue 9: a push is announced to the group commit before its sign-in is read.
    .use("/events/:slug/ops", announcePushes)
    .use(loadPrincipals)
    .route("/health", healthRoutes)
    .route("/auth", authRoutes)
    .route("/me", meRoutes)
    .route("/invites", inviteRoutes)
    .route("/events", eventRoutes)
    .route("/events", ticketRoutes)
    .route("/events", rosterRoutes)
    .route("/events", attendeeRoutes)
    .route("/events", eventOverviewRoutes)
    .route("/events", printingRoutes)
    .route("/events", inviteAdminRoutes)
    // Issue 3: content editing and material files.
    .route("/events", eventContentRoutes)
    .route("/events", sessionEditingRoutes)
    .route("/events", materialEditingRoutes)
    .route("/events", fileRoutes)
    // Issue 9: sync push and the live change feed.
    .route("/events", opsRoutes(kinds))
    .route("/events", changesRoutes(changes, options.feedHeartbeatMs))
    // Issue 10: check-in lists, attendance and export.
    .route("/events", checkinRoutes)
    // Issue 11: quizzes (authoring, results, the attendee's own quizzes).
    .route("/events", quizRoutes)
    .route("/events", quizResultRoutes)
    .route("/events", attendeeQuizRoutes)
    .all("*", (c) => c.json({ error: { code: "not_found", message: "no such API route" } }, 404));

  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set("store", store);
    c.set("config", config);
    await next();
  });
  app.use(
    secureHeaders({
      crossOriginEmbedderPolicy: false,
      // Issue 12: no site frames the app (the shell's CSP says frame-ancestors 'none' too);
      // the door scanner's camera for our own pages only; no referrer leaves the app.
      xFrameOptions: "DENY",
      referrerPolicy: "no-referrer",
      permissionsPolicy: { camera: ["self"], microphone: [], geolocation: [] },
    }),
  );
  app.use(compress());
  app.route("/api", api);
  if (config.distDir) app.route("/", staticRoutes(config.distDir));

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json({ error: { code: error.code, message: error.message } }, error.status);
    }
    if (error instanceof HashQueueFullError) {
      // Sign-ins beyond the hashing queue: the client retries shortly (issue 12).
      c.header("Retry-After", "2");
      return c.json({ error: { code: "login_busy", message: error.message } }, 429);
    }
    if (isDbInputError(error)) {
      // Input that validation let through and the database refused: the client's fault.
      return c.json({ error: { code: "bad_request", message: "the input is not valid" } }, 400);
    }
    // Never the error object itself: a query error carries its bind parameters (personal data).
    console.error(`${c.req.method} ${new URL(c.req.url).pathname}: ${loggableError(error)}`);
    return c.json({ error: { code: "internal", message: "internal server error" } }, 500);
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
