import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { attendanceMessages } from "../../src/app/features/attendance/messages.ts";
import { checkinMessages } from "../../src/app/features/checkin/messages.ts";
import { doorMessages } from "../../src/app/features/door/messages.ts";
import { hubMessages } from "../../src/app/features/hub/messages.ts";
import { sessionCodeMessages } from "../../src/app/features/session-code/messages.ts";
import { en } from "../../src/app/i18n/en.ts";
import { staffEn } from "../../src/app/i18n/staff.en.ts";
import { staffVi } from "../../src/app/i18n/staff.vi.ts";
import { vi } from "../../src/app/i18n/vi.ts";
import { repoRoot } from "../harness/server.ts";
import { axeProblems } from "./content-helpers.ts";
import { horizontalOverflow, SIZES, type SizeName, smallTargets } from "./staff-hub-helpers.ts";

type Dictionary = Record<string, string>;
type Messages = { vi: Dictionary; en: Dictionary };

/**
 * A feature's messages.ts typed with FeatureMessages (whose module is JSX, which this
 * project does not compile): imported by a computed name, so tsc does not follow it.
 */
async function featureMessages<K extends string>(
  feature: string,
  name: string,
): Promise<{ vi: Record<K, string>; en: Record<K, string> }> {
  const module = `../../src/app/features/${feature}/messages.ts`;
  return (
    (await import(module)) as Record<string, { vi: Record<K, string>; en: Record<K, string> }>
  )[name]!;
}

export const syncMessages = await featureMessages<"title">("sync", "syncMessages");
export const quizMessages = await featureMessages<
  "title" | "practice" | "start" | "right" | "wrong" | "next" | "submit" | "confirmSubmit"
>("quiz", "quizMessages");
export const authoringMessages = await featureMessages<"title" | "resultsOverview">(
  "quiz-authoring",
  "authoringMessages",
);

/** Every dictionary the screens of issues 9–11 draw on, Vietnamese and English. */
const DICTIONARIES: Messages[] = [
  { vi, en },
  { vi: staffVi, en: staffEn },
  syncMessages,
  checkinMessages,
  quizMessages,
  doorMessages,
  sessionCodeMessages,
  attendanceMessages,
  authoringMessages,
  hubMessages,
];

/**
 * The pieces of one language's strings that should never be on screen in the other: the
 * literal runs between {placeholders}, of at least two words and 12 characters (shorter
 * ones, "OK" or a name, may well be the same in both), where the other language differs.
 */
function telltales(language: "vi" | "en"): string[] {
  const other = language === "vi" ? "en" : "vi";
  const found = new Set<string>();
  for (const dictionary of DICTIONARIES) {
    for (const [key, text] of Object.entries(dictionary[language])) {
      if (dictionary[other][key] === text) continue;
      for (const piece of text.split(/\{\w+\}/)) {
        const run = piece.trim();
        if (run.length >= 12 && run.includes(" ")) found.add(run);
      }
    }
  }
  // A run of one language found word for word in the other's string is no telltale.
  const otherText = DICTIONARIES.flatMap((d) => Object.values(d[other])).join("\n");
  return [...found].filter((run) => !otherText.includes(run));
}

const TELLTALES = { vi: telltales("vi"), en: telltales("en") };

/** Strings of the other language the page shows (untranslated text or a stale dictionary). */
export async function strayStrings(page: Page, shown: "vi" | "en"): Promise<string[]> {
  // biome-ignore lint/performance/useDomNodeTextContent: what the user sees is what counts
  const text = await page.locator("body").innerText();
  return TELLTALES[shown === "vi" ? "en" : "vi"].filter((run) => text.includes(run));
}

/** The innermost elements that reach past the right edge of the screen, to know what to fix. */
function widest(page: Page): Promise<string> {
  return page.evaluate(() => {
    const past = [...document.body.querySelectorAll<HTMLElement>("*")].filter(
      (el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5,
    );
    const innermost = past.filter(
      (el) => !past.some((other) => other !== el && el.contains(other)),
    );
    return innermost
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`)
      .join(", ");
  });
}

/** Where the screenshots of these screens go: outside the repository, for a person to look at. */
const SHOTS = process.env.SCREEN_SHOTS_DIR ?? join(repoRoot, "test-results/screenshots");

/**
 * Checks the page as it stands at one size: nothing wider than the screen, 44×44 px touch
 * targets on the phone (the staff screens' rule), no serious axe violation, no string of
 * the other language; saves a full-page screenshot. Returns the problems, named.
 */
export async function screenProblems(
  page: Page,
  name: string,
  size: SizeName,
  language: "vi" | "en" = "vi",
): Promise<string[]> {
  await page.setViewportSize(SIZES[size]);
  // Layout settles on the next frame after a resize.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  const where = `${name} ${size} ${language}`;
  const problems: string[] = [];
  const overflow = await horizontalOverflow(page);
  if (overflow > 0) {
    problems.push(`${where}: ${overflow} px wider than the screen (${await widest(page)})`);
  }
  // One line per kind of small target (an editor repeats its buttons per question).
  if (size === "phone") {
    for (const s of new Set(await smallTargets(page))) problems.push(`${where}: ${s}`);
  }
  for (const issue of await axeProblems(page)) problems.push(`${where}: ${issue}`);
  for (const stray of await strayStrings(page, language)) {
    problems.push(`${where}: “${stray}” is not in ${language === "vi" ? "Vietnamese" : "English"}`);
  }
  // From the top: a page scrolled by its own focus would paint the sticky header mid-way.
  await page.evaluate(() => window.scrollTo(0, 0));
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}-${size}-${language}.png`), fullPage: true });
  return problems;
}

/** The problems of the page at both sizes, phone first; leaves the phone size set. */
export async function bothSizesProblems(page: Page, name: string): Promise<string[]> {
  const desk = await screenProblems(page, name, "desk");
  const phone = await screenProblems(page, name, "phone");
  return [...desk, ...phone];
}
