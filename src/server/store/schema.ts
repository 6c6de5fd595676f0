import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { SessionKind, Speaker } from "../../shared/pack.ts";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/**
 * Content rows carry the event version at which they last changed, so that a pack pull
 * with `since=N` returns rows with `version > N`. Deletions are soft (`deleted`) for the
 * same reason: a device that was offline must learn that a row is gone.
 */
export const events = pgTable("events", {
  id: uuid("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  title: text("title").notNull(),
  organiser: text("organiser").notNull().default(""),
  venue: text("venue").notNull().default(""),
  description: text("description").notNull().default(""),
  timeZone: text("time_zone").notNull().default("Asia/Ho_Chi_Minh"),
  startsOn: date("starts_on").notNull(),
  endsOn: date("ends_on").notNull(),
  /** Monotonic: bumped by every change to the event's content. */
  version: integer("version").notNull().default(1),
  createdAt: createdAt(),
});

export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    kind: text("kind").$type<SessionKind>().notNull().default("talk"),
    room: text("room").notNull().default(""),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    speakers: jsonb("speakers").$type<Speaker[]>().notNull().default(sql`'[]'::jsonb`),
    materialIds: jsonb("material_ids").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    version: integer("version").notNull(),
    deleted: boolean("deleted").notNull().default(false),
  },
  (t) => [index("sessions_event_version").on(t.eventId, t.version)],
);

export const materials = pgTable(
  "materials",
  {
    id: uuid("id").primaryKey(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    version: integer("version").notNull(),
    deleted: boolean("deleted").notNull().default(false),
  },
  (t) => [index("materials_event_version").on(t.eventId, t.version)],
);

export const attendees = pgTable(
  "attendees",
  {
    id: uuid("id").primaryKey(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    unit: text("unit").notNull().default(""),
    position: text("position").notNull().default(""),
    /** +84 form; staff-only. */
    phone: text("phone"),
    /** Lower-cased; staff-only. */
    email: text("email"),
    /** Bumped to revoke every invite link issued before. */
    inviteVersion: integer("invite_version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    index("attendees_event").on(t.eventId),
    uniqueIndex("attendees_event_email").on(t.eventId, t.email),
    uniqueIndex("attendees_event_phone").on(t.eventId, t.phone),
  ],
);

export const staffUsers = pgTable("staff_users", {
  id: uuid("id").primaryKey(),
  username: text("username").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  role: text("role").$type<"admin" | "organiser" | "trainer">().notNull(),
  createdAt: createdAt(),
});

/** Sign-ins of staff and of attendee devices. Only a SHA-256 of the token is stored. */
export const authSessions = pgTable(
  "auth_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    kind: text("kind").$type<"staff" | "attendee">().notNull(),
    staffUserId: uuid("staff_user_id").references(() => staffUsers.id, { onDelete: "cascade" }),
    attendeeId: uuid("attendee_id").references(() => attendees.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("auth_sessions_expires").on(t.expiresAt)],
);

/** Install-wide secrets and flags, e.g. the key that signs invite links. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});
