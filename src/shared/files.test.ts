import { describe, expect, it } from "vitest";
import {
  cleanFileName,
  FILE_PATH,
  fileUrl,
  namedFileUrl,
  nameForType,
  sniffFileType,
} from "./files.ts";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );

describe("sniffFileType", () => {
  it.each([
    ["PDF", bytes("%PDF-1.7\n%âãÏÓ"), "application/pdf"],
    ["PNG", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "image/png"],
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF"), "image/jpeg"],
    ["WebP", bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 "), "image/webp"],
  ])("recognises %s", (_, head, mime) => {
    expect(sniffFileType(head)).toBe(mime);
  });

  it.each([
    ["HTML named .pdf", bytes("<html><script>alert(1)</script>")],
    ["SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')],
    ["ZIP/DOCX", bytes([0x50, 0x4b, 0x03, 0x04])],
    ["GIF", bytes("GIF89a")],
    ["RIFF that is not WebP (WAV)", bytes("RIFF", [1, 2, 3, 4], "WAVEfmt ")],
    ["truncated PNG", bytes([0x89, 0x50, 0x4e])],
    ["empty", bytes()],
    ["PDF marker too far in", bytes(new Array(1100).fill(32), "%PDF-1.4")],
    // Issue 12: an HTML page with the PDF marker inside its first kilobyte is not a PDF.
    ["HTML with a PDF marker", bytes("<html><script>alert(1)</script>%PDF-1.4")],
    ["PDF after junk", bytes([0, 0, 0], "%PDF-1.4")],
  ])("refuses %s", (_, head) => {
    expect(sniffFileType(head)).toBeNull();
  });
});

describe("file names and URLs", () => {
  it("keeps only the last path part and drops control characters", () => {
    expect(cleanFileName("C:\\tmp\\Quy chế 272.pdf")).toBe("Quy chế 272.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("a\u0000b\nc.pdf")).toBe("abc.pdf");
    expect(cleanFileName("   ")).toBe("file");
    expect([...cleanFileName("ệ".repeat(300))]).toHaveLength(200);
  });

  it("gives a file the extension of the type found in it (issue 12)", () => {
    expect(nameForType("evil.html", "application/pdf")).toBe("evil.pdf");
    expect(nameForType("Quy chế.PDF", "application/pdf")).toBe("Quy chế.PDF");
    expect(nameForType("anh.jpeg", "image/jpeg")).toBe("anh.jpeg");
    expect(nameForType("anh", "image/png")).toBe("anh.png");
    expect(nameForType(".htaccess", "image/webp")).toBe(".htaccess.webp");
    expect(nameForType("a.svg", "image/png")).toBe("a.png");
  });

  it("builds file URLs the service worker route recognises", () => {
    const url = fileUrl("demo", "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b");
    expect(FILE_PATH.test(url)).toBe(true);
    expect(FILE_PATH.test("/api/events/demo/files/../pack")).toBe(false);
  });

  it("names a file's URL for its tab, and the worker finds the kept file under the plain one", () => {
    const url = fileUrl("demo", "0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b");
    const named = namedFileUrl(url, "Quy chế 272.pdf");
    expect(named).toBe(`${url}/Quy%20ch%E1%BA%BF%20272.pdf`);
    expect(FILE_PATH.test(named)).toBe(true);
    expect(named.replace(FILE_PATH, "$1")).toBe(url);
    expect(FILE_PATH.test(`${named}/more`)).toBe(false);
  });
});
