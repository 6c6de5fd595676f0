import { beforeAll, describe, expect, it } from "vitest";
import { highlight, type Segment, snippet } from "./highlight.ts";
import { markdownToPlainText } from "./plainText.ts";
import { buildSearchIndex, runSearch, type SearchDoc, type SearchIndex } from "./searchIndex.ts";

const doc = (id: string, title: string, text: string, kind: SearchDoc["kind"] = "material") => ({
  id,
  kind,
  ref: id,
  title,
  text,
});

const docs: SearchDoc[] = [
  doc(
    "nq22",
    "Chuyên đề 2: Quán triệt Nghị quyết số 22-NQ/TW về hội nhập quốc tế",
    "Giới thiệu tinh thần Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị.",
    "session",
  ),
  doc(
    "qc272",
    "Quy chế 272: quản lý thống nhất các hoạt động đối ngoại",
    "Quyết định số 272-QĐ/TW ngày 21/01/2015. Quyền hạn và trách nhiệm của các cơ quan; " +
      "các nghị quyết khác được nhắc đến để so sánh.",
  ),
  doc(
    "dang",
    "Vai trò của Đảng trong công tác đối ngoại",
    "Sự lãnh đạo thống nhất của Đảng đối với hoạt động đối ngoại của cả hệ thống chính trị.",
  ),
  doc("giai-lao", "Giải lao", "Nghỉ giải lao, dùng trà nước.", "session"),
  doc(
    "kl98",
    "Kết luận 98-KL/TW về công tác phi chính phủ nước ngoài",
    "Tiếp tục thực hiện Chỉ thị 19-CT/TW; hội nhập và hợp tác với các tổ chức phi chính phủ.",
  ),
];

const marked = (parts: Segment[]) =>
  parts
    .filter((p) => p.hit)
    .map((p) => p.text)
    .join("|");

describe("search over an event", () => {
  let index: SearchIndex;
  beforeAll(async () => {
    index = await buildSearchIndex(docs);
  });
  const ids = (query: string) => runSearch(index, query).hits.map((h) => h.doc.ref);

  it('finds "hội nhập" from "hoi nhap"', () => {
    expect(ids("hoi nhap").sort()).toEqual(["kl98", "nq22"]);
  });

  it('ranks the "Nghị quyết 22" session first for "nghi quyet 22"', () => {
    const hits = ids("nghi quyet 22");
    expect(hits[0]).toBe("nq22");
    // Every word is required: the material that only mentions "nghị quyết" is not a hit.
    expect(hits).not.toContain("qc272");
  });

  it('finds "Đảng" from "DANG", case- and diacritics-insensitively', () => {
    expect(ids("DANG")).toEqual(["dang"]);
    expect(ids("đảng")).toEqual(["dang"]);
  });

  it("does not confuse neighbouring syllables (no fuzzy matching)", () => {
    // "quyet" must not find "quyền" (rights), only "quyết".
    expect(ids("quyet")).not.toContain("kl98");
    expect(ids("quyen")).toEqual(["qc272"]);
  });

  it("treats the last word as a prefix while typing", () => {
    expect(ids("nghi quy")).toContain("nq22");
    expect(ids("giai l")).toEqual(["giai-lao"]);
  });

  it("ranks a title match above a match in the text", () => {
    // "đối ngoại" is in the titles of qc272 and dang, and in the text of nq22's neighbours.
    const hits = ids("doi ngoai");
    expect(hits.slice(0, 2).sort()).toEqual(["dang", "qc272"]);
  });

  it("falls back to any word when no item has them all", () => {
    expect(ids("nghi quyet xyzzy")).toContain("nq22");
  });

  it("finds nothing for nothing", () => {
    expect(ids("")).toEqual([]);
    expect(ids("zzzz")).toEqual([]);
    // One letter would match nearly everything: results start at the second.
    expect(ids("d")).toEqual([]);
  });

  it("highlights the matched words in the original spelling", () => {
    const [hit] = runSearch(index, "nghi quyet 22").hits;
    expect(marked(hit!.title)).toBe("Nghị quyết|22");
    expect(hit!.title.map((p) => p.text).join("")).toBe(docs[0]!.title);
    expect(marked(hit!.snippet)).toBe("Nghị quyết|22");
  });
});

