import { type Accessor, createEffect, onCleanup } from "solid-js";
import { makePackSync } from "./makePackSync.ts";

/** makePackSync for the event of the current screen, owned by the reactive root. */
export function createPackSync(slug: Accessor<string>): void {
  createEffect(() => {
    const stop = makePackSync(slug());
    onCleanup(stop);
  });
}
