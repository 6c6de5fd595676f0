import { createContext, useContext } from "solid-js";
import type { StaffUser } from "./staff.repo.ts";

export const StaffContext = createContext<StaffUser>();

/** The signed-in staff member of the surrounding StaffArea. */
export function useStaff(): StaffUser {
  const user = useContext(StaffContext);
  if (!user) throw new Error("useStaff must be used inside <StaffArea>");
  return user;
}
