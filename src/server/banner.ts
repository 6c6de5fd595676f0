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
  localUrl: string;
  phoneUrl: string;
  engine: string;
  adminPassword: string | null;
  passwordFile: string;
  demoInvite: string | null;
}): string {
  const lines = [
    "",
    `Tập huấn is running on ${input.engine}:`,
    `  ${input.localUrl}`,
    "",
    `Open on a phone on the same network (${input.phoneUrl}):`,
    renderUnicodeCompact(input.phoneUrl, { border: 1 }),
  ];
  if (input.adminPassword) {
    lines.push(
      "Staff admin account created for this install (shown once):",
      "  username: admin",
      `  password: ${input.adminPassword}`,
      `  (also saved to ${input.passwordFile})`,
      "",
    );
  }
  if (input.demoInvite) lines.push("Demo attendee invite link:", `  ${input.demoInvite}`, "");
  return lines.join("\n");
}
