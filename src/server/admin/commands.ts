import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { asc, eq } from "drizzle-orm";
import { MIN_PASSWORD_LENGTH } from "../../shared/api.ts";
import { writeCsv } from "../../shared/csv.ts";
import { setPassword } from "../auth/changePassword.ts";
import { newPassword } from "../auth/tokens.ts";
import { exportAttendance } from "../checkin/exportCommand.ts";
import { attemptsCsv, exportAttempts } from "../quiz/export.ts";
import { applyRoster } from "../roster/apply.ts";
import { currentRoster, planRoster } from "../roster/plan.ts";
import {
  MAX_ROSTER_BYTES,
  type RosterFile,
  RosterFileError,
  readRosterFile,
} from "../roster/read.ts";
import { formatRosterReport } from "../roster/report.ts";
import type { Store } from "../store/db.ts";
import { attendees, events } from "../store/schema.ts";
import { rotateEventKey } from "../tickets/keys.ts";
import { findAttendee, inviteUrl } from "./inviteLink.ts";
import {
  createStaffUser,
  grantEventRole,
  NotFoundError,
  staffUserId,
  UserExistsError,
} from "./users.ts";

/** What a command printed and its exit code; the CLI and the admin socket relay it as is. */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CommandContext {
  store: Store;
  publicUrl: string;
  /** Most rows one roster file may hold (ROSTER_MAX_ROWS); the reader's default without. */
  rosterMaxRows?: number | undefined;
}

export const usage = `Usage: npm run admin -- <command> [options]

Commands:
  create-user --username U --role admin|organiser|trainer [--password P]
                                   (prints a new random password when P is omitted)
  list-events
  list-attendees --event SLUG [--format json|csv]
  invite-link --event SLUG --attendee ID|EMAIL|PHONE   (prints the URL alone)
  reset-password --username U [--password P]   (prints a new random one when P is omitted;
                                                signs the user out everywhere)
  grant --username U --event SLUG --role organiser|trainer|none
  rotate-ticket-key --event SLUG   (new tickets use a new key; issued ones stay valid)
  import-roster --event SLUG --file roster.csv|roster.xlsx [--dry-run]
                                   (prints the row-by-row report; applies it unless --dry-run)
  export --event SLUG --what attendance [--format csv|json]
                                   (csv: UTF-8 with BOM, for Excel; json: one object per attendee)
  export --event SLUG --what results [--format json|csv]
                                   (every quiz attempt: one JSON object or CSV row per attempt)
`;

class UsageError extends Error {
  override name = "UsageError";
}

const ok = (stdout: string): CommandResult => ({ code: 0, stdout, stderr: "" });
const fail = (stderr: string, code = 1): CommandResult => ({ code, stdout: "", stderr });

type Options = Record<string, { type: "string" }>;

function parse<O extends Options>(args: string[], options: O, required: (keyof O & string)[]) {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({ args, options, strict: true, allowPositionals: false }).values as Record<
      string,
      string | undefined
    >;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  for (const name of required) {
    if (!values[name]) throw new UsageError(`missing --${name}`);
  }
  return values as { [K in keyof O]: string } & Record<string, string>;
}

