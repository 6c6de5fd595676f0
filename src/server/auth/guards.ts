import type { Context } from "hono";
import type { AppEnv, StaffPrincipal } from "../http/context.ts";
import { forbidden, unauthenticated } from "../http/errors.ts";

/** The signed-in staff member; 401 when there is none, 403 when their role is not listed. */
export function requireStaff(c: Context<AppEnv>, roles?: StaffPrincipal["role"][]): StaffPrincipal {
  const staff = c.var.staff;
  if (!staff) throw unauthenticated();
  if (roles && !roles.includes(staff.role)) throw forbidden();
  return staff;
}
