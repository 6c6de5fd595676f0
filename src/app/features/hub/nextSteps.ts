import type { EventOverview } from "./hub.repo.ts";

/** One hint of the overview: its message key, its count and the section that deals with it. */
export interface NextStep {
  key:
    | "next.noPeople"
    | "next.noSessions"
    | "next.unpublished"
    | "next.notInvited"
    | "next.noDevice"
    | "next.allSet"
    | "next.trainer";
  n?: number;
  /** Path below /staff/e/:slug of the page to go to. */
  to?: string;
}

/** What an event's staff member should do next, most pressing first. */
export function nextSteps(o: EventOverview): NextStep[] {
  if (o.role === "trainer") return [{ key: "next.trainer" }];
  const { counts } = o;
  const steps: NextStep[] = [];
  if (counts.sessions === 0) steps.push({ key: "next.noSessions", to: "/agenda" });
  if (!o.event.published) steps.push({ key: "next.unpublished", to: "/agenda" });
  if (counts.people === 0) steps.push({ key: "next.noPeople", to: "/people" });
  const notInvited = counts.people - counts.invited;
  if (notInvited > 0) steps.push({ key: "next.notInvited", n: notInvited, to: "/people" });
  const noDevice = counts.invited - counts.withDevice;
  if (noDevice > 0) steps.push({ key: "next.noDevice", n: noDevice, to: "/people" });
  if (steps.length === 0) steps.push({ key: "next.allSet", to: "/door" });
  return steps;
}
