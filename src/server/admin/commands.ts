import { parseArgs } from "node:util";
import { asc, eq } from "drizzle-orm";
import Papa from "papaparse";
import type { Store } from "../store/db.ts";
import { attendees, events } from "../store/schema.ts";
import { findAttendee, inviteUrl } from "./inviteLink.ts";
import { createStaffUser, UserExistsError } from "./users.ts";

/** What a command printed and its exit code; the CLI and the admin socket relay it as is. */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CommandContext {
  store: Store;
  publicUrl: string;
}

export const usage = `Usage: npm run admin -- <command> [options]

Commands:
  create-user --username U --password P --role admin|organiser|trainer
  list-events
  list-attendees --event SLUG [--format json|csv]
  invite-link --event SLUG --attendee ID|EMAIL|PHONE   (prints the URL alone)
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
      ["username", "password", "role"],
    );
    if (o.role !== "admin" && o.role !== "organiser" && o.role !== "trainer") {
      throw new UsageError("--role must be admin, organiser or trainer");
    }
    if (o.password.length < 8) throw new UsageError("--password must have at least 8 characters");
    try {
      await createStaffUser(store.db, { username: o.username, password: o.password, role: o.role });
    } catch (error) {
      if (error instanceof UserExistsError) return fail(`${error.message}\n`);
      throw error;
    }
    return ok(`created ${o.role} ${o.username}\n`);
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
    // CSV with a BOM so that Excel shows Vietnamese correctly.
    return ok(
      format === "csv" ? `\uFEFF${Papa.unparse(rows)}\n` : `${JSON.stringify(rows, null, 2)}\n`,
    );
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

/** Runs one admin command against an open store. Never throws: errors become exit codes. */
export async function runAdminCommand(argv: string[], ctx: CommandContext): Promise<CommandResult> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) return fail(name ? `unknown command: ${name}\n\n${usage}` : usage, 2);
  try {
    return await command(args, ctx);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n\n${usage}`, 2);
    return fail(`error: ${(error as Error).message}\n`);
  }
}
