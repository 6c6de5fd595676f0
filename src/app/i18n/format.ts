/**
 * Replaces `{name}` placeholders with values. A module of its own (no Solid), so that the
 * browser tests fill dictionary sentences exactly as the app does.
 */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
