import { type Accessor, createSignal, onCleanup } from "solid-js";

/** navigator.onLine as a signal, owned by the current root. */
export function createOnlineStatus(): Accessor<boolean> {
  const [online, setOnline] = createSignal(navigator.onLine);
  const update = () => setOnline(navigator.onLine);
  window.addEventListener("online", update);
  window.addEventListener("offline", update);
  onCleanup(() => {
    window.removeEventListener("online", update);
    window.removeEventListener("offline", update);
  });
  return online;
}
