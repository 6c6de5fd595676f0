import { describe, expect, it } from "vitest";
import { checkUpload } from "./checkUpload.ts";

describe("checkUpload", () => {
  it("accepts a PDF and refuses other content whatever the name", async () => {
    expect(await checkUpload(new File(["%PDF-1.4\n%%EOF"], "a.pdf"))).toBeNull();
    expect(await checkUpload(new File(["<script>alert(1)</script>"], "a.pdf"))).toBe(
      "file_type_unsupported",
    );
  });

  it("refuses more than 50 MB before reading it", async () => {
    const big = { size: 50 * 1024 * 1024 + 1, slice: () => new Blob(["%PDF-"]) } as unknown as Blob;
    expect(await checkUpload(big)).toBe("file_too_large");
  });
});
