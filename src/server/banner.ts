import { networkInterfaces } from "node:os";
import { renderUnicodeCompact } from "uqr";

/** Addresses a phone on the same network can open, e.g. http://192.168.1.20:8080. */
export function lanUrls(port: number): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === "IPv4" && !a.internal)
    .map((a) => `http://${a!.address}:${port}`);
}

/**
 * The LAN address phones can open, given the address the server listens on: the first LAN
 * address when it listens on every interface, its own address when that is a LAN one, and
 * null when it listens on this computer only (HOST=127.0.0.1, localhost, ::1).
 */
export function reachableLanUrl(host: string, port: number): string | null {
  if (host === "0.0.0.0" || host === "::" || host === "") return lanUrls(port)[0] ?? null;
  const own = `http://${host}:${port}`;
  return lanUrls(port).includes(own) ? own : null;
}

/** The start-up message: where to open the app, and how to sign in. */
export function banner(input: {
  engine: string;
  /** http://localhost:PORT, for this computer. */
  localUrl: string;
  /** PUBLIC_URL when it is set: then every link printed uses it. */
  publicUrl: string | null;
  /** The LAN address phones can open (reachableLanUrl), when the server listens on one. */
  lanUrl: string | null;
  adminPassword: string | null;
  passwordFile: string;
  /** `/i/<token>`: invite tokens do not depend on the host, so any base above can carry it. */
  demoInvitePath: string | null;
}): string {
  const phoneUrl = input.publicUrl ?? input.lanUrl;
  const lines = ["", `Tập huấn is running on ${input.engine}:`, `  ${input.localUrl}`, ""];
  if (!input.publicUrl) {
    // Issue 13: printed invitations carry PUBLIC_URL, which defaults to this computer.
    lines.push(
      `PUBLIC_URL is not set: printed invitations link to ${input.localUrl}, which phones cannot open.`,
      input.lanUrl
        ? `  Before printing, restart with PUBLIC_URL=${input.lanUrl} (this computer on the local network).`
        : "  This server listens on this computer only (HOST): set HOST=0.0.0.0 and PUBLIC_URL to its network address.",
      "",
    );
  }
  if (!phoneUrl) {
    // Nothing a phone could open: no LAN link and no QR.
  } else if (!input.demoInvitePath) {
    lines.push(
      `Open on a phone on the same network (${phoneUrl}):`,
      renderUnicodeCompact(phoneUrl, { border: 1 }),
    );
  } else {
    lines.push(`Open on a phone on the same network: ${phoneUrl}`, "");
  }
  if (input.adminPassword) {
    lines.push(
      "Staff admin account created for this install (shown once):",
      "  username: admin",
      `  password: ${input.adminPassword}`,
      `  (also saved to ${input.passwordFile})`,
      "",
    );
  }
  const path = input.demoInvitePath;
  if (path) {
    lines.push("Demo attendee invite link:");
    if (input.publicUrl) lines.push(`  ${input.publicUrl}${path}`);
    else {
      lines.push(`  ${input.localUrl}${path}   (this computer)`);
      if (input.lanUrl) lines.push(`  ${input.lanUrl}${path}   (a phone on the same network)`);
    }
    // The home page shows a signed-out phone no event: the QR opens the invite itself.
    if (phoneUrl) {
      lines.push(
        "Scan with a phone on the same network to try the app as an attendee:",
        renderUnicodeCompact(`${phoneUrl}${path}`, { border: 1 }),
      );
    }
  }
  return lines.join("\n");
}
