import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { RosterFileError, readRosterFile } from "./read.ts";

const sampleBytes = new Uint8Array(
  readFileSync(new URL("../../../test/fixtures/roster-sample.csv", import.meta.url)),
);

/** Windows-1258's own tone marks: the letter before them is written precomposed. */
const TONE_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
const BYTE_OF = new Map(
  [...new TextDecoder("windows-1258").decode(Uint8Array.from({ length: 256 }, (_, b) => b))].map(
    (ch, b) => [ch, b] as const,
  ),
);

/**
 * Encodes text as Excel's plain "CSV" does on Vietnamese Windows: a letter the code page
 * has (â, ê, ơ, ư, đ, à…) as its byte, any other tone as the base letter then a combining
 * tone mark byte (Node's TextEncoder writes only UTF-8).
 */
function toWindows1258(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const marks = [...ch.normalize("NFD")];
    const base = marks.filter((m) => !TONE_MARKS.has(m)).join("");
    const parts = BYTE_OF.has(ch)
      ? [ch]
      : [base.normalize("NFC"), ...marks.filter((m) => TONE_MARKS.has(m))];
    for (const part of parts) {
      const byte = BYTE_OF.get(part);
      if (byte === undefined) throw new Error(`${part} has no Windows-1258 byte`);
      bytes.push(byte);
    }
  }
  return Uint8Array.from(bytes);
}

const failure = async (bytes: Uint8Array) => {
  try {
    await readRosterFile(bytes);
  } catch (error) {
    if (error instanceof RosterFileError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("the file was read");
};

describe("reading a roster file", () => {
  it("reads a CSV saved by Excel on Vietnamese Windows (Windows-1258), composing its tones", async () => {
    // "Họ và tên" as Windows writes it: ọ is o then the dot-below mark (0xF2); à and ê
    // are letters of the code page.
    expect([...toWindows1258("Họ và tên")]).toEqual([
      0x48, 0x6f, 0xf2, 0x20, 0x76, 0xe0, 0x20, 0x74, 0xea, 0x6e,
    ]);
    const utf8 = new TextDecoder().decode(sampleBytes).replace(/^\uFEFF/, "");
    const ansi = toWindows1258(utf8);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(ansi)).toThrow();

    const fromAnsi = await readRosterFile(ansi);
    const fromUtf8 = await readRosterFile(sampleBytes);
    expect(fromAnsi.columns).toEqual(fromUtf8.columns);
    expect(fromAnsi.rows).toEqual(fromUtf8.rows);
    const names = fromAnsi.rows.map((r) => r.cells.name!);
    expect(names).toContain("Nguyễn Ngọc Uyên");
    expect(names.every((n) => n === n.normalize("NFC"))).toBe(true);
    expect(fromAnsi.rows.find((r) => r.cells.name === "Lý Thị Quỳnh")?.cells.unit).toBe(
      "Ban Tuyên giáo Tỉnh ủy",
    );
  });

  it("still refuses binary that only decodes as Windows-1258", async () => {
    const header = toWindows1258("Họ và tên,Email\n");
    const junk = Uint8Array.from([...header, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xff, 0xfe]);
    expect((await failure(junk)).code).toBe("not_a_roster");
  });

  it("tells an old binary .xls workbook apart from other files", async () => {
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await failure(xls)).toMatchObject({ code: "roster_xls", message: /\.xls\b.*\.xlsx/ });
  });

  it("names the sheets it searched when none has a header", async () => {
    const { toBuffer } = await writeXlsxFile([
      { data: [["Hướng dẫn điền danh sách"]], sheet: "Bìa" },
      {
        data: [
          ["STT", "Ghi chú"],
          [1, "không có"],
        ],
        sheet: "Ghi chú",
      },
    ]);
    const bytes = new Uint8Array(await toBuffer());
    const { code, message } = await failure(bytes);
    expect(code).toBe("roster_no_header");
    expect(message).toContain("Bìa");
    expect(message).toContain("Ghi chú");
  });
});
