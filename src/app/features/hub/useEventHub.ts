import { createContext, type Resource, useContext } from "solid-js";
import type { EventOverview } from "./hub.repo.ts";

export interface EventHub {
  overview: Resource<EventOverview>;
  refetch: () => void;
}

export const EventHubContext = createContext<EventHub>();

/** The surrounding event hub (EventShell), or undefined outside one. */
export function useEventHub(): EventHub | undefined {
  return useContext(EventHubContext);
}
