import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { isDbInputError, loggableError } from "./dbInputError.ts";

describe("logging a failed query", () => {
  it("never prints its bind parameters or the values PostgreSQL quotes", () => {
    const cause = Object.assign(new Error('invalid input syntax for type uuid: "0912345678"'), {
      code: "22P02",
    });
    const error = new DrizzleQueryError(
      'insert into "attendees" ("name", "phone") values ($1, $2)',
      ["Nguyễn Văn Bí Mật", "0912345678"],
      cause,
    );
    const logged = loggableError(error);
    expect(logged).toContain('insert into "attendees"');
    expect(logged).toContain("22P02");
    expect(logged).not.toContain("Bí Mật");
    expect(logged).not.toContain("0912345678");
    expect(isDbInputError(error)).toBe(true);
    expect(isDbInputError(new Error("connection refused"))).toBe(false);
  });
});
