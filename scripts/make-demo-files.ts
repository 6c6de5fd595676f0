/**
 * Regenerates the demo event's material files in src/server/demo/files/:
 *
 *   - chuyen-de-1-quy-che-272.pdf: an A4 note-taking sheet for Chuyên đề 1 (illustrative);
 *   - chuong-trinh-hoi-nghi.png: a programme card, drawn from the sessions in content.ts.
 *
 * Run once after changing the texts below or the demo agenda, and commit the output:
 *
 *   npx tsx scripts/make-demo-files.ts
 *
 * Uses the system Chromium through playwright-core, as the e2e tests do (CHROME_PATH or the
 * usual Debian paths), with its fonts (Liberation or DejaVu carry every Vietnamese letter).
 * The seed stores the files through the same checks as an organiser's upload.
 */
import { writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { demoEvents, ILLUSTRATIVE } from "../src/server/demo/content.ts";
import { DEMO_FILES_DIR } from "../src/server/demo/files.ts";
import { chromiumArgs, ensureChromium } from "../test/harness/chromium.ts";

const demo = demoEvents.find((e) => e.slug === "demo")!;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

const FONTS = `"Liberation Serif", "DejaVu Serif", serif`;

/**
 * The handout: the demo's own, and it says so (issue 13): the topic as the press report
 * names it, word for word, and note-taking questions by the organisers of the demo. Nothing
 * in it is put in the speaker's mouth.
 */
const handout = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><style>
  @page { size: A4; margin: 22mm 20mm; }
  body { font-family: ${FONTS}; font-size: 12pt; line-height: 1.5; color: #111; }
  header { text-align: center; border-bottom: 1px solid #444; margin-bottom: 1.2em; }
  header p { margin: 0.2em 0; }
  h1 { font-size: 16pt; margin: 0.6em 0 0.3em; }
  h2 { font-size: 13pt; margin: 1.2em 0 0.3em; }
  li { margin: 0.2em 0; }
  blockquote { margin: 0.5em 1.5em; font-style: italic; }
  .note { font-style: italic; color: #444; }
  footer { margin-top: 2em; font-size: 10pt; color: #444; }
</style></head><body>
<header>
  <p>${escapeHtml(demo.organiser.toUpperCase())}</p>
  <p><strong>${escapeHtml(demo.title)}</strong></p>
  <p>${escapeHtml(demo.venue)}, ngày 26/06/2015</p>
</header>
<h1>Tài liệu ghi chép — Chuyên đề 1: Quy chế quản lý thống nhất các hoạt động đối ngoại</h1>
<p class="note">${escapeHtml(ILLUSTRATIVE)}</p>
<h2>1. Chuyên đề theo bản tin của Báo Quảng Ngãi (26/06/2015)</h2>
<blockquote>Hướng dẫn triển khai Quy chế quản lý thống nhất các hoạt động đối ngoại ban hành kèm theo
Quyết định số 272 ngày 21.1.2015 của Ban Chấp hành Trung ương Đảng</blockquote>
<h2>2. Câu hỏi gợi ý để ghi chép</h2>
<ul>
  <li>Đơn vị của đồng chí đang có những hoạt động đối ngoại nào?</li>
  <li>Những hoạt động ấy được báo cáo, trình cấp có thẩm quyền theo trình tự nào?</li>
  <li>Điều gì cần làm rõ thêm sau khi nghe chuyên đề?</li>
</ul>
<h2>3. Ghi chép của đại biểu</h2>
<p>&nbsp;</p><p>&nbsp;</p><p>&nbsp;</p>
<footer>Chuyên đề do đồng chí Bùi Lê Thái, Chánh Văn phòng Ban Đối ngoại Trung ương, báo cáo
(theo Báo Quảng Ngãi). Tài liệu này do Ban Tổ chức biên soạn để minh họa, không phải bài của
báo cáo viên.</footer>
</body></html>`;

/** The programme card: one row per session of the demo agenda. */
const card = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><style>
  body { margin: 0; background: #fff; }
  #card { width: 560px; padding: 28px 32px; box-sizing: border-box; font-family: ${FONTS};
    color: #1a1a1a; background: #fdf8ee; border-top: 10px solid #b3261e; }
  h1 { font-size: 22px; margin: 0 0 4px; }
  p { margin: 0 0 16px; font-size: 15px; color: #444; }
  table { width: 100%; border-collapse: collapse; font-size: 15px; }
  td { padding: 7px 0; border-top: 1px solid #e2d6bd; vertical-align: top; }
  td:first-child { width: 120px; font-weight: bold; color: #b3261e; }
</style></head><body><div id="card">
  <h1>Chương trình hội nghị</h1>
  <p>${escapeHtml(demo.venue)} · Thứ Sáu, ngày 26/06/2015 · chương trình minh họa</p>
  <table>${demo.sessions
    .map((s) => `<tr><td>${s.start}–${s.end}</td><td>${escapeHtml(s.title)}</td></tr>`)
    .join("")}</table>
</div></body></html>`;

const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 560, height: 800 } });
  await page.setContent(handout);
  const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  writeFileSync(new URL("chuyen-de-1-quy-che-272.pdf", DEMO_FILES_DIR), pdf);
  await page.setContent(card);
  const png = await page.locator("#card").screenshot({ type: "png" });
  writeFileSync(new URL("chuong-trinh-hoi-nghi.png", DEMO_FILES_DIR), png);
  console.log(`wrote ${pdf.byteLength} B of PDF and ${png.byteLength} B of PNG`);
} finally {
  await browser.close();
}