describe("the word being typed", () => {
  const typed = [
    doc("tt-dn", "Thông tin đối ngoại năm 2015", "Công tác thông tin đối ngoại của tỉnh."),
    // "thông tin", but no word starting with d or đ.
    doc("tt-hoc", "Tin học văn phòng", "Thông tin về lớp tin học cơ bản."),
    doc("dn", "Đối ngoại nhân dân", "Hữu nghị với các nước láng giềng."),
    doc("tt-dang", "Đảng bộ tỉnh", "Báo cáo thông tin về công tác xây dựng Đảng.", "session"),
    doc("tinh", "Tinh thần hội nhập", "Tính chủ động trong thông tin đối ngoại."),
    doc("nhanh", "Cập nhật nhanh", "Bản tin hằng tuần."),
  ];
  let index: SearchIndex;
  beforeAll(async () => {
    index = await buildSearchIndex([...docs, ...typed]);
  });
  const ids = (query: string) => runSearch(index, query).hits.map((h) => h.doc.ref);
  /** Every word of `text`, folded as the index folds them. */
  const foldedWords = (text: string) =>
    text
      .toLowerCase()
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/đ/g, "d")
      .split(/[^\p{L}\p{N}]+/u);

  it('finds, for "thong tin d", the items with "thông tin" and a word starting with d or đ', () => {
    expect(ids("thong tin d").sort()).toEqual(["tinh", "tt-dang", "tt-dn"]);
    expect(ids("thông tin Đ").sort()).toEqual(["tinh", "tt-dang", "tt-dn"]);
  });

  it("ranks by the words before a single letter, until the next letter is typed", () => {
    // "thông tin" in the title weighs most; the d-words do not reorder the rest.
    expect(ids("thong tin d")[0]).toBe("tt-dn");
    expect(ids("thong tin do")[0]).toBe("tt-dn");
    expect(ids("thong tin do")).toEqual(expect.arrayContaining(["tinh", "tt-dn"]));
    expect(ids("thong tin do")).not.toContain("tt-dang");
  });

  it("shows only items that contain every word as typed, the last one as a word start", () => {
    const queries = ["thong tin d", "thông tin đố", "cong tac x", "tin h", "doi ngoai n", "hoi n"];
    for (const query of queries) {
      const hits = runSearch(index, query).hits;
      expect(hits.length, query).toBeGreaterThan(0);
      const wanted = foldedWords(query);
      const last = wanted.pop()!;
      for (const hit of hits) {
        const words = foldedWords(`${hit.doc.title} ${hit.doc.text}`);
        for (const word of wanted) expect(words, `${query} → ${hit.doc.ref}`).toContain(word);
        expect(
          words.some((w) => w.startsWith(last)),
          `${query} → ${hit.doc.ref}`,
        ).toBe(true);
      }
    }
  });

  it("finds the same items as a prefix search would, typed key by key", () => {
    const sentences = ["thong tin doi ngoai", "cong tac xay dung dang", "tinh than hoi nhap"];
    for (const sentence of sentences) {
      for (let i = 2; i <= sentence.length; i++) {
        const query = sentence.slice(0, i);
        if (query.endsWith(" ")) continue;
        const prefix = index.search(query, {
          prefix: (_t, at, terms) => at === terms.length - 1,
          combineWith: "AND",
        });
        if (prefix.length === 0) continue;
        const found = runSearch(index, query, 100).hits.map((h) => h.doc.id);
        expect(found.sort(), query).toEqual(prefix.map((r) => r.id).sort());
      }
    }
  });

  it("matches a finished word (a space after it) as a whole word only", () => {
    // "nhan" while typing may become "nhanh"; followed by a space it is "nhân" and the like.
    expect(ids("nhan")).toEqual(expect.arrayContaining(["dn", "nhanh"]));
    expect(ids("nhan ")).toContain("dn");
    expect(ids("nhan ")).not.toContain("nhanh");
  });
});

describe("many results", () => {
  const many = Array.from({ length: 57 }, (_, i) =>
    doc(`m${i}`, `Tài liệu hội nhập số ${i + 1}`, "Nội dung về hội nhập quốc tế."),
  );

  it("shows the best few and counts them all", async () => {
    const index = await buildSearchIndex(many);
    const { hits, total } = runSearch(index, "hoi nhap", 30);
    expect(hits).toHaveLength(30);
    expect(total).toBe(57);
    expect(runSearch(index, "hoi nhap", 100).hits).toHaveLength(57);
    expect(runSearch(index, "zzzz")).toEqual({ hits: [], total: 0 });
  });

  it("builds in chunks, letting other tasks run in between", async () => {
    let ticks = 0;
    let building = true;
    const tick = () => {
      ticks++;
      if (building) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const index = await buildSearchIndex(many);
    building = false;
    // A single synchronous build would let no task run before it resolves.
    expect(ticks).toBeGreaterThan(2);
    expect(index.documentCount).toBe(57);
  });
});

describe("snippets", () => {
  it("cuts long text around the first match at word boundaries", () => {
    const long = `${"Mở đầu dài dòng. ".repeat(30)}Nội dung về hội nhập quốc tế. ${"Kết thúc. ".repeat(30)}`;
    const parts = snippet(long, ["hoi", "nhap"], 80);
    const text = parts.map((p) => p.text).join("");
    expect(text.startsWith("…")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(text.length).toBeLessThanOrEqual(82);
    expect(marked(parts)).toBe("hội nhập");
  });

  it("marks whole words only", () => {
    expect(marked(highlight("Đảng và đang", ["dang"]))).toBe("Đảng|đang");
    expect(marked(highlight("dangky", ["dang"]))).toBe("");
  });

  it("keeps payloads as plain text segments", () => {
    const parts = highlight('<img src=x onerror="alert(1)"> hội nhập', ["hoi"]);
    expect(parts.map((p) => p.text).join("")).toBe('<img src=x onerror="alert(1)"> hội nhập');
  });
});

describe("markdownToPlainText", () => {
  it("drops syntax and keeps words", () => {
    const text = markdownToPlainText(
      "## Căn cứ\n\n- **Quy chế** [272](https://x.vn)\n> trích\n\n| a | b |\n|---|---|\n<b>in</b> `mã`",
    );
    expect(text).not.toMatch(/[#*>|`<\]]/);
    for (const word of ["Căn cứ", "Quy chế", "272", "trích", "in", "mã"]) {
      expect(text).toContain(word);
    }
  });
});
