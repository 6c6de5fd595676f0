import { type Accessor, createSignal, onCleanup } from "solid-js";
import { serverReachable } from "../sync/syncStatus.ts";

/**
 * Whether the app can reach its server, as a signal owned by the current root: the
 * device has a network (navigator.onLine) and the last pull did not fail for want of one
 * (a hall's Wi-Fi with no route to the server); back online at the next successful pull.
 */
export function createOnlineStatus(): Accessor<boolean> {
  const [online, setOnline] = createSignal(navigator.onLine);
  const update = () => setOnline(navigator.onLine);
  window.addEventListener("online", update);
  window.addEventListener("offline", update);
  onCleanup(() => {
    window.removeEventListener("online", update);
    window.removeEventListener("offline", update);
  });
  return () => online() && serverReachable();
}
