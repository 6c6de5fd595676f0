import { describe, expect, it } from "vitest";
import { normalizePhone } from "./phone.ts";
import { cleanRow, foldHeader, headerField, matchHeaderRow } from "./roster.ts";

describe("roster headers", () => {
  it("recognises the header variants offices write, in any case and spacing", () => {
    const table: [string, string | null][] = [
      ["Họ và tên", "name"],
      ["HỌ VÀ TÊN", "name"],
      ["  họ   và  tên ", "name"],
      ["Họ tên", "name"],
      ["Họ và tên (*)", "name"],
      ["Họ và tên:", "name"],
      ["Đơn vị", "unit"],
      ["TÊN ĐƠN VỊ", "unit"],
      ["Đơn vị công tác", "unit"],
      ["Chức vụ", "position"],
      ["Chức danh", "position"],
      ["Số điện thoại", "phone"],
      ["Điện thoại", "phone"],
      ["SĐT", "phone"],
      ["Email", "email"],
      ["E-mail", "email"],
      ["E-MAIL", "email"],
      ["STT", null],
      ["Ghi chú", null],
      ["Tấn", null],
      ["", null],
      // Longer headers that start with a known one, and notes in brackets.
      ["Số điện thoại di động", "phone"],
      ["Số điện thoại (di động)", "phone"],
      ["Điện thoại liên hệ", "phone"],
      ["ĐIỆN THOẠI CƠ QUAN", "phone"],
      ["Email liên hệ", "email"],
      ["E-mail cá nhân", "email"],
      ["Email (nếu có)", "email"],
      ["Họ và tên (bắt buộc)", "name"],
      ["Họ và tên học viên", "name"],
      ["Họ tên đầy đủ", "name"],
      ["Đơn vị công tác hiện nay", "unit"],
      ["Tên đơn vị (ghi đầy đủ)", "unit"],
      ["Chức vụ hiện tại", "position"],
      ["Chức danh nghề nghiệp", "position"],
      // Columns that merely share a first word stay unrecognised.
      ["Số TT", null],
      ["Số thứ tự", null],
      ["Số CCCD", null],
      ["Emailing", null],
      ["Điện", null],
      ["Họ", null],
      ["Tên", null],
      ["Ngày sinh (dd/mm/yyyy)", null],
      ["Ghi chú (điện thoại khác)", null],
      ["(Số điện thoại)", null],
    ];
    for (const [header, field] of table) {
      expect({ header, field: headerField(header) }).toEqual({ header, field });
    }
  });

  it("treats decomposed (NFD) Vietnamese like precomposed text", () => {
    expect(headerField("Họ và tên".normalize("NFD"))).toBe("name");
    expect(foldHeader("ĐƠN VỊ".normalize("NFD"))).toBe("đơn vị");
  });

  it("takes a row as the header only when it names the person and one more column", () => {
    expect(matchHeaderRow(["STT", "Họ và tên", "Đơn vị", "Ghi chú", "Email"])).toEqual({
      name: 1,
      unit: 2,
      email: 4,
    });
    expect(matchHeaderRow(["DANH SÁCH ĐẠI BIỂU", "", ""])).toBeNull();
    expect(matchHeaderRow(["Họ và tên"])).toBeNull();
    expect(matchHeaderRow(["Đơn vị", "Email"])).toBeNull();
  });
});

describe("roster rows", () => {
  it("normalises phone numbers in every usual notation to +84", () => {
    const table: [string, string | null][] = [
      ["0912 345 678", "+84912345678"],
      ["0912.345.678", "+84912345678"],
      ["+84 912 345 678", "+84912345678"],
      ["84912345678", "+84912345678"],
      ["(+84) 912-345-678", "+84912345678"],
      ["0912345678", "+84912345678"],
      ["+84 (0) 912 345 678", "+84912345678"],
      ["'0912345678", "+84912345678"],
      ["024 3825 1234", "+842438251234"],
      ["091234567", null],
      ["12345", null],
      ["không có", null],
    ];
    for (const [input, expected] of table) {
      expect({ input, phone: normalizePhone(input) }).toEqual({ input, phone: expected });
    }
  });

  it("cleans text to NFC and says what is wrong", () => {
    const row = cleanRow({
      name: "  Nguyễn   Văn  A ".normalize("NFD"),
      unit: "Sở Ngoại vụ ",
      phone: "0912.345.678",
      email: " A.Nguyen@Example.VN ",
    });
    expect(row).toMatchObject({
      name: "Nguyễn Văn A",
      unit: "Sở Ngoại vụ",
      position: "",
      phone: "+84912345678",
      email: "a.nguyen@example.vn",
      problem: null,
    });
    expect(row.name).toBe(row.name.normalize("NFC"));
    expect(cleanRow({ name: " ", phone: "0912345678" }).problem).toBe("no_name");
    // A wrong phone is left out with a warning; the person is still imported.
    expect(cleanRow({ name: "B", phone: "12345" })).toMatchObject({
      problem: null,
      warnings: ["invalid_phone"],
      phone: null,
      rawPhone: "12345",
    });
    expect(cleanRow({ name: "", phone: "12345" })).toMatchObject({ problem: "no_name" });
    expect(cleanRow({ name: "B", phone: "0912345678" }).warnings).toEqual([]);
    // Issue 13: so is a wrong e-mail.
    expect(cleanRow({ name: "C", email: "not-an-email" })).toMatchObject({
      problem: null,
      warnings: ["invalid_email"],
      email: null,
      rawEmail: "not-an-email",
    });
    expect(cleanRow({ name: "D" })).toMatchObject({ phone: null, email: null, problem: null });
  });
});
