import { Hono } from "hono";
import { except } from "hono/combine";
import { compress } from "hono/compress";
import { secureHeaders } from "hono/secure-headers";
import { loadPrincipals } from "./auth/session.ts";
import { jsonBodyLimit } from "./http/bodyLimit.ts";
import type { AppConfig, AppEnv } from "./http/context.ts";
import { ApiError } from "./http/errors.ts";
import { staticRoutes } from "./http/static.ts";
import { attendeeQuizRoutes } from "./routes/attendeeQuizzes.ts";
import { attendeeRoutes } from "./routes/attendees.ts";
import { authRoutes, meRoutes } from "./routes/auth.ts";
import { eventContentRoutes } from "./routes/eventContent.ts";
import { eventRoutes } from "./routes/events.ts";
import { fileRoutes } from "./routes/files.ts";
import { healthRoutes } from "./routes/health.ts";
import { inviteAdminRoutes } from "./routes/inviteAdmin.ts";
import { inviteRoutes } from "./routes/invites.ts";
import { materialEditingRoutes } from "./routes/materialEditing.ts";
import { printingRoutes } from "./routes/printing.ts";
import { quizResultRoutes } from "./routes/quizResults.ts";
import { quizRoutes } from "./routes/quizzes.ts";
import { rosterRoutes } from "./routes/roster.ts";
import { sessionEditingRoutes } from "./routes/sessionEditing.ts";
import { ticketRoutes } from "./routes/tickets.ts";
import type { Store } from "./store/db.ts";

/** Builds the HTTP app (API and PWA). It never listens: main.ts and tests do that. */
export function createApp(store: Store, config: AppConfig) {
  const api = new Hono<AppEnv>()
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
    .use(loadPrincipals)
    .route("/health", healthRoutes)
    .route("/auth", authRoutes)
    .route("/me", meRoutes)
    .route("/invites", inviteRoutes)
    .route("/events", eventRoutes)
    .route("/events", ticketRoutes)
    .route("/events", rosterRoutes)
    .route("/events", attendeeRoutes)
    .route("/events", printingRoutes)
    .route("/events", inviteAdminRoutes)
    // Issue 3: content editing and material files.
    .route("/events", eventContentRoutes)
    .route("/events", sessionEditingRoutes)
    .route("/events", materialEditingRoutes)
    .route("/events", fileRoutes)
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
  app.use(secureHeaders({ crossOriginEmbedderPolicy: false }));
  app.use(compress());
  app.route("/api", api);
  if (config.distDir) app.route("/", staticRoutes(config.distDir));

  app.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
      return c.json({ error: { code: error.code, message: error.message } }, error.status);
    }
    console.error(`${c.req.method} ${new URL(c.req.url).pathname}:`, error);
    return c.json({ error: { code: "internal", message: "internal server error" } }, 500);
  });
  return app;
}

export type App = ReturnType<typeof createApp>;
