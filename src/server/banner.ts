import { networkInterfaces } from "node:os";
import { renderUnicodeCompact } from "uqr";

/** Addresses a phone on the same network can open, e.g. http://192.168.1.20:8080. */
export function lanUrls(port: number): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && a.family === "IPv4" && !a.internal)
    .map((a) => `http://${a!.address}:${port}`);
}

/** The start-up message: where to open the app, and how to sign in. */
export function banner(input: {
  engine: string;
  /** http://localhost:PORT, for this computer. */
  localUrl: string;
  /** PUBLIC_URL when it is set: then every link printed uses it. */
  publicUrl: string | null;
  /** The first LAN address, when there is one. */
  lanUrl: string | null;
  adminPassword: string | null;
  passwordFile: string;
  /** `/i/<token>`: invite tokens do not depend on the host, so any base above can carry it. */
  demoInvitePath: string | null;
}): string {
  const phoneUrl = input.publicUrl ?? input.lanUrl ?? input.localUrl;
  const lines = ["", `Tập huấn is running on ${input.engine}:`, `  ${input.localUrl}`, ""];
  if (!input.demoInvitePath) {
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
    lines.push(
      "Scan with a phone on the same network to try the app as an attendee:",
      renderUnicodeCompact(`${phoneUrl}${path}`, { border: 1 }),
    );
  }
  return lines.join("\n");
}
