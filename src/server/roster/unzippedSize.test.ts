import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import writeXlsxFile from "write-excel-file/node";
import { RosterFileError, readRosterFile } from "./read.ts";
import { unzipsBeyond } from "./unzippedSize.ts";

/** A real workbook of `n` people, as Excel users send them. */
async function workbook(n: number): Promise<Uint8Array> {
  const data = [
    ["Họ và tên", "Đơn vị", "Email"],
    ...Array.from({ length: n }, (_, i) => [`Đại biểu ${i}`, `Đơn vị ${i % 40}`, `db${i}@x.vn`]),
  ];
  const { toBuffer } = await writeXlsxFile(data, { sheet: "Danh sách" });
  return new Uint8Array(await toBuffer());
}

/** What the workbook's entries really expand to. */
const expandedSize = (zip: Uint8Array) =>
  Object.values(unzipSync(zip)).reduce((sum, entry) => sum + entry.length, 0);

/**
 * The same zip with every declared uncompressed size (local headers and central directory)
 * rewritten to 1 byte: what an attacker's zip bomb would claim.
 */
function lyingAboutSizes(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, 1, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, 1, true);
  }
  return out;
}

const refusal = async (bytes: Uint8Array, maxUnzippedBytes: number) => {
  try {
    await readRosterFile(bytes, { maxUnzippedBytes });
  } catch (error) {
    if (error instanceof RosterFileError) return error.code;
    throw error;
  }
  return "read";
};

/** Issue 12 item 4: an .xlsx that expands beyond the cap is refused before it is unpacked. */
describe("the expanded size of an .xlsx", () => {
  it("refuses a workbook that expands beyond the cap, and reads it under a cap it fits", async () => {
    const zip = await workbook(2_000);
    const size = expandedSize(zip);
    // The zip is much smaller than what it expands to: the cap is on the expansion.
    expect(zip.length).toBeLessThan(size / 2);
    expect(await refusal(zip, size - 1)).toBe("roster_too_large");
    expect(await refusal(zip, size)).toBe("read");
    const file = await readRosterFile(zip);
    expect(file.format).toBe("xlsx");
    expect(file.rows).toHaveLength(2_000);
  });

  it("counts the bytes it inflates, not the sizes the zip declares", async () => {
    const zip = await workbook(2_000);
    const size = expandedSize(zip);
    const liar = lyingAboutSizes(zip);
    expect(liar).not.toEqual(zip);
    expect(unzipsBeyond(liar, size - 1)).toBe(true);
    expect(await refusal(liar, size - 1)).toBe("roster_too_large");
    expect(unzipsBeyond(zip, size)).toBe(false);
  });

  it("leaves a zip that is no workbook to the reader's own refusal", async () => {
    const junk = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await refusal(junk, 1024)).toBe("not_a_roster");
  });
});
