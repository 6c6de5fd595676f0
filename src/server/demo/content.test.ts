import { describe, expect, it } from "vitest";
import { glossaryBreaches } from "../../app/i18n/glossaryAvoid.ts";
import { demoEvents, ILLUSTRATIVE } from "./content.ts";

/**
 * Issue 13: the demo is true to its sources (five press reports, kept with the project's
 * shared notes). What can be checked without them: the invented parts are marked, the
 * wording the review found is gone, and the demo's own words follow the glossary.
 */
const texts = demoEvents.flatMap((event) => [
  { where: `${event.slug}: description`, text: event.description },
  ...event.sessions.map((s) => ({
    where: `${event.slug}: ${s.title}`,
    text: `${s.title}\n${s.description}`,
  })),
  ...event.materials.map((m) => ({
    where: `${event.slug}: ${m.key}`,
    text: `${m.title}\n${m.body}`,
  })),
]);

/** The demo's own words: a material's quotations (Markdown "> " lines) are the source's. */
const ownWords = (text: string) =>
  text
    .split("\n")
    .filter((line) => !line.startsWith(">"))
    .join("\n");

describe("demo content", () => {
  it("marks every event's schedule and every material as illustrative", () => {
    for (const event of demoEvents) {
      expect(event.description, event.slug).toContain(ILLUSTRATIVE);
      for (const material of event.materials) {
        expect(material.body, `${event.slug}: ${material.key}`).toContain(ILLUSTRATIVE);
      }
    }
  });

  it("gives document numbers as the reports do, with no suffix they do not give", () => {
    const suffixed = texts.filter(({ text }) => /\d+-(QĐ|NQ|KL|CT)\/TW/.test(text));
    expect(suffixed.map(({ where }) => where)).toEqual([]);
  });

  it("keeps the reports' words: no sharpened criticism, no paraphrase as quotation", () => {
    for (const wording of ["xem nhẹ", "rất khó lường", "học viên"]) {
      expect(texts.filter(({ text }) => text.includes(wording)).map(({ where }) => where)).toEqual(
        [],
      );
    }
    const quotes = texts.map(({ text }) => text).join("\n");
    expect(quotes).toContain("chưa nhận thức đầy đủ");
    expect(quotes).toContain("khó dự báo");
  });

  it("says who quoted what: every quotation follows the name of its report", () => {
    for (const { where, text } of texts) {
      const lines = text.split("\n");
      lines.forEach((line, i) => {
        if (line.startsWith(">") && !lines[i - 1]?.startsWith(">")) {
          const before =
            lines
              .slice(0, i)
              .reverse()
              .find((l) => l.trim() !== "") ?? "";
          expect(before, where).toMatch(/viết:$|^>/);
        }
      });
    }
  });

  it("writes the demo's own words in the glossary's Vietnamese", () => {
    const breaches = texts.flatMap(({ where, text }) =>
      glossaryBreaches(ownWords(text)).map(({ found }) => `${where}: ${found}`),
    );
    expect(breaches).toEqual([]);
  });
});