const commands: Record<string, (args: string[], ctx: CommandContext) => Promise<CommandResult>> = {
  async "create-user"(args, { store }) {
    const o = parse(
      args,
      { username: { type: "string" }, password: { type: "string" }, role: { type: "string" } },
      ["username", "role"],
    );
    if (o.role !== "admin" && o.role !== "organiser" && o.role !== "trainer") {
      throw new UsageError("--role must be admin, organiser or trainer");
    }
    // A password typed on the command line stays in the shell history and shows in `ps`.
    const password = o.password ?? newPassword();
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw new UsageError(`--password must have at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    try {
      await createStaffUser(store.db, { username: o.username, password, role: o.role });
    } catch (error) {
      if (error instanceof UserExistsError) return fail(`${error.message}\n`);
      throw error;
    }
    return ok(
      o.password === undefined
        ? `created ${o.role} ${o.username} with password: ${password}\n`
        : `created ${o.role} ${o.username}\n`,
    );
  },

  async "list-events"(args, { store }) {
    parse(args, {}, []);
    const rows = await store.db
      .select({
        slug: events.slug,
        title: events.title,
        startsOn: events.startsOn,
        endsOn: events.endsOn,
      })
      .from(events)
      .orderBy(asc(events.startsOn));
    return ok(`${JSON.stringify(rows, null, 2)}\n`);
  },

  async "list-attendees"(args, { store }) {
    const o = parse(args, { event: { type: "string" }, format: { type: "string" } }, ["event"]);
    const format = o.format ?? "json";
    if (format !== "json" && format !== "csv") throw new UsageError("--format must be json or csv");
    const [event] = await store.db
      .select({ id: events.id })
      .from(events)
      .where(eq(events.slug, o.event));
    if (!event) return fail(`no event with slug ${o.event}\n`);
    const rows = await store.db
      .select({
        id: attendees.id,
        name: attendees.name,
        unit: attendees.unit,
        role: attendees.position,
        phone: attendees.phone,
        email: attendees.email,
      })
      .from(attendees)
      .where(eq(attendees.eventId, event.id))
      .orderBy(asc(attendees.createdAt), asc(attendees.id));
    // CSV with a BOM so that Excel shows Vietnamese correctly; formulas neutralised.
    return ok(
      format === "csv" ? writeCsv(rows, { bom: true }) : `${JSON.stringify(rows, null, 2)}\n`,
    );
  },

  async "reset-password"(args, { store }) {
    const o = parse(args, { username: { type: "string" }, password: { type: "string" } }, [
      "username",
    ]);
    if (o.password !== undefined && o.password.length < MIN_PASSWORD_LENGTH) {
      throw new UsageError(`--password must have at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    const password = o.password ?? newPassword();
    try {
      await setPassword(store.db, await staffUserId(store.db, o.username), password);
    } catch (error) {
      if (error instanceof NotFoundError) return fail(`${error.message}\n`);
      throw error;
    }
    return ok(
      o.password === undefined
        ? `new password for ${o.username}: ${password}\n`
        : `password of ${o.username} changed\n`,
    );
  },

  async grant(args, { store }) {
    const o = parse(
      args,
      { username: { type: "string" }, event: { type: "string" }, role: { type: "string" } },
      ["username", "event", "role"],
    );
    if (o.role === "admin") {
      throw new UsageError("admin is a global role: create the account with --role admin");
    }
    if (o.role !== "organiser" && o.role !== "trainer" && o.role !== "none") {
      throw new UsageError("--role must be organiser, trainer or none");
    }
    let result: { adminAlready: boolean };
    try {
      result = await grantEventRole(store.db, {
        username: o.username,
        eventSlug: o.event,
        role: o.role,
      });
    } catch (error) {
      if (error instanceof NotFoundError) return fail(`${error.message}\n`);
      throw error;
    }
    const done =
      o.role === "none"
        ? `removed ${o.username} from ${o.event}\n`
        : `${o.username} is now ${o.role} of ${o.event}\n`;
    const note = result.adminAlready
      ? `note: ${o.username} is an admin and sees every event anyway\n`
      : "";
    return { code: 0, stdout: done, stderr: note };
  },

  async "import-roster"(args, { store, rosterMaxRows }) {
    let values: { event?: string; file?: string; "dry-run"?: boolean };
    try {
      values = parseArgs({
        args,
        options: {
          event: { type: "string" },
          file: { type: "string" },
          "dry-run": { type: "boolean" },
        },
        strict: true,
        allowPositionals: false,
      }).values;
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (!values.event) throw new UsageError("missing --event");
    if (!values.file) throw new UsageError("missing --file");
    const [event] = await store.db
      .select({ id: events.id })
      .from(events)
      .where(eq(events.slug, values.event));
    if (!event) return fail(`no event with slug ${values.event}\n`);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(values.file);
    } catch (error) {
      return fail(
        `cannot read ${values.file}: ${(error as NodeJS.ErrnoException).code ?? "error"}\n`,
      );
    }
    if (bytes.length > MAX_ROSTER_BYTES) return fail(`${values.file} is larger than 5 MiB\n`);
    let file: RosterFile;
    try {
      file = await readRosterFile(bytes, { maxRows: rosterMaxRows });
    } catch (error) {
      if (error instanceof RosterFileError) return fail(`${values.file}: ${error.message}\n`);
      throw error;
    }
    const dryRun = values["dry-run"] === true;
    const preview = dryRun
      ? await planRoster(file, await currentRoster(store.db, event.id))
      : await applyRoster(store.db, event.id, file);
    return ok(formatRosterReport(preview, !dryRun));
  },

  async "rotate-ticket-key"(args, { store }) {
    const o = parse(args, { event: { type: "string" } }, ["event"]);
    const [event] = await store.db
      .select({ id: events.id })
      .from(events)
      .where(eq(events.slug, o.event));
    if (!event) return fail(`no event with slug ${o.event}\n`);
    const key = await rotateEventKey(store.db, event.id);
    return ok(`event ${o.event} now signs new tickets with key ${key.keyId}\n`);
  },

  async "invite-link"(args, { store, publicUrl }) {
    const o = parse(args, { event: { type: "string" }, attendee: { type: "string" } }, [
      "event",
      "attendee",
    ]);
    const attendee = await findAttendee(store.db, o.event, o.attendee);
    if (!attendee) return fail(`no attendee ${o.attendee} in event ${o.event}\n`);
    return ok(`${await inviteUrl(store.db, publicUrl, attendee)}\n`);
  },
};

/**
 * `export --what attendance|results`: issue 10's attendance (one entry per attendee) and
 * issue 11's quiz results (one entry per attempt, the JSON shape is ExportedAttempt).
 */
commands.export = async (args, { store }) => {
  const o = parse(
    args,
    { event: { type: "string" }, what: { type: "string" }, format: { type: "string" } },
    ["event", "what"],
  );
  if (o.what !== "attendance" && o.what !== "results") {
    throw new UsageError("--what must be attendance or results");
  }
  const format = o.format ?? (o.what === "attendance" ? "csv" : "json");
  if (format !== "json" && format !== "csv") throw new UsageError("--format must be csv or json");
  if (o.what === "attendance") {
    const text = await exportAttendance(store, o.event, format);
    return text === null ? fail(`no event with slug ${o.event}\n`) : ok(text);
  }
  const [event] = await store.db
    .select({ id: events.id })
    .from(events)
    .where(eq(events.slug, o.event));
  if (!event) return fail(`no event with slug ${o.event}\n`);
  const rows = await exportAttempts(store.db, event.id);
  return ok(format === "csv" ? attemptsCsv(rows) : `${JSON.stringify(rows, null, 2)}\n`);
};

/** Runs one admin command against an open store. Never throws: errors become exit codes. */
export async function runAdminCommand(argv: string[], ctx: CommandContext): Promise<CommandResult> {
  const [name, ...args] = argv;
  // Own names only: "constructor" or "toString" must not reach Object.prototype.
  const command = name && Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) return fail(name ? `unknown command: ${name}\n\n${usage}` : usage, 2);
  try {
    return await command(args, ctx);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n\n${usage}`, 2);
    return fail(`error: ${(error as Error).message}\n`);
  }
}
