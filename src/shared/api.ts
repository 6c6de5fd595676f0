import * as v from "valibot";

/** POST /api/auth/login */
export const LoginBody = v.object({
  username: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
});
export type LoginBody = v.InferOutput<typeof LoginBody>;

/** POST /api/invites/redeem */
export const RedeemInviteBody = v.object({
  token: v.pipe(v.string(), v.minLength(1), v.maxLength(400)),
});
export type RedeemInviteBody = v.InferOutput<typeof RedeemInviteBody>;

/** GET /api/events/:slug/pack?since=N */
export const PackQuery = v.object({
  since: v.optional(
    v.pipe(v.string(), v.regex(/^\d{1,15}$/, "since must be a whole number"), v.transform(Number)),
    "0",
  ),
});

/** GET /api/me: who this device is signed in as. */
export type Me =
  | { kind: "attendee"; attendee: { id: string; name: string }; event: { slug: string } }
  | { kind: "staff"; user: { id: string; username: string; role: StaffRole } };

export const staffRoles = ["admin", "organiser", "trainer"] as const;
export type StaffRole = (typeof staffRoles)[number];

/** GET /api/health */
export interface Health {
  ok: true;
  db: "pglite" | "postgres";
  version: string;
}
