import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { writeCsv } from "./csv.ts";

describe("writeCsv", () => {
  it("neutralises every cell a spreadsheet would run as a formula (OWASP)", () => {
    const hostile = [
      '=HYPERLINK("http://evil.example","bấm")',
      "+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(A1:A9)",
      "\t=1+1",
      "\r=1+1",
      "=1+1\n",
      "+84941483960",
    ];
    const csv = writeCsv(hostile.map((name) => ({ name })));
    const parsed = Papa.parse<string[]>(csv.trim(), { newline: "\r\n" }).data.slice(1);
    expect(parsed.map((row) => row[0])).toEqual(hostile.map((cell) => `'${cell}`));
  });

  it("leaves ordinary cells alone, quotes separators, and writes a BOM on request", () => {
    const rows = [
      { name: "Nguyễn Văn A", unit: "Sở Văn hóa, Thể thao và Du lịch", note: 'nói "chào"' },
      { name: "a=b", unit: " -1", note: "" },
    ];
    const csv = writeCsv(rows, { bom: true });
    expect(csv).toBe(
      '\uFEFFname,unit,note\r\nNguyễn Văn A,"Sở Văn hóa, Thể thao và Du lịch","nói ""chào"""\r\na=b," -1",\r\n',
    );
    expect(writeCsv(rows).startsWith("name,")).toBe(true);
  });
});
