import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "../../../shared/files.ts";
import { en } from "../../i18n/en.ts";
import { vi } from "../../i18n/vi.ts";
import { formatBytes } from "../../ui/formatBytes.ts";
import { checkUpload } from "./checkUpload.ts";
import { contentMessages } from "./messages.ts";

/** A blob of `size` bytes that starts like a PDF, without allocating them. */
const sized = (size: number) =>
  ({ size, slice: () => new Blob(["%PDF-1.4\n"]) }) as unknown as Blob;

describe("checkUpload", () => {
  it("accepts a PDF and refuses other content whatever the name", async () => {
    expect(await checkUpload(new File(["%PDF-1.4\n%%EOF"], "a.pdf"))).toBeNull();
    expect(await checkUpload(new File(["<script>alert(1)</script>"], "a.pdf"))).toBe(
      "file_type_unsupported",
    );
  });

  it("refuses more than 50 MB before reading it", async () => {
    expect(await checkUpload(sized(MAX_FILE_BYTES + 1))).toBe("file_too_large");
    expect(await checkUpload(sized(MAX_FILE_BYTES))).toBeNull();
  });

  it("states the limit in the decimal units it shows sizes in", async () => {
    // Sizes are shown in decimal units: a file shown as "51 MB" must not pass a "50 MB" limit.
    expect(formatBytes(51_000_000, "en")).toBe("51 MB");
    expect(await checkUpload(sized(51_000_000))).toBe("file_too_large");
    const shown = formatBytes(MAX_FILE_BYTES, "en");
    expect(shown).toBe("50 MB");
    for (const text of [
      contentMessages.vi.file,
      contentMessages.en.file,
      vi["error.file_too_large"],
      en["error.file_too_large"],
    ]) {
      expect(text).toContain(shown);
    }
  });
});
