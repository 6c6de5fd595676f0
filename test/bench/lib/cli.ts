/** Options that never take a value, so `--tiny pack-import` keeps pack-import as a name. */
const FLAGS = ["tiny", "help"];

/** Names, and `--key value`, `--key=value` or `--flag` options (boolean when none follows). */
export function parseCommandLine(argv: string[]) {
  const names: string[] = [];
  const values: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "-h") values.help = true;
    else if (!arg.startsWith("--")) names.push(arg);
    else if (arg.includes("="))
      values[arg.slice(2, arg.indexOf("="))] = arg.slice(arg.indexOf("=") + 1);
    else if (FLAGS.includes(arg.slice(2)) || (argv[i + 1] ?? "--").startsWith("--")) {
      values[arg.slice(2)] = true;
    } else values[arg.slice(2)] = argv[++i]!;
  }
  return { names, values };
}
