/**
 * Regenerates the demo event's material files in src/server/demo/files/:
 *
 *   - chuyen-de-1-quy-che-272.pdf: an A4 handout for Chuyên đề 1 (a few paragraphs);
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
import { demoEvents } from "../src/server/demo/content.ts";
import { DEMO_FILES_DIR } from "../src/server/demo/files.ts";
import { chromiumArgs, ensureChromium } from "../test/harness/chromium.ts";

const demo = demoEvents.find((e) => e.slug === "demo")!;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

const FONTS = `"Liberation Serif", "DejaVu Serif", serif`;

/** The handout: written for the demo, in the app's own words (no sentence from a source). */
const handout = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><style>
  @page { size: A4; margin: 22mm 20mm; }
  body { font-family: ${FONTS}; font-size: 12pt; line-height: 1.5; color: #111; }
  header { text-align: center; border-bottom: 1px solid #444; margin-bottom: 1.2em; }
  header p { margin: 0.2em 0; }
  h1 { font-size: 16pt; margin: 0.6em 0 0.3em; }
  h2 { font-size: 13pt; margin: 1.2em 0 0.3em; }
  li { margin: 0.2em 0; }
  footer { margin-top: 2em; font-size: 10pt; color: #444; }
</style></head><body>
<header>
  <p>${escapeHtml(demo.organiser.toUpperCase())}</p>
  <p><strong>${escapeHtml(demo.title)}</strong></p>
  <p>${escapeHtml(demo.venue)}, ngày 26 tháng 6 năm 2015</p>
</header>
<h1>Tài liệu phát tay — Chuyên đề 1: Quy chế quản lý thống nhất các hoạt động đối ngoại</h1>
<p>Tài liệu này tóm tắt những ý chính của chuyên đề thứ nhất, để đại biểu ghi chú trong buổi
tập huấn và mang về đơn vị tham khảo khi lập kế hoạch. Văn bản gốc là Quy chế ban hành kèm theo
Quyết định số 272-QĐ/TW ngày 21/01/2015 của Ban Chấp hành Trung ương.</p>
<h2>1. Vì sao cần một quy chế chung</h2>
<p>Hoạt động đối ngoại ở địa phương do nhiều đầu mối cùng thực hiện: cấp ủy, chính quyền, các sở,
ngành, đoàn thể và huyện, thành phố. Nếu mỗi nơi làm theo một cách, thông tin gửi ra bên ngoài dễ
thiếu nhất quán và việc báo cáo, xin ý kiến bị chậm. Quy chế đặt mọi hoạt động ấy dưới sự lãnh đạo
thống nhất của Đảng và sự quản lý tập trung của Nhà nước.</p>
<h2>2. Những việc đơn vị cần rà soát</h2>
<ul>
  <li>Ai có thẩm quyền quyết định từng loại hoạt động: cử đoàn ra nước ngoài, đón khách quốc tế,
  ký kết thỏa thuận hợp tác.</li>
  <li>Quy trình xin ý kiến và báo cáo kết quả sau mỗi hoạt động, kèm thời hạn cụ thể.</li>
  <li>Cách phối hợp giữa đối ngoại đảng, ngoại giao nhà nước và đối ngoại nhân dân.</li>
  <li>Nội dung thông tin đối ngoại đi kèm mỗi hoạt động, để giới thiệu hình ảnh Quảng Ngãi.</li>
</ul>
<h2>3. Gợi ý cho buổi thảo luận nhóm</h2>
<p>Mỗi nhóm chọn một hoạt động đối ngoại mà đơn vị đã làm trong năm qua, đối chiếu từng bước với
Quy chế và ghi lại chỗ còn vướng. Những đề xuất này sẽ được tổng hợp ở phiên bế mạc và đưa vào kế
hoạch thông tin đối ngoại năm 2015 của tỉnh.</p>
<footer>Báo cáo viên: đồng chí Bùi Lê Thái, Chánh Văn phòng Ban Đối ngoại Trung ương.
Tài liệu dùng trong hội nghị, không phát hành rộng rãi.</footer>
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
  <p>${escapeHtml(demo.venue)} · Thứ Sáu, 26/6/2015</p>
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
